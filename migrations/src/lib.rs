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
mod m20261122_100000_create_flags;
mod m20261122_100100_add_flag_count_to_comments;
mod m20261122_100200_add_hidden_by_to_content;
mod m20261122_100300_add_banned_at_to_users;
mod m20261122_100400_create_moderator_assignments;
mod m20261122_100500_create_moderation_actions;
mod m20261122_100600_make_audit_trail_append_only;
mod m20261122_100700_create_rate_limits;
mod m20261122_100800_create_text_fingerprints;
mod m20261122_100900_add_origin_network_to_votes;
mod m20261123_200000_create_search_pending;
mod m20261123_300000_create_api_keys;
mod m20261123_300100_create_feedback;
mod m20261123_300200_create_valuations;
mod m20261123_300300_create_endorsements;
mod m20261123_300400_add_answer_deadlines;
mod m20261123_300500_create_participation_aggregates;
mod m20261123_400000_add_external_refs;
mod m20261123_400100_create_opinion_groups;
mod m20261205_000000_add_claim_token_to_outbox;
mod m20261205_010000_create_sessions;
mod m20261205_020000_allow_erasure_redactions;
mod m20261205_020100_create_breakdown_releases;
mod m20261205_020200_clear_opinion_groups_cache;
mod m20261205_100000_add_weight_to_flags;
mod m20261205_100100_create_idempotency_keys;
mod m20261205_200000_create_leases;
mod m20261206_100000_add_profile_to_organizations;
mod m20261206_100100_create_organization_invitations;
mod m20261206_200000_create_responsibilities;
mod m20261206_300000_create_answer_clocks;
mod m20261207_100000_create_answer_reminders;
mod m20261207_210000_reference_organizations_from_proposals;
mod m20261207_400000_create_legal_documents;
mod m20261208_100000_add_english_to_consultations;
mod m20261209_100000_create_media;
mod m20261214_140000_create_results;
mod m20261220_100000_create_indicators;
mod m20261220_200000_create_reader_survey_answers;
mod m20261220_300000_create_documents;
mod m20261221_100000_create_document_remarks;
mod m20261222_100000_add_moderation_to_document_remarks;
mod m20261223_100000_index_pinned_proposals_and_replies;
mod m20261224_100000_add_vote_counts_to_consultation_participants;
mod m20261225_100000_create_consultation_theme_participants;
mod m20261225_200000_index_summary_figures;
mod m20261226_100000_create_awards;
mod m20261227_100000_rename_rate_limit_grant_to_base;

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
            Box::new(m20261122_100000_create_flags::Migration),
            Box::new(m20261122_100100_add_flag_count_to_comments::Migration),
            Box::new(m20261122_100200_add_hidden_by_to_content::Migration),
            Box::new(m20261122_100300_add_banned_at_to_users::Migration),
            Box::new(m20261122_100400_create_moderator_assignments::Migration),
            Box::new(m20261122_100500_create_moderation_actions::Migration),
            Box::new(m20261122_100600_make_audit_trail_append_only::Migration),
            Box::new(m20261122_100700_create_rate_limits::Migration),
            Box::new(m20261122_100800_create_text_fingerprints::Migration),
            Box::new(m20261122_100900_add_origin_network_to_votes::Migration),
            Box::new(m20261123_200000_create_search_pending::Migration),
            Box::new(m20261123_300000_create_api_keys::Migration),
            Box::new(m20261123_300100_create_feedback::Migration),
            Box::new(m20261123_300200_create_valuations::Migration),
            Box::new(m20261123_300300_create_endorsements::Migration),
            Box::new(m20261123_300400_add_answer_deadlines::Migration),
            Box::new(m20261123_300500_create_participation_aggregates::Migration),
            Box::new(m20261123_400000_add_external_refs::Migration),
            Box::new(m20261123_400100_create_opinion_groups::Migration),
            Box::new(m20261205_000000_add_claim_token_to_outbox::Migration),
            Box::new(m20261205_010000_create_sessions::Migration),
            Box::new(m20261205_020000_allow_erasure_redactions::Migration),
            Box::new(m20261205_020100_create_breakdown_releases::Migration),
            Box::new(m20261205_020200_clear_opinion_groups_cache::Migration),
            Box::new(m20261205_100000_add_weight_to_flags::Migration),
            Box::new(m20261205_100100_create_idempotency_keys::Migration),
            Box::new(m20261205_200000_create_leases::Migration),
            Box::new(m20261206_100000_add_profile_to_organizations::Migration),
            Box::new(m20261206_100100_create_organization_invitations::Migration),
            Box::new(m20261206_200000_create_responsibilities::Migration),
            Box::new(m20261206_300000_create_answer_clocks::Migration),
            Box::new(m20261207_100000_create_answer_reminders::Migration),
            Box::new(m20261207_210000_reference_organizations_from_proposals::Migration),
            Box::new(m20261207_400000_create_legal_documents::Migration),
            Box::new(m20261208_100000_add_english_to_consultations::Migration),
            Box::new(m20261209_100000_create_media::Migration),
            Box::new(m20261214_140000_create_results::Migration),
            Box::new(m20261220_100000_create_indicators::Migration),
            Box::new(m20261220_200000_create_reader_survey_answers::Migration),
            Box::new(m20261220_300000_create_documents::Migration),
            Box::new(m20261221_100000_create_document_remarks::Migration),
            Box::new(m20261222_100000_add_moderation_to_document_remarks::Migration),
            Box::new(m20261223_100000_index_pinned_proposals_and_replies::Migration),
            Box::new(m20261224_100000_add_vote_counts_to_consultation_participants::Migration),
            Box::new(m20261225_100000_create_consultation_theme_participants::Migration),
            Box::new(m20261225_200000_index_summary_figures::Migration),
            Box::new(m20261226_100000_create_awards::Migration),
            Box::new(m20261227_100000_rename_rate_limit_grant_to_base::Migration),
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

/// Drops tables in the order given (those that reference others first), for `down`.
pub(crate) async fn drop_tables(
    manager: &SchemaManager<'_>,
    tables: impl IntoIterator<Item = DynIden>,
) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(table).to_owned())
            .await?;
    }
    Ok(())
}
