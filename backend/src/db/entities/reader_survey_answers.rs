//! `reader_survey_answers`: one reader's three 1–5 scores and optional comment about a
//! published subject, keyed by a browser key (anonymous) or an account (signed in).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reader_survey_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub subject_type: String,
    pub subject_id: Uuid,
    /// Hex HMAC of the browser's token under a server key; never the token itself.
    pub browser_key: Option<String>,
    pub user_id: Option<Uuid>,
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub comment: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

without_relations!();
