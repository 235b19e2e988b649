//! Refused attempts at privileged routes leave an audit row: when a signed-in account is
//! answered 403 on a route whose extractor requires a privilege (moderation, administration,
//! agency, lab, valuation), whether the extractor or the domain refused it. Anonymous 401s are
//! not recorded: they say nothing about an account and would only be noise.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage};

use crate::api::client_address::ClientAddress;
use crate::api::extract::PrivilegedAttempt;
use crate::api::state::AppState;
use crate::domain::audit::{self, DeniedAttempt};

pub async fn record_refusals(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let res = next.call(req).await?;
    if res.status() != StatusCode::FORBIDDEN {
        return Ok(res);
    }
    let request = res.request();
    let Some(attempt) = request.extensions().get::<PrivilegedAttempt>().cloned() else {
        return Ok(res);
    };
    let Some(state) = request.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(res);
    };
    let address = ClientAddress::extract(request)
        .await
        .map(|client| client.0)
        .unwrap_or_default();
    let route = request
        .match_pattern()
        .unwrap_or_else(|| request.path().to_owned());
    let recorded = audit::record_denied(
        &state.db,
        &state.limiter,
        DeniedAttempt {
            account: &attempt.account,
            method: request.method().as_str(),
            route: &route,
            requires: attempt.privilege.as_str(),
            reason: attempt.refusal.unwrap_or("outside_scope"),
            address,
        },
    )
    .await;
    // The refusal stands whatever happens to its record; a failure to write it is logged.
    if let Err(err) = recorded {
        tracing::error!(error = %err, %route, "could not audit a refused attempt");
    }
    Ok(res)
}
