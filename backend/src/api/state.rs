//! `AppState`: what every request handler may reach (the settings, the database, the keys
//! derived from the server secret, the rate limiter and search), and the policies the domain's
//! use-cases take from the settings.

use std::time::Duration;

use super::read_cache::callers::KeptCallers;
use super::read_cache::ReadCache;
use crate::auth::AccessTokens;
use crate::config::{LimitedAction, Settings};
use crate::db::Db;
use crate::domain::accounts::AccountPolicy;
use crate::domain::agency::pseudonyms::PseudonymKey;
use crate::domain::moderation::ModerationPolicy;
use crate::domain::notifications::unsubscribe::UnsubscribeKey;
use crate::domain::rate_limit::{RateLimiter, Requester};
use crate::domain::repetition::RepetitionPolicy;
use crate::domain::surveys::BrowserKeys;
use crate::domain::votes::VoteWriter;
use crate::media::MediaStore;
use crate::search::SearchService;

/// What every request handler may reach.
pub struct AppState {
    pub settings: Settings,
    pub db: Db,
    pub tokens: AccessTokens,
    pub unsubscribe: UnsubscribeKey,
    pub limiter: RateLimiter,
    pub pseudonyms: PseudonymKey,
    /// Keys the browser tokens of anonymous survey answers.
    pub survey_keys: BrowserKeys,
    pub search: SearchService,
    /// Where uploaded images and documents are kept.
    pub media: MediaStore,
    /// Commits concurrent votes together (`domain::votes::VoteWriter`).
    pub votes: VoteWriter,
    /// The hottest anonymous reads, kept between writes (`api::read_cache`).
    pub read_cache: ReadCache,
    /// Voters' accounts, kept between account writes (`api::read_cache::callers`).
    pub callers: KeptCallers,
    /// The agency's figures per consultation and scope, kept between writes for at most
    /// `AGENCY_FIGURES_MAX_AGE`.
    pub agency_figures: ReadCache,
}

/// How old the agency's figures may be when concurrent readers share them: a dashboard shows
/// the figures of a few seconds ago, not of a write that went through another process.
pub const AGENCY_FIGURES_MAX_AGE: Duration = Duration::from_secs(5);

impl AppState {
    /// What handlers need, from the settings, the database, the token secret and search.
    pub fn new(
        settings: Settings,
        db: Db,
        secret: &[u8],
        search: SearchService,
    ) -> anyhow::Result<AppState> {
        let read_cache = ReadCache::new(Duration::from_millis(settings.read_cache_ms));
        Ok(AppState {
            tokens: AccessTokens::new(secret, settings.access_token_ttl_secs)?,
            unsubscribe: UnsubscribeKey::new(secret)?,
            pseudonyms: PseudonymKey::new(secret)?,
            survey_keys: BrowserKeys::new(secret)?,
            limiter: RateLimiter::spawn(settings.rate_limits.clone(), &db),
            media: MediaStore::from_settings(&settings)?,
            votes: VoteWriter::spawn(&db),
            // Off with the read cache: `SALA_READ_CACHE_MS=0` keeps nothing at all.
            agency_figures: read_cache.beside(if read_cache.enabled() {
                AGENCY_FIGURES_MAX_AGE
            } else {
                Duration::ZERO
            }),
            read_cache,
            callers: KeptCallers::new(Duration::from_millis(settings.read_cache_ms)),
            settings,
            db,
            search,
        })
    }

    /// Counts one `action` by `who`, or refuses it with `429 rate_limited` and the seconds to
    /// wait. Handlers call it after their extractors and their path and body have been read,
    /// so a caller who is refused or sends a bad request hears that first (401/403, then
    /// 404/422, then 429).
    pub async fn limit(
        &self,
        action: LimitedAction,
        who: Requester<'_>,
    ) -> crate::error::Result<()> {
        self.limiter.check(action, who).await
    }

    pub fn account_policy(&self) -> AccountPolicy<'_> {
        AccountPolicy {
            public_url: &self.settings.public_url,
            email_token_ttl: chrono::Duration::hours(self.settings.email_token_ttl_hours as i64),
            refresh_token_ttl: chrono::Duration::days(self.settings.refresh_token_ttl_days as i64),
        }
    }

    pub fn moderation_policy(&self) -> ModerationPolicy {
        ModerationPolicy {
            flag_hide_threshold: self.settings.flag_hide_threshold,
            new_account_age: chrono::Duration::seconds(
                self.settings.rate_limits.new_account_age_secs as i64,
            ),
        }
    }

    pub fn repetition_policy(&self) -> RepetitionPolicy {
        RepetitionPolicy::from_settings(&self.settings)
    }
}
