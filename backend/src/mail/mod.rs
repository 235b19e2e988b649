//! Outgoing mail: the transports, the localized messages, and the sender that drains the
//! outbox.

pub mod messages;
pub mod sender;

use std::path::Path;

use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

/// Where messages go. The file transport writes each one as an `.eml` file, so a single
/// machine needs no mail server and every message can be read back.
#[derive(Clone)]
pub enum Mailer {
    File(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    pub fn file(dir: &Path) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(dir)
            .map_err(|e| anyhow::anyhow!("cannot create the mail folder {}: {e}", dir.display()))?;
        Ok(Mailer::File(AsyncFileTransport::new(dir)))
    }

    pub async fn send(&self, message: Message) -> anyhow::Result<()> {
        match self {
            Mailer::File(transport) => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }
}
