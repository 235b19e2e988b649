//! Outgoing mail: the transports, the localized messages, and the sender that drains the
//! outbox.

pub mod messages;
pub mod sender;

use std::path::Path;
use std::time::Duration;

use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Where messages go: an SMTP server (production), or `.eml` files in a folder, so a single
/// machine needs no mail server and every message can be read back.
#[derive(Clone)]
pub enum Mailer {
    File(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl Mailer {
    pub fn file(dir: &Path) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create the mail folder {}: {e}", dir.display()))?;
        Ok(Mailer::File(AsyncFileTransport::new(dir)))
    }

    /// An SMTP transport from a URL: `smtp://host:25` (plain), `smtp://host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host:465` (TLS), credentials in the URL.
    pub fn smtp(url: &str) -> anyhow::Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("SALA_SMTP_URL: {e}"))?
            .timeout(Some(Duration::from_secs(15)))
            .build();
        Ok(Mailer::Smtp(transport))
    }

    pub async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Mailer::File(transport) => {
                transport.send(message).await?;
            }
            Mailer::Smtp(transport) => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }
}
