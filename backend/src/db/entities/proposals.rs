//! `proposals`: a citizen's idea, with its vote counters and rank scores beside it.

use sea_orm::entity::prelude::*;

// Where a proposal stands; stored as its snake_case name (a plain comment: a doc comment
// would become the OpenAPI description).
stored_enum! {
    pub enum Status {
        Published = "published",
        UnderReview = "under_review",
        Accepted = "accepted",
        Rejected = "rejected",
        Implemented = "implemented",
        Withdrawn = "withdrawn",
    }
}

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Status,
    pub official_response: Option<String>,
    pub responded_at: Option<DateTimeUtc>,
    /// When the first official answer was given: decides whether it came on time.
    pub first_responded_at: Option<DateTimeUtc>,
    pub agree_count: i32,
    pub disagree_count: i32,
    pub pass_count: i32,
    pub comment_count: i32,
    pub follower_count: i32,
    pub flag_count: i32,
    pub support_score: i32,
    pub hot_score: f64,
    pub controversy_score: f64,
    pub hidden_at: Option<DateTimeUtc>,
    pub hidden_reason: Option<String>,
    /// The moderator who hid it; empty while flags alone keep it hidden pending review.
    pub hidden_by: Option<Uuid>,
    pub locked_at: Option<DateTimeUtc>,
    pub pinned: bool,
    pub merged_into: Option<Uuid>,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The statement id of an imported proposal in the system it came from (Polis).
    pub external_ref: Option<String>,
    /// The organisation that answers it: routed from the consultation's responsibility map,
    /// or reassigned by hand.
    pub responsible_organization_id: Option<Uuid>,
    /// Whether someone reassigned it by hand (then editing the map leaves it where it is).
    pub routed_by_hand: bool,
    /// The organisation that signed the official answer.
    pub answering_organization_id: Option<Uuid>,
}

without_relations!();
