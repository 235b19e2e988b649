//! Puts the request id on every response (`x-request-id`) and into the body of internal
//! errors, so a person reporting a failure can quote it and it can be found in the logs.

use std::future::{ready, Ready};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::HttpMessage;
use futures_util::future::LocalBoxFuture;
use tracing_actix_web::RequestId;

use crate::api::problem::Problem;

pub struct RequestIdHeader;

impl<S, B> Transform<S, ServiceRequest> for RequestIdHeader
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Transform = RequestIdMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(RequestIdMiddleware { service }))
    }
}

pub struct RequestIdMiddleware<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for RequestIdMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let request_id = req.extensions().get::<RequestId>().map(|id| id.to_string());
        let fut = self.service.call(req);
        Box::pin(async move {
            let res = fut.await?;
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
        })
    }
}
