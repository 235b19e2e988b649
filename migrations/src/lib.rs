//! Sala's schema migrations: one schema change per file, each reversible, run alike on SQLite
//! and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261121_000001_create_accounts;
mod m20261121_000002_create_organizations;
mod m20261121_000003_create_consultations;
mod m20261121_000004_create_proposals;
mod m20261121_000005_create_votes;
mod m20261121_000006_create_comments;
mod m20261121_000007_create_outbox_and_audit_log;
mod m20261121_000008_create_notifications;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_create_accounts::Migration),
            Box::new(m20261121_000002_create_organizations::Migration),
            Box::new(m20261121_000003_create_consultations::Migration),
            Box::new(m20261121_000004_create_proposals::Migration),
            Box::new(m20261121_000005_create_votes::Migration),
            Box::new(m20261121_000006_create_comments::Migration),
            Box::new(m20261121_000007_create_outbox_and_audit_log::Migration),
            Box::new(m20261121_000008_create_notifications::Migration),
        ]
    }
}

/// A foreign key from `from_table.from_col` to `to_table.id`.
pub(crate) fn reference(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from_tbl(from_table)
        .from_col(from_col)
        .to_tbl(to_table)
        .to_col(Alias::new("id"))
        .on_delete(on_delete)
        .to_owned()
}
