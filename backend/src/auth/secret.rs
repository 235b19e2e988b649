//! The server secret that access tokens are signed with and the other keys (unsubscribe
//! links, pseudonyms) are derived from.

use std::path::Path;

use crate::config::{Mode, Settings};

/// Reads the JWT secret from settings, or in development from `data_dir/jwt_secret`, making
/// one on first start.
pub fn jwt_secret(settings: &Settings) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &settings.jwt_secret {
        return Ok(secret.expose().as_bytes().to_vec());
    }
    anyhow::ensure!(
        settings.mode == Mode::Development,
        "SALA_JWT_SECRET is required in production mode"
    );
    let path = settings.data_dir.join("jwt_secret");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        if existing.trim().len() >= 32 {
            return Ok(existing.trim().as_bytes().to_vec());
        }
    }
    std::fs::create_dir_all(&settings.data_dir)?;
    let (secret, _) = super::opaque::new_token();
    write_private(&path, &secret)?;
    tracing::info!(path = %path.display(), "generated a JWT secret for development");
    Ok(secret.into_bytes())
}

fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    Ok(())
}
