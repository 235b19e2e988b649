//! What an operator watches: `/metrics` in Prometheus text that moves with the traffic,
//! readiness that names the check that failed, JSON log lines that carry the request id, and
//! traces sent to an OpenTelemetry collector.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use openmetrics_parser::prometheus::parse_prometheus;
use openmetrics_parser::{MetricsExposition, PrometheusType, PrometheusValue};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::any_value;
use prost::Message;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, TestApp};
use sea_orm::ConnectionTrait;
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    metrics_are_prometheus_text_and_count_each_request_by_route_and_status,
    a_gauge_the_database_cannot_give_shows_as_down,
    readiness_fails_and_names_the_check_that_failed,
    a_fault_of_the_server_answers_internal_with_its_request_id_and_no_database_text,
);

pub(crate) type Scrape = MetricsExposition<PrometheusType, PrometheusValue>;

/// The metrics as a Prometheus server reads them (the parser refuses malformed text).
pub(crate) async fn scrape(app: &TestApp) -> Scrape {
    let reply = app.get("/metrics", None).await;
    assert_eq!(reply.status, 200);
    assert!(
        reply.content_type.starts_with("text/plain"),
        "{}",
        reply.content_type
    );
    let Value::String(text) = reply.body else {
        panic!("metrics are text: {}", reply.body);
    };
    parse_prometheus(&text).unwrap_or_else(|e| panic!("not Prometheus text ({e:?}):\n{text}"))
}

/// One series' value (a histogram's: how many observations it holds), if the series exists.
pub(crate) fn series(scrape: &Scrape, metric: &str, labels: &[(&str, &str)]) -> Option<f64> {
    scrape
        .families
        .get(metric)?
        .iter_samples()
        .filter(|s| {
            let set = s.get_labelset().expect("labels");
            labels
                .iter()
                .all(|(k, v)| set.get_label_value(k) == Some(*v))
        })
        .map(|s| match &s.value {
            PrometheusValue::Counter(c) => c.value.as_f64(),
            PrometheusValue::Gauge(n) | PrometheusValue::Unknown(n) => n.as_f64(),
            PrometheusValue::Histogram(h) => h
                .buckets
                .iter()
                .find(|b| b.upper_bound.is_infinite())
                .map_or(0.0, |b| b.count.as_f64()),
            PrometheusValue::Summary(_) => f64::NAN,
        })
        .reduce(|a, b| a + b)
}

async fn metrics_are_prometheus_text_and_count_each_request_by_route_and_status(backend: Backend) {
    let app = spawn_app(backend).await;
    let live = [
        ("method", "GET"),
        ("route", "/health/live"),
        ("status", "200"),
    ];
    let missing = [
        ("method", "GET"),
        ("route", "/api/v1/proposals/{id}"),
        ("status", "404"),
    ];
    let before = scrape(&app).await;
    for _ in 0..3 {
        app.get("/health/live", None).await.expect(200);
    }
    let unknown = Uuid::now_v7();
    app.get(&format!("/api/v1/proposals/{unknown}"), None)
        .await
        .expect_problem(404, "proposal_not_found");
    app.get("/api/v1/search?q=crosswalk", None)
        .await
        .expect(200);
    let after = scrape(&app).await;

    // Other tests in this process count too: the series moved at least by these requests.
    let moved = |metric: &str, labels: &[(&str, &str)]| {
        series(&after, metric, labels).unwrap_or(0.0)
            - series(&before, metric, labels).unwrap_or(0.0)
    };
    assert!(moved("sala_http_requests_total", &live) >= 3.0);
    assert!(moved("sala_http_request_duration_seconds", &live) >= 3.0);
    assert!(moved("sala_http_requests_total", &missing) >= 1.0);
    assert!(moved("sala_http_request_duration_seconds", &missing) >= 1.0);
    assert!(
        after
            .families
            .values()
            .flat_map(|f| f.iter_samples())
            .filter_map(|s| s.get_labelset().ok())
            .all(|set| set.iter_values().all(|v| !v.contains(&unknown.to_string()))),
        "routes are labelled by pattern, never by path"
    );

    let search = [("operation", "search")];
    assert!(moved("sala_search_query_duration_seconds", &search) >= 1.0);

    // The database's gauges are read at scrape time.
    assert_eq!(
        series(&after, "sala_scrape_source_up", &[("source", "outbox")]),
        Some(1.0)
    );
    for topic in ["mail", "notify"] {
        for metric in [
            "sala_outbox_pending",
            "sala_outbox_oldest_pending_age_seconds",
            "sala_outbox_dead_letters",
        ] {
            assert!(
                series(&after, metric, &[("topic", topic)]).is_some(),
                "{metric}{{topic={topic}}}"
            );
        }
    }
    assert!(series(&after, "sala_search_pending_documents", &[]).is_some());
    assert!(series(&after, "sala_db_pool_max_connections", &[]).unwrap_or(0.0) >= 1.0);
    assert!(series(&after, "sala_db_pool_connections", &[("state", "idle")]).is_some());
}

/// Breaks one source of the readiness checks and gauges (the outbox table) while the database
/// itself still answers.
async fn lose_the_outbox_table(app: &TestApp) {
    app.db
        .writer()
        .execute_unprepared("ALTER TABLE outbox RENAME TO outbox_lost")
        .await
        .expect("rename the outbox table");
}

async fn a_gauge_the_database_cannot_give_shows_as_down(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    lose_the_outbox_table(&app).await;
    // The gauge is process-wide: a scrape of another test's server may set it back to 1
    // between this server's refresh and render, so look until this server's reading shows.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let metrics = scrape(&app).await;
        if series(&metrics, "sala_scrape_source_up", &[("source", "outbox")]) == Some(0.0) {
            assert_eq!(
                series(
                    &metrics,
                    "sala_scrape_source_up",
                    &[("source", "search_pending")]
                ),
                Some(1.0),
                "only the lost source is down"
            );
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the outbox source never showed down"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn readiness_fails_and_names_the_check_that_failed(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    let ready = app.get("/health/ready", None).await.expect(200);
    assert_eq!(ready["status"], "ok");
    assert!(ready.get("failed_checks").is_none(), "{ready}");

    lose_the_outbox_table(&app).await;
    let ready = app.get("/health/ready", None).await.expect(503);
    assert_eq!(ready["status"], "unavailable", "{ready}");
    assert_eq!(ready["database"], "ok", "{ready}");
    assert_eq!(
        ready["failed_checks"],
        serde_json::json!(["mail_queue", "notifications"]),
        "{ready}"
    );
    assert!(
        ready.get("mail_queue_lag_seconds").is_none(),
        "no lag is made up for a check that failed: {ready}"
    );
    assert!(ready["search_pending"].is_number(), "{ready}");
}

/// `sala serve` as its own process, on a SQLite database in a temporary folder, with what it
/// writes to standard error kept line by line.
struct ServerProcess {
    child: Child,
    address: String,
    database_url: String,
    log: Arc<Mutex<Vec<String>>>,
    _data_dir: tempfile::TempDir,
}

impl ServerProcess {
    async fn start(env: &[(&str, &str)]) -> ServerProcess {
        let data_dir = tempfile::tempdir().expect("temporary folder");
        let mut command = Command::new(env!("CARGO_BIN_EXE_sala-under-test"));
        command
            .arg("serve")
            .env("SALA_BIND", "127.0.0.1:0")
            .env("SALA_DATA_DIR", data_dir.path())
            .env("SALA_LOG", "info")
            .env("SALA_LOG_FORMAT", "json")
            .env("SALA_RUN_WORKERS", "false")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start sala serve");
        let stderr = child.stderr.take().expect("standard error");
        let log = Arc::new(Mutex::new(Vec::new()));
        let lines = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                lines.lock().expect("log").push(line);
            }
        });
        let serving = wait_for_line(&log, |line| {
            line["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.starts_with("Sala is serving on "))
        })
        .await;
        let message = serving["fields"]["message"].as_str().unwrap_or_default();
        let address = message
            .trim_start_matches("Sala is serving on ")
            .split_whitespace()
            .next()
            .expect("address")
            .to_owned();
        let database_url = format!(
            "sqlite://{}?mode=rwc",
            data_dir.path().join("sala.db").display()
        );
        ServerProcess {
            child,
            address,
            database_url,
            log,
            _data_dir: data_dir,
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        reqwest::get(format!("{}{path}", self.address))
            .await
            .expect("request sent")
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits (60 s at most) for a JSON log line that `wanted` accepts, and returns it.
async fn wait_for_line(log: &Mutex<Vec<String>>, wanted: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let found = log
            .lock()
            .expect("log")
            .iter()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .find(|line| wanted(line));
        if let Some(line) = found {
            return line;
        }
        let seen = log.lock().expect("log").join("\n");
        assert!(Instant::now() < deadline, "no such log line in:\n{seen}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_fault_of_the_server_answers_internal_with_its_request_id_and_no_database_text(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.get("/api/v1/consultations", None).await.expect(200);
    // The database answers, but a table the route reads is gone: a statement error, not an
    // unreachable database (that one is `503 unavailable`).
    app.db
        .writer()
        .execute_unprepared("ALTER TABLE consultations RENAME TO consultations_lost")
        .await
        .expect("rename the consultations table");

    let reply = app.get("/api/v1/consultations", None).await;
    let request_id = reply
        .headers
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("x-request-id")
        .to_owned();
    assert!(!request_id.is_empty());
    let problem = reply.expect_problem(500, "internal");
    assert_eq!(
        problem,
        json!({
            "type": "urn:sala:problem:internal",
            "title": "Internal error",
            "status": 500,
            "detail": "An unexpected error occurred. Quote the request id when reporting it.",
            "code": "internal",
            "request_id": request_id,
        })
    );
    let text = problem.to_string().to_lowercase();
    for leak in ["consultations", "table", "relation", "sql", "select"] {
        assert!(!text.contains(leak), "{leak:?} leaked: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_json_log_line_written_while_handling_a_request_carries_its_request_id() {
    // Logged at warning level: the request's span must survive a filter that keeps only
    // those (and the line saying where the server listens).
    let server = ServerProcess::start(&[("SALA_LOG", "warn,sala::cli=info")]).await;
    let db = sala::db::Db::connect(&server.database_url, 1)
        .await
        .expect("the server's database");
    db.writer()
        .execute_unprepared("ALTER TABLE outbox RENAME TO outbox_lost")
        .await
        .expect("rename the outbox table");

    let response = server.get("/health/ready").await;
    assert_eq!(response.status(), 503);
    let request_id = response
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .expect("x-request-id")
        .to_owned();
    let line = wait_for_line(&server.log, |line| {
        line["fields"]["message"] == "readiness check failed"
            && line["fields"]["check"] == "mail_queue"
    })
    .await;
    assert_eq!(line["request_id"], request_id.as_str(), "{line}");
    assert_eq!(line["level"], "WARN", "{line}");
    assert_eq!(line["http.route"], "/health/ready", "{line}");
}

/// A span as the collector keeps it: its name and its attributes, as text.
type ReceivedSpan = (String, HashMap<String, String>);
type ReceivedSpans = Arc<Mutex<Vec<ReceivedSpan>>>;

/// A minimal OTLP/HTTP collector: keeps the spans it receives, by name, with their attributes.
struct Collector {
    address: String,
    spans: ReceivedSpans,
}

impl Collector {
    async fn start() -> Collector {
        use actix_web::{web, App, HttpResponse, HttpServer};
        let spans = Arc::new(Mutex::new(Vec::new()));
        let kept = web::Data::new(Arc::clone(&spans));
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let server = HttpServer::new(move || {
            App::new()
                .app_data(kept.clone())
                .app_data(web::PayloadConfig::new(16 * 1024 * 1024))
                .route(
                    "/v1/traces",
                    web::post().to(
                        |kept: web::Data<ReceivedSpans>, body: web::Bytes| async move {
                            let Ok(request) = ExportTraceServiceRequest::decode(body) else {
                                return HttpResponse::BadRequest().finish();
                            };
                            let mut kept = kept.lock().expect("spans");
                            for span in request
                                .resource_spans
                                .into_iter()
                                .flat_map(|r| r.scope_spans)
                                .flat_map(|s| s.spans)
                            {
                                let attributes = span
                                    .attributes
                                    .into_iter()
                                    .filter_map(|kv| {
                                        let value = match kv.value?.value? {
                                            any_value::Value::StringValue(s) => s,
                                            any_value::Value::IntValue(i) => i.to_string(),
                                            other => format!("{other:?}"),
                                        };
                                        Some((kv.key, value))
                                    })
                                    .collect();
                                kept.push((span.name, attributes));
                            }
                            HttpResponse::Ok()
                                .content_type("application/x-protobuf")
                                .finish()
                        },
                    ),
                )
        })
        .workers(1)
        .listen(listener)
        .expect("listen")
        .run();
        tokio::spawn(server);
        Collector { address, spans }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traces_reach_an_otlp_collector_with_a_span_per_request_named_by_its_route() {
    let collector = Collector::start().await;
    let server = ServerProcess::start(&[
        ("SALA_OTLP_ENDPOINT", collector.address.as_str()),
        // Send each batch soon, rather than every five seconds.
        ("OTEL_BSP_SCHEDULE_DELAY", "100"),
    ])
    .await;
    let unknown = Uuid::now_v7();
    let response = server.get(&format!("/api/v1/proposals/{unknown}")).await;
    assert_eq!(response.status(), 404);

    let deadline = Instant::now() + Duration::from_secs(60);
    let span = loop {
        let found = collector
            .spans
            .lock()
            .expect("spans")
            .iter()
            .find(|(name, _)| name == "GET /api/v1/proposals/{id}")
            .cloned();
        if let Some(span) = found {
            break span;
        }
        let seen: Vec<String> = collector
            .spans
            .lock()
            .expect("spans")
            .iter()
            .map(|(name, _)| name.clone())
            .collect();
        assert!(
            Instant::now() < deadline,
            "no span for the request; spans received: {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let attributes = span.1;
    assert_eq!(
        attributes.get("http.route").map(String::as_str),
        Some("/api/v1/proposals/{id}")
    );
    assert_eq!(
        attributes.get("http.status_code").map(String::as_str),
        Some("404")
    );
    assert!(attributes.contains_key("request_id"), "{attributes:?}");
}
