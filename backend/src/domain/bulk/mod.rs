//! Loading many rows at once — the demo data set, an imported Polis conversation — by the
//! live write path's rules: counters, rank scores, rendered Markdown and search marks are
//! computed here once, from the typed rows themselves, and written in large statements
//! inside the caller's transaction. No mail is sent and no notification is raised: bulk rows
//! describe the past.

mod accounts;
mod content;

pub use accounts::{insert_accounts, insert_consents, NewAccount};
pub use content::{
    insert_consultation, Hidden, Loaded, NewComment, NewCommentVote, NewConsultation, NewProposal,
    NewVote,
};

use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityName, EntityTrait, Iterable};

/// Bound parameters per INSERT, well under SQLite's limit (32 766) and PostgreSQL's (65 535).
pub const MAX_PARAMETERS: usize = 30_000;

/// Told how far a table's insert has come (`table`, rows done, rows in all), for a progress
/// line; `&mut |_, _, _| {}` when nobody watches.
pub type Progress<'a> = &'a mut (dyn FnMut(&str, usize, usize) + Send);

/// Inserts `rows` in as few statements as the parameter limit allows.
async fn insert_chunked<A, C>(
    conn: &C,
    rows: Vec<A>,
    progress: &mut (dyn FnMut(&str, usize, usize) + Send),
) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
    C: ConnectionTrait,
{
    let columns = <A::Entity as EntityTrait>::Column::iter().count();
    let per_statement = (MAX_PARAMETERS / columns.max(1)).max(1);
    let table = <A::Entity as Default>::default().table_name().to_owned();
    let total = rows.len();
    let mut done = 0;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        done += chunk.len();
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
        progress(&table, done, total);
    }
    Ok(())
}
