//! Request extractors naming what a handler needs of its caller. Each loads the account and
//! checks the token's session on every request, so a sign-out, suspension or role change
//! takes effect at once.

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;

use crate::app::AppState;
use crate::domain::accounts::Account;
use crate::domain::agency::{api_keys, AgencyReader};
use crate::domain::moderation::{self, Reach};
use crate::domain::sessions;
use crate::error::Error;

/// Anyone: signed in or not. A token that is present but invalid is still refused (401),
/// so a client learns its session ended instead of silently seeing less.
pub struct Caller(pub Option<Account>);

/// A signed-in account, verified or not (401 otherwise).
pub struct SignedIn(pub Account);

/// An account allowed to write: signed in, email verified, not suspended (401/403 otherwise).
pub struct Writer(pub Account);

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

/// Someone allowed to write who may act for an agency: an administrator, the `agency` role,
/// a member of an agency or policy lab (401/403 otherwise). On which consultations is the
/// domain's question.
pub struct AgencyMember(pub Account);

/// A valuator (or administrator) allowed to write (401/403 otherwise).
pub struct Valuator(pub Account);

pub(crate) fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

async fn load_caller(req: HttpRequest) -> Result<Option<Account>, Error> {
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
    let account = sessions::live_account(state.db.reader(), bearer.user_id, bearer.session_id)
        .await?
        .ok_or_else(expired)?;
    Ok(Some(account))
}

impl FromRequest for Caller {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { load_caller(req).await.map(Caller) })
    }
}

impl FromRequest for SignedIn {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load_caller(req)
                .await?
                .map(SignedIn)
                .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))
        })
    }
}

impl FromRequest for Writer {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let account = load_caller(req)
                .await?
                .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))?;
            account.ensure_can_write()?;
            Ok(Writer(account))
        })
    }
}

async fn load_writer(req: HttpRequest) -> Result<Account, Error> {
    let account = load_caller(req)
        .await?
        .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))?;
    account.ensure_can_write()?;
    Ok(account)
}

impl FromRequest for Moderator {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
            let account = load_writer(req).await?;
            let reach = moderation::reach_of(state.db.reader(), &account)
                .await?
                .ok_or_else(|| Error::Forbidden("Only moderators can do this.".into()))?;
            Ok(Moderator { account, reach })
        })
    }
}

impl FromRequest for Admin {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let account = load_writer(req).await?;
            if !account.is_admin() {
                return Err(Error::Forbidden("Only administrators can do this.".into()));
            }
            Ok(Admin(account))
        })
    }
}

/// Reads agency data: a signed-in person (whether they may read a given consultation is the
/// domain's question), or an agency API key sent as the bearer token.
pub struct Agency(pub AgencyReader);

impl FromRequest for Agency {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            if let Some(token) = bearer(&req).filter(|t| api_keys::is_api_key(t)) {
                let state = req
                    .app_data::<web::Data<AppState>>()
                    .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
                return api_keys::authenticate(&state.db, &token)
                    .await?
                    .map(Agency)
                    .ok_or_else(|| {
                        Error::Unauthenticated("The API key is unknown or revoked.".into())
                    });
            }
            let account = load_caller(req)
                .await?
                .ok_or_else(|| Error::Unauthenticated("Sign in to continue.".into()))?;
            Ok(Agency(AgencyReader::Member(account)))
        })
    }
}

/// A writer who passes `allowed`, else 403 with `refusal`.
async fn load_writer_who<F, Fut>(
    req: HttpRequest,
    allowed: F,
    refusal: &str,
) -> Result<Account, Error>
where
    F: FnOnce(web::Data<AppState>, Account) -> Fut,
    Fut: std::future::Future<Output = Result<(bool, Account), Error>>,
{
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("application state missing"))?;
    let account = load_writer(req).await?;
    match allowed(state, account).await? {
        (true, account) => Ok(account),
        (false, _) => Err(Error::Forbidden(refusal.to_owned())),
    }
}

impl FromRequest for LabMember {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load_writer_who(
                req,
                |state, account| async move {
                    let allowed =
                        crate::domain::consultations::may_manage_some(state.db.reader(), &account)
                            .await?;
                    Ok((allowed, account))
                },
                "Only administrators and policy-lab members can do this.",
            )
            .await
            .map(LabMember)
        })
    }
}

impl FromRequest for AgencyMember {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            load_writer_who(
                req,
                |state, account| async move {
                    let allowed =
                        crate::domain::agency::may_act_for_some_agency(state.db.reader(), &account)
                            .await?;
                    Ok((allowed, account))
                },
                "Only agency members can do this.",
            )
            .await
            .map(AgencyMember)
        })
    }
}

impl FromRequest for Valuator {
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self, Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let account = load_writer(req).await?;
            if !crate::domain::valuations::may_value(&account) {
                return Err(Error::Forbidden(
                    "Only valuators can value proposals.".into(),
                ));
            }
            Ok(Valuator(account))
        })
    }
}
