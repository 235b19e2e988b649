//! Counts every HTTP request and times it, labelled by method, matched route pattern and
//! status. The route is the pattern (`/api/v1/proposals/{id}`), never the path, so the number
//! of series stays bounded whatever clients send.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::Error;
use metrics::{counter, histogram};

use super::{HTTP_REQUESTS, HTTP_REQUEST_DURATION};

/// The route label of a request no route matched.
const UNMATCHED: &str = "unmatched";

/// Records one request's count and duration (wrap it outermost, so the time is all of it).
pub async fn record_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req.match_pattern().unwrap_or_else(|| UNMATCHED.to_owned());
    let outcome = next.call(req).await;
    let status = match &outcome {
        Ok(response) => response.status(),
        Err(error) => error.as_response_error().status_code(),
    };
    let labels = [
        ("method", method),
        ("route", route),
        ("status", status.as_u16().to_string()),
    ];
    counter!(HTTP_REQUESTS, &labels).increment(1);
    histogram!(HTTP_REQUEST_DURATION, &labels).record(started.elapsed().as_secs_f64());
    outcome
}
