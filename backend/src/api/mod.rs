//! The HTTP API: one folder per resource, one file per action. Handlers translate HTTP to
//! domain calls and back, and nothing more.

pub mod access_denied;
pub mod admin;
pub mod agency;
pub mod auth;
pub mod awards;
pub mod body;
pub mod caching;
pub mod client_address;
pub mod comments;
pub mod consultations;
pub mod control_characters;
pub mod cors;
pub mod documents;
pub mod extract;
pub mod flags;
pub mod health;
pub mod idempotency;
pub mod indicators;
pub mod legal;
pub mod me;
pub mod media;
pub mod moderation;
pub mod openapi;
pub mod organizations;
pub mod params;
pub mod problem;
pub mod proposals;
pub mod provinces;
pub mod read_cache;
pub mod request_id;
pub mod request_log;
pub mod results;
pub mod scrape;
pub mod search;
pub mod security_headers;
pub mod state;
pub mod surveys;
pub mod types;
pub mod unsubscribe;

use actix_web::error::{JsonPayloadError, QueryPayloadError};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Deserializer};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{InfoBuilder, LicenseBuilder, OpenApi, OpenApiBuilder};
use utoipa_actix_web::{scope, service_config::ServiceConfig, AppExt};
use utoipa_swagger_ui::{Config as SwaggerConfig, SwaggerUi};

use crate::api::problem::ApiError;
use crate::error::{Error, FieldError};

/// The document's parts that no handler describes.
pub fn base_document() -> OpenApi {
    let mut doc = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Sala API")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "Sala: consultations, proposals, votes, threaded discussion and their \
                     moderation. Errors are application/problem+json with a stable `code`; \
                     `rate_limited` (429) carries a Retry-After header.",
                ))
                .license(Some(
                    LicenseBuilder::new().name("AGPL-3.0-or-later").build(),
                ))
                .build(),
        )
        .build();
    doc.components
        .get_or_insert_with(Default::default)
        .add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    doc
}

/// Every route of the platform's API.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(health::live)
        .service(health::ready)
        .service(health::metrics)
        .service(
            scope::scope("/api/v1")
                .default_service(web::to(not_found))
                .configure(auth::routes)
                .configure(me::routes)
                .configure(consultations::routes)
                .configure(proposals::routes)
                .configure(media::routes)
                .configure(provinces::routes)
                .configure(results::routes)
                .configure(documents::routes)
                .configure(indicators::routes)
                .configure(awards::routes)
                .configure(surveys::routes)
                .configure(legal::routes)
                .configure(comments::routes)
                .configure(unsubscribe::routes)
                .configure(flags::routes)
                .configure(moderation::routes)
                .configure(admin::routes)
                .configure(agency::routes)
                .configure(organizations::routes)
                .configure(search::routes),
        );
}

/// `/api/openapi.json` and the browsable page at `/api/docs/`. The viewer (Swagger UI) is
/// carried inside the binary, so the page works on a network with no way out.
pub fn docs_service(mut doc: OpenApi) -> impl actix_web::dev::HttpServiceFactory {
    openapi::complete(&mut doc);
    let json = web::Data::new(doc);
    // "none": Swagger UI would otherwise send the document to validator.swagger.io.
    let viewer = SwaggerConfig::from(OPENAPI_PATH).validator_url("none");
    (
        // The viewer's page loads its files relative to itself, so it lives at `/api/docs/`.
        web::resource("/api/docs").route(web::get().to(|| async {
            HttpResponse::PermanentRedirect()
                .insert_header((actix_web::http::header::LOCATION, "/api/docs/"))
                .finish()
        })),
        SwaggerUi::new("/api/docs/{_:.*}").config(viewer),
        web::resource(OPENAPI_PATH).app_data(json).route(
            web::get().to(|doc: web::Data<OpenApi>| async move {
                HttpResponse::Ok().json(doc.get_ref())
            }),
        ),
    )
}

const OPENAPI_PATH: &str = "/api/openapi.json";

/// The complete OpenAPI document, without starting a server.
pub fn openapi_document() -> OpenApi {
    let (_, mut doc) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(base_document())
        .configure(routes)
        .split_for_parts();
    openapi::complete(&mut doc);
    doc
}

/// JSON bodies: size limit and errors as problems.
pub fn json_config(limit: usize) -> web::JsonConfig {
    web::JsonConfig::default()
        .limit(limit)
        .error_handler(move |err, _req| json_error(err, limit).into())
}

pub(crate) fn json_error(err: JsonPayloadError, limit: usize) -> ApiError {
    match err {
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            ApiError::PayloadTooLarge { limit }
        }
        JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
        JsonPayloadError::Deserialize(e) if e.is_data() => {
            Error::Validation(vec![field_error_from_serde(&e.to_string())]).into()
        }
        other => ApiError::MalformedRequest(format!("the request body is not valid JSON: {other}")),
    }
}

/// Names the field in serde's message ("missing field `title` at line 1 column 2").
fn field_error_from_serde(message: &str) -> FieldError {
    let field = message
        .split('`')
        .nth(1)
        .filter(|_| message.starts_with("missing field") || message.starts_with("unknown field"))
        .unwrap_or("body");
    let code = if message.starts_with("missing field") {
        "required"
    } else {
        "invalid"
    };
    let message = message.split(" at line ").next().unwrap_or(message);
    FieldError::new(field, code, message)
}

/// A malformed id in the path names nothing that exists.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, _| ApiError::NoSuchResource.into())
}

pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, _req: &HttpRequest| query_error(err).into())
}

pub(crate) fn query_error(err: QueryPayloadError) -> Error {
    let message = err.to_string();
    let message = message
        .strip_prefix("Query deserialize error: ")
        .unwrap_or(&message)
        .to_owned();
    Error::Validation(vec![FieldError::new("query", "invalid", message)])
}

/// For PATCH bodies: tells "absent" (`None`) from "set to null" (`Some(None)`).
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Unknown paths under `/api` answer with a problem, not the web app.
pub async fn not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NoSuchResource)
}
