//! Rate limits: one per kind of write, each overridable part by part
//! (`SALA_RATE_LIMIT_VOTES=account=5,window=1h`), and the share new accounts get.

use super::parse;
use super::settings::Layer;
use super::{env_key, problem, ConfigError};

/// The kinds of write that are rate-limited, each with its own limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitedAction {
    Vote,
    Proposal,
    Comment,
    Flag,
    Registration,
    Login,
    PasswordReset,
    /// Invitations to join an organisation: each sends a mail to an address the inviter names.
    Invitation,
    /// Refused attempts at privileged routes that get an audit row.
    DeniedAttempt,
    /// Reader survey answers, which anyone may send without an account.
    SurveyAnswer,
}

impl LimitedAction {
    pub const ALL: [LimitedAction; 10] = [
        LimitedAction::Vote,
        LimitedAction::Proposal,
        LimitedAction::Comment,
        LimitedAction::Flag,
        LimitedAction::Registration,
        LimitedAction::Login,
        LimitedAction::PasswordReset,
        LimitedAction::Invitation,
        LimitedAction::DeniedAttempt,
        LimitedAction::SurveyAnswer,
    ];

    /// The plural noun used in setting names (`SALA_RATE_LIMIT_VOTES`) and rate-limit keys.
    pub fn as_str(self) -> &'static str {
        match self {
            LimitedAction::Vote => "votes",
            LimitedAction::Proposal => "proposals",
            LimitedAction::Comment => "comments",
            LimitedAction::Flag => "flags",
            LimitedAction::Registration => "registrations",
            LimitedAction::Login => "logins",
            LimitedAction::PasswordReset => "password_resets",
            LimitedAction::Invitation => "invitations",
            LimitedAction::DeniedAttempt => "denied_attempts",
            LimitedAction::SurveyAnswer => "survey_answers",
        }
    }

    fn env_key(self) -> String {
        env_key(&format!("rate_limit_{}", self.as_str()))
    }

    /// What the file or the environment says for this action's limits (`SALA_RATE_LIMIT_…`).
    fn setting(self, layer: &Layer) -> Option<&str> {
        let raw = match self {
            LimitedAction::Vote => &layer.rate_limit_votes,
            LimitedAction::Proposal => &layer.rate_limit_proposals,
            LimitedAction::Comment => &layer.rate_limit_comments,
            LimitedAction::Flag => &layer.rate_limit_flags,
            LimitedAction::Registration => &layer.rate_limit_registrations,
            LimitedAction::Login => &layer.rate_limit_logins,
            LimitedAction::PasswordReset => &layer.rate_limit_password_resets,
            LimitedAction::Invitation => &layer.rate_limit_invitations,
            LimitedAction::DeniedAttempt => &layer.rate_limit_denied_attempts,
            LimitedAction::SurveyAnswer => &layer.rate_limit_survey_answers,
        };
        raw.as_deref()
    }
}

/// How many writes of one kind are allowed in a window: per account (per email address for
/// sign-up, sign-in and password resets) and per client address. A burst up to the limit is
/// allowed; after that, one more each `window / limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_account: u32,
    pub per_address: u32,
    pub window_secs: u64,
}

impl RateLimit {
    const fn new(per_account: u32, per_address: u32, window_secs: u64) -> Self {
        RateLimit {
            per_account,
            per_address,
            window_secs,
        }
    }

    /// Applies `account=N,address=M,window=D` (any subset) on top of `self`.
    fn overridden_by(self, raw: &str) -> Result<RateLimit, String> {
        let mut limit = self;
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?} is not name=value"))?;
            let count = || {
                value
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name} must be a whole number above 0"))
            };
            match name.trim() {
                "account" => limit.per_account = count()?,
                "address" => limit.per_address = count()?,
                "window" => limit.window_secs = parse::duration(value)?,
                other => {
                    return Err(format!(
                        "unknown part {other:?}: use account=, address= and window="
                    ))
                }
            }
        }
        Ok(limit)
    }
}

/// Every rate limit, and how much stricter they are for accounts younger than a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    pub votes: RateLimit,
    pub proposals: RateLimit,
    pub comments: RateLimit,
    pub flags: RateLimit,
    pub registrations: RateLimit,
    pub logins: RateLimit,
    pub password_resets: RateLimit,
    pub invitations: RateLimit,
    pub denied_attempts: RateLimit,
    pub survey_answers: RateLimit,
    /// Accounts younger than this get `new_account_percent` of the per-account limits.
    pub new_account_age_secs: u64,
    pub new_account_percent: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        const MINUTE: u64 = 60;
        const HOUR: u64 = 60 * MINUTE;
        RateLimits {
            votes: RateLimit::new(60, 600, 10 * MINUTE),
            proposals: RateLimit::new(5, 30, HOUR),
            comments: RateLimit::new(30, 300, 10 * MINUTE),
            flags: RateLimit::new(20, 100, HOUR),
            registrations: RateLimit::new(3, 30, HOUR),
            logins: RateLimit::new(10, 100, 15 * MINUTE),
            password_resets: RateLimit::new(3, 20, HOUR),
            invitations: RateLimit::new(20, 100, HOUR),
            denied_attempts: RateLimit::new(30, 300, HOUR),
            survey_answers: RateLimit::new(30, 60, HOUR),
            new_account_age_secs: 24 * HOUR,
            new_account_percent: 50,
        }
    }
}

impl RateLimits {
    pub fn of(&self, action: LimitedAction) -> RateLimit {
        match action {
            LimitedAction::Vote => self.votes,
            LimitedAction::Proposal => self.proposals,
            LimitedAction::Comment => self.comments,
            LimitedAction::Flag => self.flags,
            LimitedAction::Registration => self.registrations,
            LimitedAction::Login => self.logins,
            LimitedAction::PasswordReset => self.password_resets,
            LimitedAction::Invitation => self.invitations,
            LimitedAction::DeniedAttempt => self.denied_attempts,
            LimitedAction::SurveyAnswer => self.survey_answers,
        }
    }

    fn slot(&mut self, action: LimitedAction) -> &mut RateLimit {
        match action {
            LimitedAction::Vote => &mut self.votes,
            LimitedAction::Proposal => &mut self.proposals,
            LimitedAction::Comment => &mut self.comments,
            LimitedAction::Flag => &mut self.flags,
            LimitedAction::Registration => &mut self.registrations,
            LimitedAction::Login => &mut self.logins,
            LimitedAction::PasswordReset => &mut self.password_resets,
            LimitedAction::Invitation => &mut self.invitations,
            LimitedAction::DeniedAttempt => &mut self.denied_attempts,
            LimitedAction::SurveyAnswer => &mut self.survey_answers,
        }
    }
}

/// The limits after `SALA_RATE_LIMIT_*`, `SALA_NEW_ACCOUNT_AGE` and
/// `SALA_NEW_ACCOUNT_LIMIT_PERCENT`, each part left out keeping its default.
pub(super) fn resolve(layer: &Layer) -> Result<RateLimits, ConfigError> {
    let mut limits = RateLimits::default();
    for action in LimitedAction::ALL {
        if let Some(raw) = action.setting(layer) {
            let slot = limits.slot(action);
            *slot = slot
                .overridden_by(raw)
                .map_err(|message| problem(&action.env_key(), message))?;
        }
    }
    if let Some(raw) = &layer.new_account_age {
        limits.new_account_age_secs =
            parse::duration(raw).map_err(|m| problem("SALA_NEW_ACCOUNT_AGE", m))?;
    }
    if let Some(percent) = layer.new_account_limit_percent {
        if !(1..=100).contains(&percent) {
            return Err(problem(
                "SALA_NEW_ACCOUNT_LIMIT_PERCENT",
                "must be between 1 and 100",
            ));
        }
        limits.new_account_percent = percent;
    }
    Ok(limits)
}
