//! Logging and tracing: human-readable lines on a terminal, JSON lines in production, and
//! OpenTelemetry traces over OTLP/HTTP when `SALA_OTLP_ENDPOINT` is set (nothing is built
//! otherwise, so tracing costs nothing when it is off).
//!
//! A JSON line carries the fields of every span it was written in at its top level, so each
//! line written while a request is handled has that request's `request_id` (and, with traces
//! on, `trace_id`/`span_id`), whatever the line's own fields.

use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::WithExportConfig as _;
use opentelemetry_sdk::trace::SdkTracerProvider;
use opentelemetry_sdk::Resource;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, Layer, Registry};

use crate::config::LogFormat;

type BoxedLayer = Box<dyn Layer<Registry> + Send + Sync>;

/// Keeps the trace exporter alive; dropping it sends the spans still buffered. Drop it
/// outside the async runtime (the exporter's HTTP client has a runtime of its own).
#[must_use = "traces stop being exported when this is dropped"]
pub struct Telemetry {
    traces: Option<SdkTracerProvider>,
}

impl Drop for Telemetry {
    fn drop(&mut self) {
        if let Some(provider) = self.traces.take() {
            if let Err(error) = provider.shutdown() {
                eprintln!("traces: could not send the last spans: {error}");
            }
        }
    }
}

/// Installs the global subscriber once, without traces; later calls (tests) are ignored.
pub fn init(filter: &str, format: LogFormat) {
    drop(start(filter, format, None));
}

/// Installs the global subscriber once: logs filtered by `filter` (the `SALA_LOG` syntax) in
/// `format`, and traces sent to `otlp_endpoint` (an OTLP/HTTP collector's base URL) if given.
/// Must be called outside the async runtime.
pub fn start(filter: &str, format: LogFormat, otlp_endpoint: Option<&str>) -> Telemetry {
    let mut layers: Vec<BoxedLayer> = Vec::new();
    let traces = otlp_endpoint.and_then(|endpoint| match tracer_provider(endpoint) {
        Ok(provider) => Some(provider),
        Err(error) => {
            eprintln!("traces: cannot export to {endpoint}: {error}; traces are off");
            None
        }
    });
    layers.push(match format {
        LogFormat::Pretty => tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_filter(log_filter(filter))
            .boxed(),
        LogFormat::Json => json_subscriber::layer()
            .with_current_span(false)
            .with_span_list(false)
            .flatten_span_list_on_top_level(true)
            .with_opentelemetry_ids(traces.is_some())
            .with_writer(std::io::stderr)
            .with_filter(log_filter(filter))
            .boxed(),
    });
    if let Some(provider) = &traces {
        layers.push(
            tracing_opentelemetry::layer()
                .with_tracer(provider.tracer("sala"))
                .with_filter(log_filter(filter))
                .boxed(),
        );
    }
    if tracing_subscriber::registry()
        .with(layers)
        .try_init()
        .is_err()
    {
        // Already installed (tests start many servers in one process): keep that one.
        return Telemetry { traces: None };
    }
    Telemetry { traces }
}

fn log_filter(filter: &str) -> EnvFilter {
    EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"))
}

/// Spans batched and sent over OTLP/HTTP (protobuf) to `endpoint`'s `/v1/traces`, from the
/// batch processor's own thread. `OTEL_SERVICE_NAME` and `OTEL_RESOURCE_ATTRIBUTES` name the
/// process as usual (say, `sala-worker`); the service is `sala` otherwise.
fn tracer_provider(endpoint: &str) -> anyhow::Result<SdkTracerProvider> {
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_endpoint(format!("{endpoint}/v1/traces"))
        .build()?;
    let mut resource = Resource::builder();
    if std::env::var_os("OTEL_SERVICE_NAME").is_none() {
        resource = resource.with_service_name("sala");
    }
    Ok(SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(resource.build())
        .build())
}
