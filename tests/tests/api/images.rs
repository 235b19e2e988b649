//! Images on proposals: uploaded by the author with a text alternative, checked by their
//! bytes, scaled, stripped of metadata, listed with the proposal and served with headers
//! that keep them from being anything but an image; hidden with the proposal.

use std::io::Cursor;

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    the_author_adds_an_image_that_is_scaled_listed_and_served_as_an_image,
    a_photo_comes_back_without_its_exif_and_gps_position,
    what_is_not_an_acceptable_image_is_refused_before_it_is_decoded,
    a_proposal_takes_five_images_from_its_author_only,
    a_hidden_proposals_images_reach_only_its_author_and_moderators,
);

/// A picture of one colour, encoded as `format`.
pub fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, 90])
    });
    let mut out = Cursor::new(Vec::new());
    pixels.write_to(&mut out, format).expect("encodes");
    out.into_inner()
}

fn decode(bytes: &[u8]) -> image::DynamicImage {
    image::load_from_memory(bytes).expect("a decodable image")
}

/// An administrator, a moderator, an author with a proposal (its id), in ideation.
struct World {
    admin: Person,
    moderator: Person,
    author: Person,
    pid: String,
}

async fn world(app: &TestApp) -> World {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let author = app
        .operator_creates("somchai@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let proposal = app.proposal(&author, cid, "ลานกีฬาชุมชนริมแม่น้ำ").await;
    World {
        admin,
        moderator,
        author,
        pid: proposal["id"].as_str().expect("id").to_owned(),
    }
}

async fn upload(
    app: &TestApp,
    who: &Person,
    pid: &str,
    alt: &str,
    bytes: Vec<u8>,
) -> sala_tests::Reply {
    let alt: String = url_encoded(alt);
    app.upload(
        &format!("/api/v1/proposals/{pid}/images?alt={alt}"),
        Some(&who.token),
        "image/png",
        bytes,
    )
    .await
}

fn url_encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn the_author_adds_an_image_that_is_scaled_listed_and_served_as_an_image(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let alt = "ลานหญ้าริมแม่น้ำยามเย็น";
    let image = upload(
        &app,
        &w.author,
        &w.pid,
        alt,
        picture(2400, 1200, image::ImageFormat::Png),
    )
    .await
    .expect(201);
    assert_eq!(image["alt"], alt);
    assert_eq!(
        (image["width"].clone(), image["height"].clone()),
        (json!(1600), json!(800))
    );

    // Listed with the proposal, on its page and in the consultation's list.
    let page = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    assert_eq!(page["images"][0]["id"], image["id"]);
    assert_eq!(page["images"][0]["alt"], alt);
    let cid = page["consultation_id"].as_str().expect("consultation");
    let list = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await
        .expect(200);
    assert_eq!(
        list["items"][0]["images"][0]["thumbnail_url"],
        image["thumbnail_url"]
    );

    let url = image["url"].as_str().expect("url");
    let (status, headers, bytes) = app.download(url, None).await;
    assert_eq!(status, 200);
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'"
    );
    assert_eq!(
        headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    let shown = decode(&bytes);
    assert_eq!((shown.width(), shown.height()), (1600, 800));

    let thumbnail = image["thumbnail_url"].as_str().expect("thumbnail");
    let (status, _, bytes) = app.download(thumbnail, None).await;
    assert_eq!(status, 200);
    let small = decode(&bytes);
    assert_eq!((small.width(), small.height()), (480, 240));

    // Kept on the local disk by default.
    let stored = walk(&app.settings.media_dir);
    assert_eq!(stored.len(), 2, "{stored:?}");

    // Part of the author's own data, as their proposals are; nobody else's.
    let mine = app
        .get("/api/v1/me/export", Some(&w.author.token))
        .await
        .expect(200);
    assert_eq!(mine["uploads"][0]["id"], image["id"]);
    assert_eq!(mine["uploads"][0]["attached_to"], "proposal");
    assert_eq!(mine["uploads"][0]["alt_text"], alt);
    let theirs = app
        .get("/api/v1/me/export", Some(&w.moderator.token))
        .await
        .expect(200);
    assert_eq!(theirs["uploads"], json!([]));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
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

/// A JPEG with an EXIF block naming a GPS position, as a phone writes it.
fn photo_with_gps() -> Vec<u8> {
    let jpeg = picture(640, 480, image::ImageFormat::Jpeg);
    let marker = b"13.7563N 100.5018E SALA-GPS\0";
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08"); // big-endian TIFF, first IFD at 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // IFD0: one entry
    tiff.extend_from_slice(&0x8825u16.to_be_bytes()); // GPS IFD pointer
    tiff.extend_from_slice(&4u16.to_be_bytes()); // LONG
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&26u32.to_be_bytes()); // GPS IFD at 26
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(&1u16.to_be_bytes()); // GPS IFD: one entry
    tiff.extend_from_slice(&2u16.to_be_bytes()); // GPSLatitude (as text here)
    tiff.extend_from_slice(&2u16.to_be_bytes()); // ASCII
    tiff.extend_from_slice(&(marker.len() as u32).to_be_bytes());
    tiff.extend_from_slice(&44u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(marker);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn a_photo_comes_back_without_its_exif_and_gps_position(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let photo = photo_with_gps();
    assert!(contains(&photo, b"Exif") && contains(&photo, b"SALA-GPS"));
    let image = upload(&app, &w.author, &w.pid, "ป้ายรถเมล์หน้าตลาด", photo)
        .await
        .expect(201);
    for url in [&image["url"], &image["thumbnail_url"]] {
        let (status, _, bytes) = app.download(url.as_str().expect("url"), None).await;
        assert_eq!(status, 200);
        assert!(!contains(&bytes, b"Exif"), "EXIF kept in {url}");
        assert!(!contains(&bytes, b"SALA-GPS"), "GPS kept in {url}");
        assert_eq!(
            decode(&bytes).width(),
            if url == &image["url"] { 640 } else { 480 }
        );
    }
}

/// A PNG whose header claims 100,000 × 100,000 pixels: tens of gigabytes once unpacked.
fn decompression_bomb() -> Vec<u8> {
    let mut png = picture(1, 1, image::ImageFormat::Png);
    png[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(&png[12..29]);
    png[29..33].copy_from_slice(&crc.sum().to_be_bytes());
    png
}

async fn what_is_not_an_acceptable_image_is_refused_before_it_is_decoded(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let png = picture(64, 64, image::ImageFormat::Png);

    // The declared type is not believed: text sent as image/png is not an image.
    upload(
        &app,
        &w.author,
        &w.pid,
        "ข้อความ",
        b"<svg onload=alert(1)>".to_vec(),
    )
    .await
    .expect_problem(415, "unsupported_image_type");
    let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;".to_vec();
    upload(&app, &w.author, &w.pid, "ภาพเคลื่อนไหว", gif)
        .await
        .expect_problem(415, "unsupported_image_type");
    upload(&app, &w.author, &w.pid, "ระเบิด", decompression_bomb())
        .await
        .expect_problem(422, "image_unreadable");
    upload(
        &app,
        &w.author,
        &w.pid,
        "ครึ่งภาพ",
        png[..png.len() / 2].to_vec(),
    )
    .await
    .expect_problem(422, "image_unreadable");
    let mut huge = png.clone();
    huge.resize(10 * 1024 * 1024 + 1, 0);
    upload(&app, &w.author, &w.pid, "ใหญ่เกิน", huge)
        .await
        .expect_problem(413, "file_too_large");
    let refused = upload(&app, &w.author, &w.pid, "", png.clone())
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "alt");

    let page = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    assert_eq!(page["images"], json!([]));
}

async fn a_proposal_takes_five_images_from_its_author_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let png = picture(32, 24, image::ImageFormat::Png);
    upload(&app, &w.moderator, &w.pid, "ภาพของคนอื่น", png.clone())
        .await
        .expect_problem(403, "forbidden");
    for n in 1..=5 {
        upload(&app, &w.author, &w.pid, &format!("ภาพที่ {n}"), png.clone())
            .await
            .expect(201);
    }
    upload(&app, &w.author, &w.pid, "ภาพที่ 6", png.clone())
        .await
        .expect_problem(409, "too_many_images");
    let page = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    let alts: Vec<&str> = page["images"]
        .as_array()
        .expect("images")
        .iter()
        .map(|i| i["alt"].as_str().expect("alt"))
        .collect();
    assert_eq!(alts, ["ภาพที่ 1", "ภาพที่ 2", "ภาพที่ 3", "ภาพที่ 4", "ภาพที่ 5"]);

    // Removing one makes room again.
    let first = page["images"][0]["id"].as_str().expect("id");
    app.delete(
        &format!("/api/v1/proposals/{}/images/{first}", w.pid),
        Some(&w.author.token),
    )
    .await
    .expect(204);
    upload(&app, &w.author, &w.pid, "ภาพที่ 6", png)
        .await
        .expect(201);
}

async fn a_hidden_proposals_images_reach_only_its_author_and_moderators(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let image = upload(
        &app,
        &w.author,
        &w.pid,
        "ภาพที่ถูกร้องเรียน",
        picture(100, 80, image::ImageFormat::Png),
    )
    .await
    .expect(201);
    let url = image["url"].as_str().expect("url").to_owned();
    app.post(
        "/api/v1/moderation/actions",
        Some(&w.moderator.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": w.pid, "reason": "ละเมิดข้อ 3: ข้อมูลส่วนบุคคล"}),
    )
    .await
    .expect(201);

    let anonymous = app.get(&url, None).await;
    anonymous.expect_problem(404, "media_not_found");
    let stranger = app
        .operator_creates("stranger@example.org", Role::Citizen)
        .await;
    app.get(&url, Some(&stranger.token))
        .await
        .expect_problem(404, "media_not_found");
    for who in [&w.author, &w.moderator] {
        let (status, headers, _) = app.download(&url, Some(&who.token)).await;
        assert_eq!(status, 200);
        assert_eq!(headers["cache-control"], "private, no-store");
    }

    // The moderator removes it; the removal is on the audit log.
    let id = image["id"].as_str().expect("id");
    app.delete(
        &format!("/api/v1/proposals/{}/images/{id}", w.pid),
        Some(&stranger.token),
    )
    .await
    .expect_problem(404, "proposal_not_found");
    app.delete(
        &format!("/api/v1/proposals/{}/images/{id}", w.pid),
        Some(&w.moderator.token),
    )
    .await
    .expect(204);
    app.get(&url, Some(&w.author.token))
        .await
        .expect_problem(404, "media_not_found");
    let log = app
        .get("/api/v1/admin/audit-log?limit=100", Some(&w.admin.token))
        .await
        .expect(200);
    let removal: Vec<&Value> = log["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|row| row["action"] == "proposal.image_removed")
        .collect();
    assert_eq!(removal.len(), 1, "{log}");
    assert_eq!(removal[0]["target_id"], w.pid.as_str());
    assert!(walk(&app.settings.media_dir).is_empty());
}
