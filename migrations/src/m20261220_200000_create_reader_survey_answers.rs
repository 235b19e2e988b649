//! Reader surveys: three 1–5 scores and an optional comment about something published (a
//! consultation or a result), from anyone. An anonymous answer is keyed by a keyed hash of a
//! random token the browser keeps, a signed-in one by the account; no address or user agent is
//! kept. The subject is `(subject_type, subject_id)` with no foreign key, so further kinds of
//! published document can be surveyed without changing the table.

use crate::m20261121_000001_create_accounts::Users;
use crate::reference;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReaderSurveyAnswers {
    Table,
    Id,
    SubjectType,
    SubjectId,
    BrowserKey,
    UserId,
    Usefulness,
    Understanding,
    Satisfaction,
    Comment,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReaderSurveyAnswers::Table)
                    .col(uuid(ReaderSurveyAnswers::Id).primary_key())
                    .col(string_len(ReaderSurveyAnswers::SubjectType, 16))
                    .col(uuid(ReaderSurveyAnswers::SubjectId))
                    .col(string_len_null(ReaderSurveyAnswers::BrowserKey, 64))
                    .col(uuid_null(ReaderSurveyAnswers::UserId))
                    .col(small_integer(ReaderSurveyAnswers::Usefulness))
                    .col(small_integer(ReaderSurveyAnswers::Understanding))
                    .col(small_integer(ReaderSurveyAnswers::Satisfaction))
                    .col(text_null(ReaderSurveyAnswers::Comment))
                    .col(timestamp_with_time_zone(ReaderSurveyAnswers::CreatedAt))
                    .col(timestamp_with_time_zone(ReaderSurveyAnswers::UpdatedAt))
                    .foreign_key(&mut reference(
                        ReaderSurveyAnswers::Table,
                        ReaderSurveyAnswers::UserId,
                        Users::Table,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // One answer per browser and one per account for each subject (NULLs never collide).
        for (name, column) in [
            (
                "idx_reader_survey_answers_browser",
                ReaderSurveyAnswers::BrowserKey,
            ),
            (
                "idx_reader_survey_answers_user",
                ReaderSurveyAnswers::UserId,
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(ReaderSurveyAnswers::Table)
                        .col(ReaderSurveyAnswers::SubjectType)
                        .col(ReaderSurveyAnswers::SubjectId)
                        .col(column)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_reader_survey_answers_account")
                    .table(ReaderSurveyAnswers::Table)
                    .col(ReaderSurveyAnswers::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ReaderSurveyAnswers::Table).to_owned())
            .await
    }
}
