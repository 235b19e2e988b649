//! sea-orm entities, one per table. They stay inside `db` and `domain`: the API has its own types.

/// Declares an enum stored as text: the sea-orm encoding, the serde name (the same text), its
/// OpenAPI schema, `as_str`/`parse` between the two and the list of `ALL` variants, from one list
/// of `Variant = "text"`.
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $text:tt, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            sea_orm::EnumIter,
            sea_orm::DeriveActiveEnum,
            serde::Serialize,
            serde::Deserialize,
            utoipa::ToSchema,
        )]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        pub enum $name {
            $(
                $(#[$variant_meta])*
                #[sea_orm(string_value = $text)]
                #[serde(rename = $text)]
                $variant,
            )+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The stored (and serialized) text.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// Asserts that the stored text, the serialized name and `parse` agree for every
            /// variant (a derive that misread the text would break the API or the data).
            #[cfg(test)]
            pub(crate) fn assert_encodings_agree() {
                use sea_orm::{ActiveEnum, Iterable};
                assert_eq!($name::ALL.to_vec(), $name::iter().collect::<Vec<_>>());
                $(
                    assert_eq!($name::$variant.to_value(), $text);
                    assert_eq!(serde_json::to_value($name::$variant).ok(), Some(serde_json::json!($text)));
                    assert_eq!($name::parse($text), Some($name::$variant));
                )+
            }

            /// Reads the stored text back; `None` for anything else.
            pub fn parse(raw: &str) -> Option<$name> {
                match raw {
                    $( $text => Some($name::$variant), )+
                    _ => None,
                }
            }
        }
    };
}

/// The declarations every entity without relations of its own needs.
macro_rules! without_relations {
    () => {
        #[derive(Copy, Clone, Debug, sea_orm::EnumIter, sea_orm::DeriveRelation)]
        pub enum Relation {}

        impl sea_orm::ActiveModelBehavior for ActiveModel {}
    };
}

pub mod answer_clocks;
pub mod answer_reminders;
pub mod api_keys;
pub mod audit_log;
pub mod award_applications;
pub mod award_assessors;
pub mod award_calls;
pub mod award_criteria;
pub mod award_scores;
pub mod comment_votes;
pub mod comments;
pub mod consents;
pub mod consultation_activity;
pub mod consultation_participants;
pub mod consultations;
pub mod document_remarks;
pub mod document_signatures;
pub mod document_versions;
pub mod documents;
pub mod email_tokens;
pub mod endorsements;
pub mod feedback;
pub mod flags;
pub mod follows;
pub mod indicator_values;
pub mod indicators;
pub mod legal_documents;
pub mod media;
pub mod memberships;
pub mod moderation_actions;
pub mod moderator_assignments;
pub mod notification_preferences;
pub mod notifications;
pub mod opinion_groups;
pub mod organization_invitations;
pub mod organizations;
pub mod outbox;
pub mod proposal_revisions;
pub mod proposals;
pub mod reader_survey_answers;
pub mod refresh_tokens;
pub mod responsibilities;
pub mod result_milestones;
pub mod result_proposals;
pub mod result_updates;
pub mod results;
pub mod search_pending;
pub mod sessions;
pub mod text_fingerprints;
pub mod users;
pub mod valuations;
pub mod votes;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_enum_keeps_its_text_its_serialized_name_and_its_parse_in_step() {
        answer_reminders::ReminderKind::assert_encodings_agree();
        award_applications::ApplicationStage::assert_encodings_agree();
        award_calls::CallStage::assert_encodings_agree();
        award_criteria::AwardDimension::assert_encodings_agree();
        comments::Stance::assert_encodings_agree();
        consultations::Phase::assert_encodings_agree();
        document_remarks::RemarkKind::assert_encodings_agree();
        document_remarks::AmendmentStatus::assert_encodings_agree();
        flags::FlagReason::assert_encodings_agree();
        follows::Target::assert_encodings_agree();
        legal_documents::LegalDocumentKind::assert_encodings_agree();
        media::OwnerKind::assert_encodings_agree();
        media::MediaKind::assert_encodings_agree();
        memberships::MemberRole::assert_encodings_agree();
        moderation_actions::TargetType::assert_encodings_agree();
        notifications::NotificationKind::assert_encodings_agree();
        notifications::Delivery::assert_encodings_agree();
        organizations::OrganizationKind::assert_encodings_agree();
        proposals::Status::assert_encodings_agree();
        results::ResultStatus::assert_encodings_agree();
        search_pending::DocType::assert_encodings_agree();
        users::Role::assert_encodings_agree();
        users::Locale::assert_encodings_agree();
    }
}
