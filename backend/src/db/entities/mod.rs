//! sea-orm entities, one per table. They stay inside `db` and `domain`: the API has its own types.

pub mod api_keys;
pub mod audit_log;
pub mod comment_votes;
pub mod comments;
pub mod consultation_activity;
pub mod consultation_participants;
pub mod consultations;
pub mod email_tokens;
pub mod endorsements;
pub mod feedback;
pub mod flags;
pub mod follows;
pub mod memberships;
pub mod moderation_actions;
pub mod moderator_assignments;
pub mod notification_preferences;
pub mod notifications;
pub mod organizations;
pub mod outbox;
pub mod proposal_revisions;
pub mod proposals;
pub mod refresh_tokens;
pub mod text_fingerprints;
pub mod users;
pub mod valuations;
pub mod votes;
