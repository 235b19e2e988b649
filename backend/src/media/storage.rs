//! Where uploaded files are kept: a folder (`SALA_MEDIA_DIR`) by default, an S3-compatible
//! bucket when `SALA_S3_BUCKET` is set. Objects are named by the SHA-256 of their bytes, so
//! a name never changes meaning and the same file is stored once.

use std::sync::Arc;

use anyhow::Context;
use bytes::Bytes;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use sha2::{Digest, Sha256};

use crate::config::Settings;

/// The object store uploaded media live in.
#[derive(Clone)]
pub struct MediaStore {
    store: Arc<dyn ObjectStore>,
}

impl std::fmt::Debug for MediaStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "MediaStore({})", self.store)
    }
}

impl MediaStore {
    /// The bucket the settings name, else the media folder (created if missing).
    pub fn from_settings(settings: &Settings) -> anyhow::Result<MediaStore> {
        let store: Arc<dyn ObjectStore> = match &settings.s3_bucket {
            Some(bucket) => {
                // reqwest is built with rustls and no provider of its own: ring, as for mail.
                let _ = rustls::crypto::ring::default_provider().install_default();
                let mut builder = AmazonS3Builder::from_env()
                    .with_bucket_name(bucket)
                    .with_region(&settings.s3_region);
                if let Some(endpoint) = &settings.s3_endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                if let Some(key) = &settings.s3_access_key_id {
                    builder = builder.with_access_key_id(key.expose());
                }
                if let Some(secret) = &settings.s3_secret_access_key {
                    builder = builder.with_secret_access_key(secret.expose());
                }
                Arc::new(builder.build().context("S3 media storage")?)
            }
            None => {
                std::fs::create_dir_all(&settings.media_dir).with_context(|| {
                    format!("creating the media folder {}", settings.media_dir.display())
                })?;
                Arc::new(
                    LocalFileSystem::new_with_prefix(&settings.media_dir)
                        .context("local media storage")?,
                )
            }
        };
        Ok(MediaStore { store })
    }

    /// Stores `bytes` and returns their key (the SHA-256 in hex).
    pub async fn put(&self, bytes: Bytes) -> anyhow::Result<String> {
        let key = hex::encode(Sha256::digest(&bytes));
        self.store
            .put(&location(&key), PutPayload::from(bytes))
            .await
            .context("storing a media object")?;
        Ok(key)
    }

    /// The bytes stored under `key`; `None` when there are none.
    pub async fn get(&self, key: &str) -> anyhow::Result<Option<Bytes>> {
        match self.store.get(&location(key)).await {
            Ok(found) => Ok(Some(found.bytes().await.context("reading a media object")?)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e).context("reading a media object"),
        }
    }

    /// Removes the object under `key`; one already gone is no error.
    pub async fn delete(&self, key: &str) -> anyhow::Result<()> {
        match self.store.delete(&location(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e).context("deleting a media object"),
        }
    }
}

/// Objects sit two hex digits deep (`ab/abcdef…`), so no folder holds millions of files.
fn location(key: &str) -> Path {
    let prefix = key.get(..2).unwrap_or("00");
    Path::from(format!("{prefix}/{key}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_kept_under_their_first_two_hex_digits() {
        assert_eq!(location("abcdef").as_ref(), "ab/abcdef");
    }
}
