//! `wrk` (Debian's package) as the external load generator: a separate process keeping many
//! connections busy, its report read back into numbers.

use std::io::Write;
use std::process::Command;

/// One load run: where, how many connections, how long, and what to send.
pub struct Load<'a> {
    pub url: &'a str,
    pub connections: u32,
    pub seconds: u32,
    pub headers: &'a [String],
    /// A Lua script for `wrk -s` (request paths, think time).
    pub script: Option<&'a str>,
}

/// What `wrk --latency` reported.
#[derive(Debug, Clone)]
pub struct Report {
    pub requests_per_second: f64,
    pub requests: u64,
    pub p50: String,
    pub p90: String,
    pub p99: String,
    /// Answers outside 2xx and 3xx, and connect/read/write/timeout errors.
    pub errors: String,
}

pub fn ensure_installed() -> anyhow::Result<()> {
    anyhow::ensure!(
        Command::new("wrk").arg("--version").output().is_ok(),
        "wrk is not installed (Debian: apt-get install wrk)"
    );
    Ok(())
}

/// Runs `wrk` to its end. The server may live in this process: the waiting thread steps out
/// of the runtime's way first.
pub fn run(load: &Load) -> anyhow::Result<Report> {
    tokio::task::block_in_place(|| run_blocking(load))
}

fn run_blocking(load: &Load) -> anyhow::Result<Report> {
    let mut command = Command::new("wrk");
    command
        .arg("--latency")
        .arg("-t2")
        .arg(format!("-c{}", load.connections))
        .arg(format!("-d{}s", load.seconds))
        .arg("--timeout")
        .arg("10s");
    for header in load.headers {
        command.arg("-H").arg(header);
    }
    // The script lives as long as the run.
    let script_file = match load.script {
        Some(text) => {
            let mut file = tempfile::Builder::new().suffix(".lua").tempfile()?;
            file.write_all(text.as_bytes())?;
            command.arg("-s").arg(file.path());
            Some(file)
        }
        None => None,
    };
    let out = command.arg(load.url).output()?;
    drop(script_file);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    anyhow::ensure!(
        out.status.success(),
        "wrk failed: {}{}",
        text,
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(parse(&text))
}

fn field(report: &str, label: &str) -> Option<String> {
    report
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix(label))
        .map(|v| v.trim().to_owned())
}

fn parse(report: &str) -> Report {
    let latency = |label| field(report, label).unwrap_or_else(|| "?".into());
    let requests = report
        .lines()
        .find(|l| l.contains("requests in"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let errors = [
        field(report, "Non-2xx or 3xx responses:").map(|n| format!("{n} non-2xx")),
        field(report, "Socket errors:"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("; ");
    Report {
        requests_per_second: field(report, "Requests/sec:")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0),
        requests,
        p50: latency("50%"),
        p90: latency("90%"),
        p99: latency("99%"),
        errors: match (errors.is_empty(), requests) {
            (_, 0) => "no request finished within the run".into(),
            (true, _) => "none".into(),
            (false, _) => errors,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_read_back_into_numbers() {
        let text = "Running 2s test @ http://127.0.0.1:1/x\n  2 threads and 8 connections\n  Latency Distribution\n     50%    1.20ms\n     75%    1.50ms\n     90%    2.00ms\n     99%    4.10ms\n  2400 requests in 2.00s, 1.00MB read\n  Socket errors: connect 0, read 3, write 0, timeout 0\n  Non-2xx or 3xx responses: 7\nRequests/sec:   1200.50\nTransfer/sec:    500.00KB\n";
        let report = parse(text);
        assert_eq!(report.requests, 2400);
        assert_eq!(report.requests_per_second, 1200.5);
        assert_eq!(
            (
                report.p50.as_str(),
                report.p90.as_str(),
                report.p99.as_str()
            ),
            ("1.20ms", "2.00ms", "4.10ms")
        );
        assert_eq!(
            report.errors,
            "7 non-2xx; connect 0, read 3, write 0, timeout 0"
        );
    }
}
