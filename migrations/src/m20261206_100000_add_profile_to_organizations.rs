//! Organisations as records people manage: a description, a website, the parent body (a
//! government agency's ministry), a province, who verified them and when, and when they were
//! last changed. The parent and the verifier are checked by the domain; SQLite cannot add a
//! foreign key to an existing table.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Description,
    Website,
    ParentOrganizationId,
    Province,
    VerifiedAt,
    VerifiedBy,
    UpdatedAt,
    CreatedAt,
}

fn added_columns() -> Vec<ColumnDef> {
    vec![
        text_null(Organizations::Description),
        string_null(Organizations::Website),
        uuid_null(Organizations::ParentOrganizationId),
        string_null(Organizations::Province),
        timestamp_with_time_zone_null(Organizations::VerifiedAt),
        uuid_null(Organizations::VerifiedBy),
        timestamp_with_time_zone_null(Organizations::UpdatedAt),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        for mut column in added_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .exec_stmt(
                Query::update()
                    .table(Organizations::Table)
                    .value(
                        Organizations::UpdatedAt,
                        Expr::col(Organizations::CreatedAt),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organizations_parent")
                    .table(Organizations::Table)
                    .col(Organizations::ParentOrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_organizations_parent")
                    .table(Organizations::Table)
                    .to_owned(),
            )
            .await?;
        for column in [
            Organizations::Description,
            Organizations::Website,
            Organizations::ParentOrganizationId,
            Organizations::Province,
            Organizations::VerifiedAt,
            Organizations::VerifiedBy,
            Organizations::UpdatedAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Organizations::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
