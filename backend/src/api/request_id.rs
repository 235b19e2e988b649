//! Puts the request id on every response (`x-request-id`) and into the body of internal
//! errors, so a person reporting a failure can quote it and it can be found in the logs.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::HttpMessage;
use tracing_actix_web::RequestId;

use crate::api::problem::Problem;

pub async fn add_request_id(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let request_id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let res = next.call(req).await?;
    let Some(request_id) = request_id else {
        return Ok(res.map_into_boxed_body());
    };
    let mut res = if res.status() == StatusCode::INTERNAL_SERVER_ERROR {
        let problem = Problem::internal(request_id.clone());
        let (req, _) = res.into_parts();
        ServiceResponse::new(req, problem.into_response())
    } else {
        res.map_into_boxed_body()
    };
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        res.headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    Ok(res)
}
