//! Outgoing mail: the transports, the localized messages, and the sender that drains the
//! outbox.

mod answers_due;
pub mod messages;
pub mod sender;

use std::path::Path;
use std::time::Duration;

use lettre::{
    AsyncFileTransport, AsyncTransport, Message, SmtpTransport, Tokio1Executor, Transport,
};

/// Why a message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused it for good (a 5xx answer, such as an unknown mailbox): sending it
    /// again cannot help.
    #[error("{0}")]
    Refused(String),
    /// It may work later (a 4xx answer, a server down or too slow, a network error).
    #[error("{0}")]
    Failed(String),
}

/// How long an SMTP exchange may take.
#[derive(Debug, Clone, Copy)]
pub struct SmtpTimeouts {
    /// Each step: connecting, the greeting, each command, the message itself.
    pub stage: Duration,
    /// The whole exchange, after which its outcome is unknown and it is tried again later.
    pub total: Duration,
}

/// Where messages go: an SMTP server (production), or `.eml` files in a folder, so a single
/// machine needs no mail server and every message can be read back.
#[derive(Clone)]
pub enum Mailer {
    File(AsyncFileTransport<Tokio1Executor>),
    Smtp {
        transport: SmtpTransport,
        timeouts: SmtpTimeouts,
    },
}

impl Mailer {
    pub fn file(dir: &Path) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create the mail folder {}: {e}", dir.display()))?;
        Ok(Mailer::File(AsyncFileTransport::new(dir)))
    }

    /// An SMTP transport from a URL: `smtp://host:25` (plain), `smtp://host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host:465` (TLS), credentials in the URL.
    ///
    /// lettre's blocking transport is used on purpose: its timeout bounds every read and write
    /// on the socket, so a server that stalls at any step is given up, whereas the async
    /// transport times only the TCP connect, and dropping one of its pooled sends mid-exchange
    /// would hand a half-used connection to the next message.
    pub fn smtp(url: &str, timeouts: SmtpTimeouts) -> anyhow::Result<Mailer> {
        let transport = SmtpTransport::from_url(url)
            .map_err(|e| anyhow::anyhow!("SALA_SMTP_URL: {e}"))?
            .timeout(Some(timeouts.stage))
            .build();
        Ok(Mailer::Smtp {
            transport,
            timeouts,
        })
    }

    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Mailer::File(transport) => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError::Failed(e.to_string())),
            Mailer::Smtp {
                transport,
                timeouts,
            } => {
                let transport = transport.clone();
                let exchange = tokio::task::spawn_blocking(move || transport.send(&message));
                // Past the deadline the exchange is left to end on its own (each of its steps
                // is bounded): whether the message arrived is unknown, and a retry carries the
                // same Message-ID.
                match tokio::time::timeout(timeouts.total, exchange).await {
                    Ok(Ok(Ok(_))) => Ok(()),
                    Ok(Ok(Err(error))) => Err(classify(&error, timeouts.stage)),
                    Ok(Err(error)) => Err(SendError::Failed(error.to_string())),
                    Err(_) => Err(SendError::Failed(format!(
                        "the SMTP exchange timed out: not finished within {} s; the message may or may not have arrived",
                        timeouts.total.as_secs()
                    ))),
                }
            }
        }
    }
}

/// Sorts an SMTP error into refused for good or worth another try, in words an admin can act on.
fn classify(error: &lettre::transport::smtp::Error, stage: Duration) -> SendError {
    if error.is_permanent() {
        return SendError::Refused(error.to_string());
    }
    if stalled(error) {
        return SendError::Failed(format!(
            "the SMTP server timed out: no answer within {} s ({error})",
            stage.as_secs()
        ));
    }
    SendError::Failed(error.to_string())
}

/// Whether the error is a socket read or write that ran out of time.
fn stalled(error: &lettre::transport::smtp::Error) -> bool {
    if error.is_timeout() {
        return true;
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            );
        }
        source = cause.source();
    }
    false
}
