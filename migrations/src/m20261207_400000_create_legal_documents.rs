//! The privacy notice and the terms of use, versioned: each edit publishes a new version and
//! keeps the old ones, and each account's agreement names the version agreed to. Version 1 of
//! both is a default text administrators are expected to adapt.

use crate::m20261121_000001_create_accounts::Users;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LegalDocuments {
    Table,
    Kind,
    Version,
    TitleTh,
    TitleEn,
    BodyTh,
    BodyEn,
    PublishedAt,
    PublishedBy,
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    UserId,
    Kind,
    Version,
    AgreedAt,
}

const FIRST_VERSIONS: [(&str, &str, &str, &str, &str); 2] = [
    (
        "privacy",
        "ประกาศความเป็นส่วนตัว",
        "Privacy notice",
        include_str!("legal_v1/privacy.th.md"),
        include_str!("legal_v1/privacy.en.md"),
    ),
    (
        "terms",
        "ข้อกำหนดการใช้งาน",
        "Terms of use",
        include_str!("legal_v1/terms.th.md"),
        include_str!("legal_v1/terms.en.md"),
    ),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LegalDocuments::Table)
                    .col(string_len(LegalDocuments::Kind, 16))
                    .col(integer(LegalDocuments::Version))
                    .col(string_len(LegalDocuments::TitleTh, 200))
                    .col(string_len(LegalDocuments::TitleEn, 200))
                    .col(text(LegalDocuments::BodyTh))
                    .col(text(LegalDocuments::BodyEn))
                    .col(timestamp_with_time_zone(LegalDocuments::PublishedAt))
                    .col(uuid_null(LegalDocuments::PublishedBy))
                    .primary_key(
                        Index::create()
                            .col(LegalDocuments::Kind)
                            .col(LegalDocuments::Version),
                    )
                    .foreign_key(&mut reference(
                        LegalDocuments::Table,
                        LegalDocuments::PublishedBy,
                        Users::Table,
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Consents::Table)
                    .col(uuid(Consents::UserId))
                    .col(string_len(Consents::Kind, 16))
                    .col(integer(Consents::Version))
                    .col(timestamp_with_time_zone(Consents::AgreedAt))
                    .primary_key(
                        Index::create()
                            .col(Consents::UserId)
                            .col(Consents::Kind)
                            .col(Consents::Version),
                    )
                    .foreign_key(&mut reference(
                        Consents::Table,
                        Consents::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        let mut first = Query::insert()
            .into_table(LegalDocuments::Table)
            .columns([
                LegalDocuments::Kind,
                LegalDocuments::Version,
                LegalDocuments::TitleTh,
                LegalDocuments::TitleEn,
                LegalDocuments::BodyTh,
                LegalDocuments::BodyEn,
                LegalDocuments::PublishedAt,
            ])
            .to_owned();
        for (kind, title_th, title_en, body_th, body_en) in FIRST_VERSIONS {
            first.values_panic([
                kind.into(),
                1.into(),
                title_th.into(),
                title_en.into(),
                body_th.into(),
                body_en.into(),
                Expr::current_timestamp(),
            ]);
        }
        manager.exec_stmt(first).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Consents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(LegalDocuments::Table).to_owned())
            .await
    }
}
