//! The rules and use-cases of participation. Each use-case owns its transaction; nothing here
//! knows about HTTP.

pub mod account_deletion;
pub mod accounts;
pub mod activity;
pub mod agency;
pub mod answers;
pub mod audit;
pub mod awards;
pub mod bulk;
pub mod comments;
pub mod consultations;
pub mod cursor;
pub mod documents;
pub mod endorsements;
pub mod feedback;
pub mod follows;
pub mod indicators;
pub mod lanes;
pub mod legal;
pub mod markdown;
pub mod media;
pub mod moderation;
pub mod notifications;
pub mod opinion_groups;
pub mod organizations;
pub mod outgoing_mail;
pub mod password_reset;
pub mod personal_data;
pub mod proposals;
pub mod provinces;
pub mod ranking;
pub mod rate_limit;
pub mod repetition;
pub mod results;
pub mod retry;
pub mod sessions;
pub mod surveys;
pub mod text;
pub mod valuations;
pub mod visibility;
pub mod votes;

/// Use-cases read the time from the crate's one clock.
pub use crate::clock::now;

/// Copies into an active model each field that a partial edit gives (`Some`), leaving the
/// others as they are: `set_given!(row, edit, title, body)`.
macro_rules! set_given {
    ($row:ident, $edit:ident, $($field:ident),+ $(,)?) => {
        $(if let Some(value) = $edit.$field {
            $row.$field = sea_orm::Set(value);
        })+
    };
}
pub(crate) use set_given;
