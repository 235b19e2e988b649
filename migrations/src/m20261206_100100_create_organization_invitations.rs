//! Invitations to join an organisation, sent by email: the address, the role offered, the
//! link's token (stored hashed), who invited, and whether it was accepted or revoked.

use crate::m20261121_000001_create_accounts::Users;
use crate::m20261121_000002_create_organizations::Organizations;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum OrganizationInvitations {
    Table,
    Id,
    OrganizationId,
    Email,
    Role,
    TokenHash,
    InvitedBy,
    ExpiresAt,
    AcceptedAt,
    AcceptedBy,
    RevokedAt,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OrganizationInvitations::Table)
                    .col(uuid(OrganizationInvitations::Id).primary_key())
                    .col(uuid(OrganizationInvitations::OrganizationId))
                    .col(string(OrganizationInvitations::Email))
                    .col(string(OrganizationInvitations::Role))
                    .col(string_uniq(OrganizationInvitations::TokenHash))
                    .col(uuid_null(OrganizationInvitations::InvitedBy))
                    .col(timestamp_with_time_zone(OrganizationInvitations::ExpiresAt))
                    .col(timestamp_with_time_zone_null(
                        OrganizationInvitations::AcceptedAt,
                    ))
                    .col(uuid_null(OrganizationInvitations::AcceptedBy))
                    .col(timestamp_with_time_zone_null(
                        OrganizationInvitations::RevokedAt,
                    ))
                    .col(timestamp_with_time_zone(OrganizationInvitations::CreatedAt))
                    .foreign_key(&mut reference(
                        OrganizationInvitations::Table,
                        OrganizationInvitations::OrganizationId,
                        Organizations::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut reference(
                        OrganizationInvitations::Table,
                        OrganizationInvitations::InvitedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut reference(
                        OrganizationInvitations::Table,
                        OrganizationInvitations::AcceptedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_invitations_org")
                    .table(OrganizationInvitations::Table)
                    .col(OrganizationInvitations::OrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(OrganizationInvitations::Table)
                    .to_owned(),
            )
            .await
    }
}
