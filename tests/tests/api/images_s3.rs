//! Uploaded media in S3-compatible object storage: a real S3-protocol server (s3s over a
//! folder) on a local port, Sala pointed at it with `SALA_S3_*`, an image uploaded and read
//! back through Sala, and the objects found in the bucket.

use std::path::Path;

use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto::Builder as ConnectionBuilder;
use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app_with, Backend};

use super::images::picture;

on_both_databases!(images_go_to_the_configured_s3_bucket_and_come_back_through_sala);

const BUCKET: &str = "sala-media";
const ACCESS_KEY: &str = "SALATESTACCESSKEY";
const SECRET_KEY: &str = "sala-test-secret-access-key";

/// Serves the S3 API over `root` (each folder in it a bucket) on a free local port; returns
/// its address.
async fn start_object_store(root: &Path) -> String {
    let store = s3s_fs::FileSystem::new(root).expect("the S3 server's folder");
    let mut builder = S3ServiceBuilder::new(store);
    builder.set_auth(SimpleAuth::from_single(ACCESS_KEY, SECRET_KEY));
    let service = builder.build();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a local port");
    let address = listener.local_addr().expect("its address");
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let service = service.clone();
            tokio::spawn(async move {
                let _ = ConnectionBuilder::new(TokioExecutor::new())
                    .serve_connection(TokioIo::new(socket), service)
                    .await;
            });
        }
    });
    format!("http://{address}")
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

async fn images_go_to_the_configured_s3_bucket_and_come_back_through_sala(backend: Backend) {
    let root = tempfile::tempdir().expect("a folder for the S3 server");
    std::fs::create_dir(root.path().join(BUCKET)).expect("the bucket");
    let endpoint = start_object_store(root.path()).await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_S3_BUCKET", BUCKET),
            ("SALA_S3_ENDPOINT", &endpoint),
            ("SALA_S3_ACCESS_KEY_ID", ACCESS_KEY),
            ("SALA_S3_SECRET_ACCESS_KEY", SECRET_KEY),
        ],
    )
    .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app
        .operator_creates("malee@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let proposal = app.proposal(&author, cid, "ทางเท้าที่รถเข็นผ่านได้").await;
    let pid = proposal["id"].as_str().expect("id");

    let image = app
        .upload(
            &format!("/api/v1/proposals/{pid}/images?alt=%E0%B8%97%E0%B8%B2%E0%B8%87%E0%B9%80%E0%B8%97%E0%B9%89%E0%B8%B2"),
            Some(&author.token),
            "image/png",
            picture(900, 600, image::ImageFormat::Png),
        )
        .await
        .expect(201);
    assert_eq!(image["alt"], "ทางเท้า");

    let (status, headers, bytes) = app
        .download(image["url"].as_str().expect("url"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    let shown = image::load_from_memory(&bytes).expect("an image");
    assert_eq!((shown.width(), shown.height()), (900, 600));

    // Both forms are objects in the bucket, named by their content; nothing on local disk.
    let objects = files_under(&root.path().join(BUCKET));
    let stored: Vec<Vec<u8>> = objects
        .iter()
        .filter(|p| !p.to_string_lossy().contains(".s3s"))
        .map(|p| std::fs::read(p).expect("an object"))
        .collect();
    assert!(
        stored.contains(&bytes),
        "the served image is in the bucket: {objects:?}"
    );
    assert!(stored.len() >= 2, "display and thumbnail: {objects:?}");
    assert!(files_under(&app.settings.media_dir).is_empty());
}
