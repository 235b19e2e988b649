//! Request extractors naming what a handler needs of its caller. Each loads the account and
//! checks the token's session on every request, so a sign-out, suspension or role change
//! takes effect at once; `Voter` alone may use the account its session's last vote read
//! (`read_cache::callers`, which forgets it on any other write).

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpMessage, HttpRequest};
use futures_util::future::LocalBoxFuture;

use crate::api::state::AppState;
use crate::domain::accounts::Account;
use crate::domain::agency::{api_keys, AgencyReader};
use crate::domain::moderation::{self, Reach};
use crate::domain::sessions;
use crate::error::Error;
use crate::monitoring::VOTER_LOOKUPS;

/// Anyone: signed in or not. A token that is present but invalid is still refused (401),
/// so a client learns its session ended instead of silently seeing less.
pub struct Caller(pub Option<Account>);

/// A signed-in account, verified or not (401 otherwise).
pub struct SignedIn(pub Account);

/// An account allowed to write: signed in, email verified, not suspended (401/403 otherwise).
pub struct Writer(pub Account);

/// An account allowed to write, casting a vote: as `Writer`, but the account may be the one
/// read for this session's last vote, since a vote changes no account.
pub struct Voter(pub Account);

/// A moderator: allowed to write, and moderating every consultation or at least one
/// (401/403 otherwise). Whether they moderate a particular one is the domain's question.
pub struct Moderator {
    pub account: Account,
    pub reach: Reach,
}

/// An administrator allowed to write (401/403 otherwise).
pub struct Admin(pub Account);

/// Someone allowed to write who may create or manage consultations: an administrator or a
/// policy-lab member (401/403 otherwise). Which consultations is the domain's question.
pub struct LabMember(pub Account);

/// Someone allowed to write who may act for an agency: an administrator, a policy-lab
/// member, or a member of an organisation some consultation names as responsible (401/403
/// otherwise); the `agency` account role alone is not enough. On which consultations, and
/// which of their proposals, is the domain's question.
pub struct AgencyMember(pub Account);

/// A valuator (or administrator) allowed to write (401/403 otherwise).
pub struct Valuator(pub Account);

/// The privileged roles a route can require. A signed-in account refused one of them, or
/// refused by the domain on a route that requires one, leaves an `access.denied` audit row
/// (see `api::access_denied`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Privilege {
    Moderator,
    Admin,
    LabMember,
    AgencyMember,
    Valuator,
}

impl Privilege {
    pub fn as_str(self) -> &'static str {
        match self {
            Privilege::Moderator => "moderator",
            Privilege::Admin => "admin",
            Privilege::LabMember => "lab_member",
            Privilege::AgencyMember => "agency_member",
            Privilege::Valuator => "valuator",
        }
    }
}

/// Left in the request's extensions by a privileged extractor once it knows the account:
/// who asked, for which privilege, and why the extractor refused, if it did.
#[derive(Debug, Clone)]
pub struct PrivilegedAttempt {
    pub account: Account,
    pub privilege: Privilege,
    /// `email_unverified`, `banned`, `suspended` or `role_required`; `None` when the extractor
    /// let the caller through (a later 403 is the domain's: `outside_scope`).
    pub refusal: Option<&'static str>,
}

/// Why `ensure_can_write` refused the account.
fn write_refusal(account: &Account) -> &'static str {
    if account.verified_at.is_none() {
        "email_unverified"
    } else if account.banned_at.is_some() {
        "banned"
    } else {
        "suspended"
    }
}

fn note_attempt(
    req: &HttpRequest,
    account: &Account,
    privilege: Privilege,
    refusal: Option<&'static str>,
) {
    req.extensions_mut().insert(PrivilegedAttempt {
        account: account.clone(),
        privilege,
        refusal,
    });
}

/// An extractor that requires a privilege of a signed-in account.
trait Privileged: Sized {
    const PRIVILEGE: Privilege;
    /// Whether the account must also be allowed to write (verified, not suspended).
    const WRITES: bool = true;
    /// The detail of the 403 when the account lacks the privilege.
    const REFUSAL: &'static str;

    /// The extractor for `account`, or `None` when it lacks the privilege.
    async fn admit(state: &AppState, account: &Account) -> Result<Option<Self>, Error>;
}

/// A signed-in account for a privileged route: noted on the request, then refused (403) if
/// it may not write (when `T::WRITES`) or `T::admit` says no, with `T::REFUSAL` as the detail.
async fn load_privileged<T: Privileged>(req: HttpRequest) -> Result<T, Error> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
    let account = load_signed_in(req.clone()).await?.0;
    if T::WRITES {
        if let Err(refused) = account.ensure_can_write() {
            note_attempt(&req, &account, T::PRIVILEGE, Some(write_refusal(&account)));
            return Err(refused);
        }
    }
    note_attempt(&req, &account, T::PRIVILEGE, None);
    match T::admit(&state, &account).await? {
        Some(admitted) => Ok(admitted),
        None => {
            note_attempt(&req, &account, T::PRIVILEGE, Some("role_required"));
            Err(Error::Forbidden(T::REFUSAL.to_owned()))
        }
    }
}

pub(crate) fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

async fn load_caller(req: HttpRequest) -> Result<Option<Account>, Error> {
    load_account(req, Kept::Never).await
}

fn count_voter_lookup(from: &'static str) {
    metrics::counter!(VOTER_LOOKUPS, "from" => from).increment(1);
}

/// Whether an account read for an earlier request of the same session may serve.
#[derive(PartialEq)]
enum Kept {
    Never,
    BetweenAccountWrites,
}

async fn load_account(req: HttpRequest, kept: Kept) -> Result<Option<Account>, Error> {
    let Some(token) = bearer(&req) else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
    if api_keys::is_api_key(&token) {
        return Err(Error::Forbidden(
            "API keys are read-only and open only the agency routes.".into(),
        ));
    }
    let expired = || Error::Unauthenticated("The access token is invalid or expired.".into());
    let bearer = state.tokens.verify(&token).ok_or_else(expired)?;
    let callers = &state.callers;
    if kept == Kept::BetweenAccountWrites {
        if let Some(account) = callers.get(bearer.user_id, bearer.session_id) {
            count_voter_lookup("memory");
            return Ok(Some(account));
        }
        count_voter_lookup("database");
    }
    let generation = callers.generation();
    let account = sessions::live_account(state.db.reader(), bearer.user_id, bearer.session_id)
        .await?
        .ok_or_else(expired)?;
    if kept == Kept::BetweenAccountWrites {
        callers.keep(bearer.session_id, &account, generation);
    }
    Ok(Some(account))
}

async fn load_signed_in(req: HttpRequest) -> Result<SignedIn, Error> {
    load_caller(req)
        .await?
        .map(SignedIn)
        .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))
}

async fn load_writer(req: HttpRequest) -> Result<Writer, Error> {
    let account = load_signed_in(req).await?.0;
    account.ensure_can_write()?;
    Ok(Writer(account))
}

async fn load_voter(req: HttpRequest) -> Result<Voter, Error> {
    let account = load_account(req, Kept::BetweenAccountWrites)
        .await?
        .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))?;
    account.ensure_can_write()?;
    Ok(Voter(account))
}

impl Privileged for Moderator {
    const PRIVILEGE: Privilege = Privilege::Moderator;
    const REFUSAL: &'static str = "Only moderators can do this.";

    async fn admit(state: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        let reach = moderation::reach_of(state.db.reader(), account).await?;
        Ok(reach.map(|reach| Moderator {
            account: account.clone(),
            reach,
        }))
    }
}

impl Privileged for Admin {
    const PRIVILEGE: Privilege = Privilege::Admin;
    const REFUSAL: &'static str = "Only administrators can do this.";

    async fn admit(_: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        Ok(account.is_admin().then(|| Admin(account.clone())))
    }
}

/// Reads agency data: a signed-in person (whether they may read a given consultation is the
/// domain's question), or an agency API key sent as the bearer token.
pub struct Agency(pub AgencyReader);

/// Someone who acts for no agency is refused before any consultation is looked up, so the
/// answer says nothing about which ones exist.
impl Privileged for Agency {
    const PRIVILEGE: Privilege = Privilege::AgencyMember;
    const WRITES: bool = false;
    const REFUSAL: &'static str = "Only agency members can read agency data.";

    async fn admit(state: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        Ok(AgencyMember::admit(state, account)
            .await?
            .map(|member| Agency(AgencyReader::Member(member.0))))
    }
}

async fn load_agency(req: HttpRequest) -> Result<Agency, Error> {
    let Some(token) = bearer(&req).filter(|t| api_keys::is_api_key(t)) else {
        return load_privileged(req).await;
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
    api_keys::authenticate(&state.db, &token)
        .await?
        .map(Agency)
        .ok_or_else(|| Error::Unauthenticated("The API key is unknown or revoked.".into()))
}

impl Privileged for LabMember {
    const PRIVILEGE: Privilege = Privilege::LabMember;
    const REFUSAL: &'static str =
        "Only administrators and members of a verified policy lab or agency can do this.";

    async fn admit(state: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        let allowed =
            crate::domain::consultations::may_manage_some(state.db.reader(), account).await?;
        Ok(allowed.then(|| LabMember(account.clone())))
    }
}

impl Privileged for AgencyMember {
    const PRIVILEGE: Privilege = Privilege::AgencyMember;
    const REFUSAL: &'static str = "Only agency members can do this.";

    async fn admit(state: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        let allowed =
            crate::domain::agency::may_act_for_some_agency(state.db.reader(), account).await?;
        Ok(allowed.then(|| AgencyMember(account.clone())))
    }
}

impl Privileged for Valuator {
    const PRIVILEGE: Privilege = Privilege::Valuator;
    const REFUSAL: &'static str = "Only valuators can value proposals.";

    async fn admit(_: &AppState, account: &Account) -> Result<Option<Self>, Error> {
        let allowed = crate::domain::valuations::may_value(account);
        Ok(allowed.then(|| Valuator(account.clone())))
    }
}

/// `FromRequest` for each extractor, from the async function that loads it.
macro_rules! extracted_by {
    ($($extractor:ty => $load:expr),* $(,)?) => {$(
        impl FromRequest for $extractor {
            type Error = Error;
            type Future = LocalBoxFuture<'static, Result<Self, Error>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                Box::pin($load(req.clone()))
            }
        }
    )*};
}

extracted_by! {
    Caller => |req| async move { load_caller(req).await.map(Caller) },
    SignedIn => load_signed_in,
    Writer => load_writer,
    Voter => load_voter,
    Moderator => load_privileged::<Moderator>,
    Admin => load_privileged::<Admin>,
    Agency => load_agency,
    LabMember => load_privileged::<LabMember>,
    AgencyMember => load_privileged::<AgencyMember>,
    Valuator => load_privileged::<Valuator>,
}
