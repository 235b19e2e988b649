//! The `Idempotency-Key` middleware (the key and the store are `crate::idempotency`'s): a
//! POST or PATCH carrying an `Idempotency-Key` from a known caller runs once per key; a retry
//! of the same request is answered with the recorded response (marked
//! `Idempotent-Replayed: true`) without reaching the handler.

use std::future::{ready, Ready};
use std::rc::Rc;

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{Payload, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::web::{self, Bytes, BytesMut};
use actix_web::{HttpMessage, HttpResponse};
use futures_util::future::LocalBoxFuture;
use futures_util::StreamExt;

use crate::api::extract::bearer;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::auth::opaque;
use crate::domain::agency::api_keys;
use crate::domain::sessions;
use crate::error::Error;
use crate::idempotency::key::{self, IdempotencyKey, InvalidKey, KeyOwner};
use crate::idempotency::store::{self, Claim, StoredResponse};

const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// Answers larger than this are passed on but not recorded (a create answers far less).
const MAX_RECORDED_BYTES: usize = 1 << 20;

/// How long a client should wait before retrying while the first request still runs.
const RUNNING_RETRY_AFTER_SECS: u64 = 1;

pub struct Idempotency;

impl<S, B> Transform<S, ServiceRequest> for Idempotency
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Transform = IdempotencyMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(IdempotencyMiddleware {
            service: Rc::new(service),
        }))
    }
}

pub struct IdempotencyMiddleware<S> {
    service: Rc<S>,
}

impl<S, B> Service<ServiceRequest> for IdempotencyMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    actix_web::dev::forward_ready!(service);

    fn call(&self, mut req: ServiceRequest) -> Self::Future {
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let passed_on = |service: Rc<S>, req| async move {
                service
                    .call(req)
                    .await
                    .map(ServiceResponse::map_into_boxed_body)
            };
            if !matches!(*req.method(), Method::POST | Method::PATCH) {
                return passed_on(service, req).await;
            }
            let key = match IdempotencyKey::from_headers(req.headers()) {
                None => return passed_on(service, req).await,
                Some(Err(InvalidKey(why))) => {
                    return Ok(req.error_response(ApiError::InvalidIdempotencyKey(why)))
                }
                Some(Ok(key)) => key,
            };
            let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
                return passed_on(service, req).await;
            };
            // Without a known caller the handler answers 401 (or the route is public, where
            // keys have no owner to belong to): nothing to remember.
            let Some(owner) = key_owner(&req, &state).await else {
                return passed_on(service, req).await;
            };
            let body = match read_body(&mut req, state.settings.max_body_bytes).await {
                Ok(body) => body,
                Err(error) => return Ok(req.error_response(error)),
            };
            let fingerprint = key::fingerprint_of(req.method(), req.uri(), &body);
            req.set_payload(Payload::from(body));
            match store::claim(&state.db, &owner, &key, &fingerprint).await {
                Err(error) => Ok(req.error_response(error)),
                Ok(Claim::Reused) => Ok(req.error_response(ApiError::IdempotencyKeyReused)),
                Ok(Claim::Running) => Ok(req.error_response(ApiError::IdempotentRequestRunning {
                    retry_after_secs: RUNNING_RETRY_AFTER_SECS,
                })),
                Ok(Claim::Answered(stored)) => Ok(req.into_response(replay(stored))),
                Ok(Claim::Granted) => {
                    // A client that gives up waiting must not cancel the request half-way:
                    // it runs to its end in its own task, and its answer is what a retry gets.
                    let run = actix_web::rt::spawn(run_and_record(service, req, state, owner, key));
                    run.await.map_err(|error| {
                        actix_web::Error::from(Error::Internal(anyhow::anyhow!(
                            "idempotent request task: {error}"
                        )))
                    })?
                }
            }
        })
    }
}

/// The caller a key belongs to, as the bearer token names it: an account for an access token
/// whose session is still live (the same check the auth extractors make, so an ended session
/// is never answered from the store), or an agency API key.
async fn key_owner(req: &ServiceRequest, state: &AppState) -> Option<KeyOwner> {
    let token = bearer(req.request())?;
    if api_keys::is_api_key(&token) {
        return Some(KeyOwner::api_key(&opaque::hash_token(&token)));
    }
    let bearer = state.tokens.verify(&token)?;
    sessions::live_account(state.db.reader(), bearer.user_id, bearer.session_id)
        .await
        .ok()
        .flatten()
        .map(|account| KeyOwner::account(account.id))
}

/// Reads the whole body, so it can be fingerprinted and then handed on unchanged.
async fn read_body(req: &mut ServiceRequest, limit: usize) -> Result<Bytes, ApiError> {
    let mut payload = req.take_payload();
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|error| ApiError::MalformedRequest(error.to_string()))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Runs the request that holds the claim, then records its answer if it succeeded or gives
/// the key back if it did not.
async fn run_and_record<S, B>(
    service: Rc<S>,
    req: ServiceRequest,
    state: web::Data<AppState>,
    owner: KeyOwner,
    key: IdempotencyKey,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody + 'static,
{
    let release = || async {
        if let Err(error) = store::release(&state.db, &owner, &key).await {
            tracing::warn!(%error, "could not release an idempotency key");
        }
    };
    let res = match service.call(req).await {
        Ok(res) => res,
        Err(error) => {
            release().await;
            return Err(error);
        }
    };
    if !res.status().is_success() {
        release().await;
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    let bytes = match body::to_bytes(body).await {
        Ok(bytes) => bytes,
        Err(error) => {
            release().await;
            let error: Box<dyn std::error::Error> = error.into();
            let error = anyhow::anyhow!("reading a response body: {error}");
            return Err(Error::Internal(error).into());
        }
    };
    if bytes.len() <= MAX_RECORDED_BYTES {
        let recorded = StoredResponse {
            status: head.status().as_u16(),
            content_type: header_text(&head, header::CONTENT_TYPE),
            location: header_text(&head, header::LOCATION),
            body: bytes.to_vec(),
        };
        // The effect happened whether or not this is recorded; if it is not, the claim stays
        // and retries are refused as still running until it is abandoned, never run twice.
        if let Err(error) = store::record(&state.db, &owner, &key, recorded).await {
            tracing::error!(%error, "could not record an idempotent response");
        }
    } else {
        release().await;
    }
    Ok(ServiceResponse::new(
        req,
        head.set_body(BoxBody::new(bytes)),
    ))
}

fn header_text(res: &HttpResponse<()>, name: HeaderName) -> Option<String> {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The recorded answer again, marked as a replay.
fn replay(stored: StoredResponse) -> HttpResponse {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    let mut res = HttpResponse::build(status);
    res.insert_header((REPLAYED, HeaderValue::from_static("true")));
    if let Some(content_type) = stored.content_type {
        res.insert_header((header::CONTENT_TYPE, content_type));
    }
    if let Some(location) = stored.location {
        res.insert_header((header::LOCATION, location));
    }
    res.body(stored.body)
}
