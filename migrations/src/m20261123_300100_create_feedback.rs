//! Quick ratings: one per person per consultation (usefulness, understanding, satisfaction,
//! each 1–5), changeable.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000003_create_consultations::Consultations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Feedback {
    Table,
    ConsultationId,
    UserId,
    Usefulness,
    Understanding,
    Satisfaction,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(uuid(Feedback::ConsultationId))
                    .col(uuid(Feedback::UserId))
                    .col(small_integer(Feedback::Usefulness))
                    .col(small_integer(Feedback::Understanding))
                    .col(small_integer(Feedback::Satisfaction))
                    .col(timestamp_with_time_zone(Feedback::CreatedAt))
                    .col(timestamp_with_time_zone(Feedback::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(Feedback::ConsultationId)
                            .col(Feedback::UserId),
                    )
                    .foreign_key(&mut reference(
                        Feedback::Table,
                        Feedback::ConsultationId,
                        Consultations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        Feedback::Table,
                        Feedback::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Feedback::Table).to_owned())
            .await
    }
}
