//! The request log's root span. Unlike tracing-actix-web's default, it names the client by
//! the service's own trusted-proxy rule (`SALA_TRUSTED_PROXIES`), not by an
//! `X-Forwarded-For` anyone can write, and it never holds a secret: token-like query
//! parameters are redacted, and neither headers nor bodies are recorded.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{web, Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::{RequestId, RootSpanBuilder};

use crate::api::client_address::client_address;
use crate::api::state::AppState;

/// What replaces the value of a secret query parameter in the log.
pub const REDACTED: &str = "[redacted]";

/// Query parameters whose name contains one of these hold a secret.
const SECRET_NAMES: &[&str] = &["token", "key", "secret", "password", "signature", "code"];

pub struct RequestSpan;

impl RootSpanBuilder for RequestSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let trusted = request
            .app_data::<web::Data<AppState>>()
            .map(|state| state.settings.trusted_proxies.as_slice())
            .unwrap_or_default();
        let client = request
            .peer_addr()
            .map(|peer| client_address(peer.ip(), request.headers(), trusted).to_string())
            .unwrap_or_default();
        let route = request.match_pattern().unwrap_or_else(|| "default".into());
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(ToString::to_string)
            .unwrap_or_default();
        let user_agent = request
            .headers()
            .get("user-agent")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        // At ERROR level so that any log filter that lets a line through also keeps the span
        // it was written in: a warning logged under `SALA_LOG=warn` still names its request.
        tracing::error_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = %route,
            http.target = %redacted_target(request.path(), request.query_string()),
            http.client_ip = %client,
            http.user_agent = %user_agent,
            http.status_code = tracing::field::Empty,
            otel.name = %format!("{} {}", request.method(), route),
            otel.kind = "server",
            otel.status_code = tracing::field::Empty,
            request_id = %request_id,
            exception.message = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        let status = match outcome {
            Ok(response) => response.status(),
            Err(error) => error.as_response_error().status_code(),
        };
        span.record("http.status_code", status.as_u16());
        span.record(
            "otel.status_code",
            if status.is_server_error() {
                "ERROR"
            } else {
                "OK"
            },
        );
        // Only the error's own words, and only for server errors: a client error's message
        // may quote what the client sent (a mistyped password, say).
        if status.is_server_error() {
            let error = match outcome {
                Ok(response) => response.response().error().map(ToString::to_string),
                Err(error) => Some(error.to_string()),
            };
            if let Some(message) = error {
                span.record("exception.message", tracing::field::display(message));
            }
        }
    }
}

/// The path and query with the value of every secret-looking parameter replaced.
pub fn redacted_target(path: &str, query: &str) -> String {
    if query.is_empty() {
        return path.to_owned();
    }
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if is_secret(name) => format!("{name}={REDACTED}"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{path}?{}", pairs.join("&"))
}

fn is_secret(name: &str) -> bool {
    let name = percent_encoding::percent_decode_str(name)
        .decode_utf8_lossy()
        .to_ascii_lowercase();
    SECRET_NAMES.iter().any(|secret| name.contains(secret))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use actix_web::{test as actix_test, App, HttpResponse};
    use tracing_actix_web::TracingLogger;

    #[test]
    fn secret_query_parameters_are_redacted() {
        assert_eq!(
            redacted_target("/api/v1/unsubscribe", "token=abc&lang=th"),
            "/api/v1/unsubscribe?token=[redacted]&lang=th"
        );
        assert_eq!(
            redacted_target("/x", "api_key=1&Client%5FSecret=2&q=token"),
            "/x?api_key=[redacted]&Client%5FSecret=[redacted]&q=token"
        );
        assert_eq!(redacted_target("/x", ""), "/x");
    }

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[actix_web::test]
    async fn the_log_names_the_real_peer_and_holds_no_token() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_max_level(tracing::Level::INFO)
            .with_writer(move || writer.clone())
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);

        let app = actix_test::init_service(
            App::new()
                .wrap(TracingLogger::<RequestSpan>::new())
                .route(
                    "/api/v1/unsubscribe",
                    web::get().to(|| async {
                        tracing::info!("handled");
                        HttpResponse::Ok().finish()
                    }),
                )
                .route(
                    "/api/v1/auth/login",
                    web::post().to(|| async {
                        Err::<HttpResponse, _>(crate::error::Error::field(
                            "password",
                            "invalid",
                            "invalid type: integer `98765432`, expected a string",
                        ))
                    }),
                ),
        )
        .await;
        let request = actix_test::TestRequest::get()
            .uri("/api/v1/unsubscribe?token=SeCrEtToKeN123&lang=th")
            .peer_addr("203.0.113.5:4711".parse().expect("address"))
            .insert_header(("x-forwarded-for", "198.51.100.66"))
            .insert_header(("authorization", "Bearer BeArErVaLuE456"))
            .to_request();
        let response = actix_test::call_service(&app, request).await;
        assert!(response.status().is_success());

        // A refused body is not logged, so nothing it quotes is either.
        let request = actix_test::TestRequest::post()
            .uri("/api/v1/auth/login")
            .peer_addr("203.0.113.5:4711".parse().expect("address"))
            .to_request();
        let response = actix_test::call_service(&app, request).await;
        assert_eq!(response.status().as_u16(), 422);

        let log = String::from_utf8(captured.0.lock().expect("log").clone()).expect("utf-8");
        assert!(log.contains("handled"), "{log}");
        assert!(log.contains("http.client_ip=203.0.113.5"), "{log}");
        assert!(!log.contains("198.51.100.66"), "{log}");
        assert!(log.contains("token=[redacted]&lang=th"), "{log}");
        assert!(!log.contains("SeCrEtToKeN123"), "{log}");
        assert!(!log.contains("BeArErVaLuE456"), "{log}");
        assert!(!log.contains("98765432"), "{log}");
    }
}
