//! Sessions: one row per sign-in (the refresh-token family), so an access token can be
//! checked against its session on every request and dies with it.

use crate::m20261121_000001_create_accounts::Users;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    UserId,
    FamilyId,
    RevokedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(uuid(Sessions::Id).primary_key())
                    .col(uuid(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone_null(Sessions::RevokedAt))
                    .foreign_key(&mut reference(
                        Sessions::Table,
                        Sessions::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        // Sign-ins still alive at upgrade keep working: each live refresh family becomes a
        // session. Their old access tokens carry no session and are refused; the web app
        // refreshes and carries on.
        let live_families = Query::select()
            .column(RefreshTokens::FamilyId)
            .column(RefreshTokens::UserId)
            .expr(Expr::col(RefreshTokens::CreatedAt).min())
            .from(RefreshTokens::Table)
            .and_where(Expr::col(RefreshTokens::RevokedAt).is_null())
            .group_by_columns([RefreshTokens::FamilyId, RefreshTokens::UserId])
            .to_owned();
        let backfill = Query::insert()
            .into_table(Sessions::Table)
            .columns([Sessions::Id, Sessions::UserId, Sessions::CreatedAt])
            .select_from(live_families)
            .map_err(|e| DbErr::Migration(e.to_string()))?
            .to_owned();
        manager.exec_stmt(backfill).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Sessions::Table).to_owned())
            .await
    }
}
