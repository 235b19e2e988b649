//! The id an imported account, consultation or proposal has in the system it came from
//! (Polis participant, conversation and statement ids), so results can be compared with it.
//! A consultation is imported once: its reference is unique.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    ExternalRef,
}

#[derive(DeriveIden)]
enum Consultations {
    Table,
    ExternalRef,
}

#[derive(DeriveIden)]
enum Proposals {
    Table,
    ExternalRef,
}

const CONSULTATION_INDEX: &str = "consultations_external_ref_key";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_null(Users::ExternalRef))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .add_column(string_null(Proposals::ExternalRef))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .add_column(string_null(Consultations::ExternalRef))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(CONSULTATION_INDEX)
                    .table(Consultations::Table)
                    .col(Consultations::ExternalRef)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name(CONSULTATION_INDEX)
                    .table(Consultations::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Consultations::Table)
                    .drop_column(Consultations::ExternalRef)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Proposals::Table)
                    .drop_column(Proposals::ExternalRef)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::ExternalRef)
                    .to_owned(),
            )
            .await
    }
}
