//! Search: one conformance suite run against both engines — the embedded index, and a real
//! Meilisearch server when one is reachable — on SQLite and PostgreSQL. Thai words from the
//! middle of sentences, Thai mixed with English, filters, facets, sorting, highlights,
//! pagination, hidden content, the version rule, and recovery after the indexer was down.

use std::net::TcpListener;
use std::process::Child;
use std::sync::Arc;
use std::time::{Duration, Instant};

use sala::domain::accounts::Role;
use sala::search::embedded::EmbeddedEngine;
use sala::search::meili::MeiliEngine;
use sala::search::{indexer, DocType, Engine, Query, SearchDoc};
use sala_tests::{spawn_app_with, Backend, Person, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

/// Which engine a run uses.
#[derive(Clone)]
pub enum Which {
    Embedded,
    Meili(Arc<MeiliServer>),
}

/// A Meilisearch server for the tests: `SALA_TEST_MEILI_URL`, or a `meilisearch` binary on
/// `PATH` started on a free port (stopped when the last test using it is done).
pub struct MeiliServer {
    pub url: String,
    child: Option<std::sync::Mutex<Child>>,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for MeiliServer {
    fn drop(&mut self) {
        if let Some(child) = &self.child {
            if let Ok(mut child) = child.lock() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// Says once per test run, past the test harness's output capture, that the Meilisearch runs
/// did not happen.
fn skipped(message: &str) {
    use std::io::Write;
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(std::io::stderr(), "\n*** {message} ***\n");
    });
}

fn on_path(binary: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(binary))
            .find(|p| p.is_file())
    })
}

async fn reachable(url: &str) -> bool {
    reqwest::Client::new()
        .get(format!("{url}/health"))
        .timeout(Duration::from_secs(2))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
}

pub async fn meili_server() -> Option<Arc<MeiliServer>> {
    if let Ok(url) = std::env::var("SALA_TEST_MEILI_URL") {
        let url = url.trim_end_matches('/').to_owned();
        if reachable(&url).await {
            return Some(Arc::new(MeiliServer {
                url,
                child: None,
                _dir: None,
            }));
        }
        skipped(&format!(
            "SKIPPED: Meilisearch at SALA_TEST_MEILI_URL={url} does not answer"
        ));
        return None;
    }
    start_meili(None).await.map(Arc::new)
}

/// A Meilisearch server of the test's own, from the `meilisearch` on `PATH`, protected by
/// `master_key` when given; `None` (said once, loudly) without one.
async fn start_meili(master_key: Option<&str>) -> Option<MeiliServer> {
    let Some(binary) = on_path("meilisearch") else {
        skipped(
            "SKIPPED: no Meilisearch server (set SALA_TEST_MEILI_URL or put meilisearch on PATH)",
        );
        return None;
    };
    let port = sala_tests::free_port();
    let dir = tempfile::tempdir().ok()?;
    let child = sala_tests::spawn_meilisearch(&binary, port, dir.path(), master_key)
        .expect("start meilisearch");
    let server = MeiliServer {
        url: format!("http://127.0.0.1:{port}"),
        child: Some(std::sync::Mutex::new(child)),
        _dir: Some(dir),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while !reachable(&server.url).await {
        assert!(Instant::now() < deadline, "meilisearch did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Some(server)
}

/// Starts the application on `backend` with `which` engine and extra settings.
async fn spawn(backend: Backend, which: &Which, overrides: &[(&str, &str)]) -> TestApp {
    let index = format!("sala_test_{}", Uuid::now_v7().simple());
    let mut all: Vec<(&str, &str)> = overrides.to_vec();
    if let Which::Meili(server) = which {
        all.push(("SALA_SEARCH_URL", &server.url));
        all.push(("SALA_SEARCH_INDEX", &index));
        return spawn_app_with(backend, &all).await;
    }
    spawn_app_with(backend, &all).await
}

/// Runs each scenario against the embedded engine on SQLite and PostgreSQL, and against
/// Meilisearch (when reachable) on SQLite.
macro_rules! on_both_engines {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                use super::*;

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn embedded_on_sqlite() {
                    super::$scenario(Backend::Sqlite, Which::Embedded).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn embedded_on_postgres() {
                    if let Some(backend) = Backend::postgres().await {
                        super::$scenario(backend, Which::Embedded).await;
                    }
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn meilisearch_on_sqlite() {
                    if let Some(server) = meili_server().await {
                        super::$scenario(Backend::Sqlite, Which::Meili(server)).await;
                    }
                }
            }
        )*
    };
}

on_both_engines!(
    thai_words_from_the_middle_of_sentences_are_found_and_highlighted,
    thai_and_english_mix_with_prefixes_and_latin_typos,
    filters_facets_sorting_and_pages_agree,
    hidden_content_leaves_results_but_moderators_still_find_it,
    comments_and_consultations_are_searchable_too,
    a_draft_is_shown_its_likely_duplicates,
    writes_succeed_while_the_indexer_is_down_and_the_index_catches_up,
    bad_searches_are_refused_with_a_problem,
    an_older_version_never_replaces_a_newer_one,
    an_official_answer_moves_the_proposal_to_its_new_status,
    a_thai_word_typed_with_its_marks_ranks_above_its_look_alikes,
    short_names_other_spellings_and_english_find_the_same_proposals,
    an_index_that_drifted_from_the_database_heals_itself,
);

struct World {
    admin: Person,
    moderator: Person,
    author: Person,
    cid: String,
}

async fn world(app: &TestApp) -> World {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    World {
        admin,
        moderator,
        author,
        cid,
    }
}

async fn propose(
    app: &TestApp,
    w: &World,
    title: &str,
    body: &str,
    theme: &str,
    province: &str,
) -> String {
    app.post(
        &format!("/api/v1/consultations/{}/proposals", w.cid),
        Some(&w.author.token),
        // Bodies have a minimum length; the filler is the same for every proposal.
        &json!({"title": title, "body": format!("{body}\n\nmore details to follow"), "theme": theme, "province": province}),
    )
    .await
    .expect(201)["id"]
        .as_str()
        .expect("id")
        .to_owned()
}

fn encode(q: &str) -> String {
    url_escape(q)
}

fn url_escape(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'=' | b'&' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn search(app: &TestApp, token: Option<&str>, query: &str) -> Value {
    app.get(&format!("/api/v1/search?{}", encode(query)), token)
        .await
        .expect(200)
}

fn hit_ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_owned())
        .collect()
}

/// How long a test waits for the index to catch up before calling it stuck. It is a safety net,
/// not the promise: how fast changes become searchable is for the benchmarks, on a machine that
/// is not also running the rest of the suite.
const CATCH_UP: Duration = Duration::from_secs(60);

/// Polls a search until `done` holds (the indexer works in the background), for at most
/// `CATCH_UP`; returns the last page.
async fn search_until(
    app: &TestApp,
    token: Option<&str>,
    query: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + CATCH_UP;
    loop {
        let page = search(app, token, query).await;
        if done(&page) {
            return page;
        }
        assert!(
            Instant::now() < deadline,
            "search {query:?} never got there; last page: {page:#}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn indexed(app: &TestApp, query: &str, n: usize) -> Value {
    search_until(app, None, query, |p| p["total"].as_u64() == Some(n as u64)).await
}

const SENTENCE: &str = "แพลตฟอร์มการมีส่วนร่วมของประชาชนในกระบวนการนโยบาย";

async fn thai_words_from_the_middle_of_sentences_are_found_and_highlighted(
    backend: Backend,
    which: Which,
) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        SENTENCE,
        "ระบบนี้ช่วยให้ชุมชนติดตามงบประมาณท้องถิ่นได้ ค่าบริการ < 5 บาท & ไม่มี <script>",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let other = propose(
        &app,
        &w,
        "ศูนย์ไกล่เกลี่ยข้อพิพาททุกตำบล",
        "ลดคดีขึ้นศาล",
        "ยุติธรรมชุมชน",
        "สุโขทัย",
    )
    .await;
    indexed(&app, "type=proposal", 2).await;

    for word in ["ประชาชน", "นโยบาย", "กระบวนการ", "มีส่วนร่วม"]
    {
        let page = search(&app, None, &format!("q={word} ")).await;
        assert_eq!(hit_ids(&page), vec![pid.clone()], "searching {word}");
        let title = page["items"][0]["title_html"].as_str().expect("title_html");
        assert!(
            title.contains(&format!("<mark>{word}</mark>")),
            "{word}: {title}"
        );
    }
    let page = search(&app, None, "q=ไกล่เกลี่ย ").await;
    assert_eq!(hit_ids(&page), vec![other]);

    // A word of the body: the snippet marks it, and everything else is escaped.
    let page = search(&app, None, "q=งบประมาณ ").await;
    assert_eq!(hit_ids(&page), vec![pid.clone()]);
    let snippet = page["items"][0]["snippet"].as_str().expect("snippet");
    assert!(snippet.contains("<mark>งบประมาณ</mark>"), "{snippet}");
    assert!(snippet.contains("&lt; 5 บาท &amp; ไม่มี"), "{snippet}");
    assert!(!snippet.contains("<script"), "{snippet}");
    assert_eq!(page["items"][0]["type"], "proposal");

    // Two Thai words must both match.
    assert_eq!(
        hit_ids(&search(&app, None, "q=ประชาชน ศาล ").await),
        Vec::<String>::new()
    );
}

/// Thai vowel and tone marks make different words of the same letters: วิทยุ is a radio,
/// วิทย์ is science. Both engines' tokenizer drops the marks, so both are found; the one the
/// reader typed must come first, whichever was written first.
async fn a_thai_word_typed_with_its_marks_ranks_above_its_look_alikes(
    backend: Backend,
    which: Which,
) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let science = propose(
        &app,
        &w,
        "ห้องเรียนวิทย์สำหรับเด็กชนบท",
        "อุปกรณ์ทดลองวิทย์ในโรงเรียน",
        "ยุติธรรมชุมชน",
        "สุโขทัย",
    )
    .await;
    let radio = propose(
        &app,
        &w,
        "สถานีวิทยุชุมชนแจ้งข่าวน้ำท่วม",
        "วิทยุชุมชนช่วยเตือนภัย",
        "ยุติธรรมชุมชน",
        "นครพนม",
    )
    .await;
    indexed(&app, "type=proposal", 2).await;

    let page = search(&app, None, "q=วิทยุ ").await;
    assert_eq!(
        hit_ids(&page).first(),
        Some(&radio),
        "radio first: {page:#}"
    );
    let page = search(&app, None, "q=วิทย์ ").await;
    assert_eq!(
        hit_ids(&page).first(),
        Some(&science),
        "science first: {page:#}"
    );
}

/// A province by its short name or in English, a loanword in either of its Thai spellings or
/// in Latin letters: each finds what was written the other way. An operator adds groups of
/// their own.
async fn short_names_other_spellings_and_english_find_the_same_proposals(
    backend: Backend,
    which: Which,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("synonyms.toml");
    std::fs::write(&file, "groups = [[\"ศาลเยาวชน\", \"juvenile court\"]]\n").expect("write");
    let app = spawn(
        backend,
        &which,
        &[("SALA_SEARCH_SYNONYMS", file.to_str().expect("utf-8 path"))],
    )
    .await;
    let w = world(&app).await;
    let bus = propose(
        &app,
        &w,
        "เพิ่มรถเมล์ไฟฟ้าในกรุงเทพมหานคร",
        "ลดฝุ่นควันในเมือง",
        "ยุติธรรมชุมชน",
        "ราชบุรี",
    )
    .await;
    let net = propose(
        &app,
        &w,
        "อินเทอร์เน็ตฟรีในโรงเรียนประถม",
        "เด็กทุกคนเข้าถึงการเรียนออนไลน์",
        "ยุติธรรมชุมชน",
        "ราชบุรี",
    )
    .await;
    let court = propose(
        &app,
        &w,
        "ห้องพักรอสำหรับเด็กในศาลเยาวชน",
        "ลดความเครียดของเด็กระหว่างรอพิจารณาคดี",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    indexed(&app, "type=proposal", 3).await;

    for (query, expected) in [
        ("q=กทม ", &bus),
        ("q=Bangkok ", &bus),
        ("q=รถเมล์ กทม ", &bus),
        ("q=อินเตอร์เน็ต ", &net),
        ("q=internet ", &net),
        ("q=internet ฟรี ", &net),
        ("q=juvenile court ", &court),
    ] {
        let page = search(&app, None, query).await;
        assert_eq!(hit_ids(&page), vec![expected.clone()], "{query}: {page:#}");
    }
    // Synonyms widen a word, never the whole query: both words must still match.
    assert_eq!(
        hit_ids(&search(&app, None, "q=internet กทม ").await),
        Vec::<String>::new()
    );
}

async fn thai_and_english_mix_with_prefixes_and_latin_typos(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let bus = propose(
        &app,
        &w,
        "รถเมล์ไฟฟ้า electric buses for Phuket",
        "เปลี่ยนรถโดยสารเป็น electric transport ลดฝุ่น PM2.5",
        "การเข้าถึงความยุติธรรม",
        "ภูเก็ต",
    )
    .await;
    let park = propose(
        &app,
        &w,
        "สวนสาธารณะ community garden",
        "พื้นที่สีเขียวในเมือง",
        "ยุติธรรมชุมชน",
        "ราชบุรี",
    )
    .await;
    indexed(&app, "type=proposal", 2).await;

    assert_eq!(
        hit_ids(&search(&app, None, "q=รถเมล์ electric ").await),
        vec![bus.clone()]
    );
    assert_eq!(
        hit_ids(&search(&app, None, "q=ELECTRIC ").await),
        vec![bus.clone()]
    );
    // As you type: the last word is a prefix.
    assert_eq!(
        hit_ids(&search(&app, None, "q=transpo").await),
        vec![bus.clone()]
    );
    assert_eq!(
        hit_ids(&search(&app, None, "q=comm").await),
        vec![park.clone()]
    );
    // A typo in a Latin word is forgiven.
    assert_eq!(
        hit_ids(&search(&app, None, "q=transprot ").await),
        vec![bus.clone()]
    );
    assert_eq!(hit_ids(&search(&app, None, "q=gardne ").await), vec![park]);
    // Typo tolerance does not turn one short word into another.
    assert!(hit_ids(&search(&app, None, "q=bas ").await).is_empty());
    let page = search(&app, None, "q=electric buses ").await;
    let title = page["items"][0]["title_html"].as_str().expect("title");
    assert!(
        title.contains("<mark>electric</mark> <mark>buses</mark>"),
        "{title}"
    );
}

async fn filters_facets_sorting_and_pages_agree(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let mut ids = Vec::new();
    for (i, (theme, province)) in [
        ("ยุติธรรมชุมชน", "ภูเก็ต"),
        ("ยุติธรรมชุมชน", "ภูเก็ต"),
        ("ยุติธรรมชุมชน", "สุโขทัย"),
        ("การเข้าถึงความยุติธรรม", "ภูเก็ต"),
        ("การเข้าถึงความยุติธรรม", "นครพนม"),
    ]
    .into_iter()
    .enumerate()
    {
        ids.push(
            propose(
                &app,
                &w,
                &format!("ห้องสมุดชุมชน แห่งที่ {i}"),
                "หนังสือสำหรับเด็ก library",
                theme,
                province,
            )
            .await,
        );
    }
    indexed(&app, "q=library ", 5).await;

    let page = search(&app, None, "q=library ").await;
    assert_eq!(
        page["facets"]["theme"],
        json!({"ยุติธรรมชุมชน": 3, "การเข้าถึงความยุติธรรม": 2})
    );
    assert_eq!(
        page["facets"]["province"],
        json!({"ภูเก็ต": 3, "สุโขทัย": 1, "นครพนม": 1})
    );
    assert_eq!(page["facets"]["status"], json!({"published": 5}));

    let page = search(&app, None, "q=library &theme=ยุติธรรมชุมชน&province=ภูเก็ต").await;
    let mut found = hit_ids(&page);
    found.sort();
    assert_eq!(found, vec![ids[0].clone(), ids[1].clone()]);
    assert_eq!(page["facets"]["province"], json!({"ภูเก็ต": 2}));
    assert_eq!(
        search(&app, None, "q=library &status=accepted").await["total"],
        0
    );
    assert_eq!(
        search(&app, None, &format!("q=library &consultation={}", w.cid)).await["total"],
        5
    );
    assert_eq!(
        search(
            &app,
            None,
            &format!("q=library &consultation={}", Uuid::now_v7())
        )
        .await["total"],
        0
    );

    // Newest first.
    let page = search(&app, None, "q=library &sort=new").await;
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(hit_ids(&page), newest_first);

    // Most supported first, once the votes reach the index.
    let voters = app.many_citizens(3).await;
    for (n, target) in [(3, &ids[2]), (2, &ids[0])] {
        for v in voters.iter().take(n) {
            app.put(
                &format!("/api/v1/proposals/{target}/vote"),
                Some(&v.token),
                &json!({"value": "agree"}),
            )
            .await
            .expect(200);
        }
    }
    let page = search_until(&app, None, "q=library &sort=top", |p| {
        hit_ids(p).get(..2) == Some(&[ids[2].clone(), ids[0].clone()][..])
    })
    .await;
    assert_eq!(hit_ids(&page)[..2], [ids[2].clone(), ids[0].clone()]);

    // Pages of two, following the cursor, cover everything once.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("q=library &sort=new&limit=2&cursor={c}"),
            None => "q=library &sort=new&limit=2".to_owned(),
        };
        let page = search(&app, None, &query).await;
        assert_eq!(page["total"], 5);
        seen.extend(hit_ids(&page));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen, newest_first);
}

async fn hidden_content_leaves_results_but_moderators_still_find_it(
    backend: Backend,
    which: Which,
) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ขยะล้นตลาด garbage overflow",
        "ตลาดสดมีขยะมาก",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let withdrawn = propose(
        &app,
        &w,
        "ขยะพลาสติก garbage plastic",
        "ลดถุงพลาสติก",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    indexed(&app, "q=garbage ", 2).await;

    app.post(
        "/api/v1/moderation/actions",
        Some(&w.moderator.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": pid, "reason": "spam"}),
    )
    .await
    .expect(201);
    search_until(&app, None, "q=garbage ", |p| !hit_ids(p).contains(&pid)).await;

    // Signed-in citizens do not see it either; moderators do, marked as not visible.
    let page = search(&app, Some(&w.author.token), "q=garbage ").await;
    assert!(!hit_ids(&page).contains(&pid));
    let page = search(&app, Some(&w.moderator.token), "q=garbage ").await;
    let item = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["id"] == pid.as_str())
        .expect("moderators find hidden items");
    assert_eq!(item["visible"], false);

    // A withdrawn proposal goes too.
    app.delete(
        &format!("/api/v1/proposals/{withdrawn}"),
        Some(&w.author.token),
    )
    .await
    .expect(200);
    let page = search_until(&app, None, "q=garbage ", |p| p["total"] == 0).await;
    assert_eq!(page["facets"]["status"], json!({}));
    let _ = w.admin;
}

async fn an_official_answer_moves_the_proposal_to_its_new_status(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ไฟถนนดับ streetlight broken",
        "ซอยมืดมากตอนกลางคืน",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    indexed(&app, "q=streetlight ", 1).await;
    app.put(
        &format!("/api/v1/proposals/{pid}/response"),
        Some(&w.admin.token),
        &json!({"status": "accepted", "answer": "เทศบาลจะซ่อมไฟถนนภายในเดือนนี้"}),
    )
    .await
    .expect(200);
    let page = search_until(&app, None, "q=streetlight &status=accepted", |p| {
        hit_ids(p) == vec![pid.clone()]
    })
    .await;
    assert_eq!(page["facets"]["status"], json!({"accepted": 1}));
}

async fn comments_and_consultations_are_searchable_too(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ไฟถนนดับ streetlights",
        "ซอยมืดมาก",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let comment = app
        .post(
            &format!("/api/v1/proposals/{pid}/comments"),
            Some(&w.author.token),
            &json!({"body": "เห็นด้วยครับ ควรติดตั้งโซลาร์เซลล์ solar panels"}),
        )
        .await
        .expect(201)["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let page = indexed(&app, "q=โซลาร์เซลล์ ", 1).await;
    assert_eq!(hit_ids(&page), vec![comment.clone()]);
    assert_eq!(page["items"][0]["type"], "comment");
    assert_eq!(page["items"][0]["proposal_id"], pid.as_str());
    assert_eq!(page["items"][0]["title"], "ไฟถนนดับ streetlights");
    // The proposal's title is shown with its comments but not searched in them.
    assert_eq!(
        hit_ids(&search(&app, None, "q=streetlights ").await),
        vec![pid.clone()]
    );

    // The consultation made by `world` is found by a word of its title.
    let page = search(&app, None, "q=ยุทธศาสตร์ &type=consultation").await;
    assert_eq!(hit_ids(&page), vec![w.cid.clone()]);
    // …and by a word of its English title, which is shown under the Thai one.
    app.patch(
        &format!("/api/v1/consultations/{}", w.cid),
        Some(&w.admin.token),
        &json!({"title_en": "Provincial justice roadmap"}),
    )
    .await
    .expect(200);
    let page = indexed(&app, "q=roadmap &type=consultation", 1).await;
    assert_eq!(hit_ids(&page), vec![w.cid.clone()]);
    assert!(page["items"][0]["title"]
        .as_str()
        .is_some_and(|t| t.contains("ยุทธศาสตร์")));
    assert_eq!(
        search(&app, None, "q=solar &type=proposal").await["total"],
        0
    );
    assert_eq!(
        search(&app, None, "q=solar &type=comment,proposal").await["total"],
        1
    );

    // A deleted comment's text is gone from search.
    app.delete(
        &format!("/api/v1/comments/{comment}"),
        Some(&w.author.token),
    )
    .await
    .expect(204);
    search_until(&app, None, "q=solar ", |p| p["total"] == 0).await;
}

async fn a_draft_is_shown_its_likely_duplicates(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    let w = world(&app).await;
    let seeded = propose(
        &app,
        &w,
        "จัดตั้งศูนย์ไกล่เกลี่ยข้อพิพาทชุมชนในทุกตำบล",
        "ให้ประชาชนเข้าถึงการไกล่เกลี่ยโดยไม่ต้องเดินทางไปศาลจังหวัด",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let unrelated = propose(
        &app,
        &w,
        "ปลูกต้นไม้ริมถนน",
        "เพิ่มร่มเงาให้คนเดินเท้า",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    indexed(&app, "type=proposal", 2).await;

    let found = app
        .post(
            &format!("/api/v1/consultations/{}/similar", w.cid),
            Some(&w.author.token),
            &json!({"title": "ศูนย์ไกล่เกลี่ยข้อพิพาทประจำตำบล", "body": "ประชาชนไม่ต้องไปศาล"}),
        )
        .await
        .expect(200);
    let items = found["items"].as_array().expect("items");
    assert_eq!(items[0]["id"], seeded.as_str(), "{found:#}");
    let score = items[0]["score"].as_f64().expect("score");
    assert!(score > 0.3 && score <= 1.0, "{score}");
    assert!(items.iter().all(|i| i["id"] != unrelated.as_str()));
    assert!(items.len() <= 5);

    // Another consultation's proposals are not duplicates of this draft.
    let other = app.consultation(&w.admin, "ideation").await;
    let found = app
        .post(
            &format!(
                "/api/v1/consultations/{}/similar",
                other["id"].as_str().expect("id")
            ),
            None,
            &json!({"title": "ศูนย์ไกล่เกลี่ยข้อพิพาทประจำตำบล"}),
        )
        .await
        .expect(200);
    assert_eq!(found["items"], json!([]));

    app.post(
        &format!("/api/v1/consultations/{}/similar", w.cid),
        None,
        &json!({"title": "  "}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        &format!("/api/v1/consultations/{}/similar", Uuid::now_v7()),
        None,
        &json!({"title": "อะไรก็ได้"}),
    )
    .await
    .expect_problem(404, "consultation_not_found");
}

async fn writes_succeed_while_the_indexer_is_down_and_the_index_catches_up(
    backend: Backend,
    which: Which,
) {
    // A server without background workers: nothing indexes, as when the indexer crashed.
    let app = spawn(backend, &which, &[("SALA_RUN_WORKERS", "false")]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ซ่อมสะพานไม้ bridge repair",
        "สะพานชำรุด",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(search(&app, None, "q=bridge ").await["total"], 0);
    let ready = app.get("/health/ready", None).await.expect(200);
    assert!(ready["search_pending"].as_u64() >= Some(2), "{ready}");
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .expect("metrics");
    let text = metrics.text().await.expect("text");
    assert!(text.contains("sala_search_lag_seconds "), "{text}");

    // A worker process starts: the index converges, and the first server sees it.
    let worker = app.spawn_sibling_with(|s| s.run_workers = true).await;
    let page = indexed(&app, "q=bridge ", 1).await;
    assert_eq!(hit_ids(&page), vec![pid]);
    assert_eq!(indexed(&worker, "q=bridge ", 1).await["total"], 1);
    let deadline = Instant::now() + CATCH_UP;
    loop {
        let ready = app.get("/health/ready", None).await.expect(200);
        if ready["search_pending"] == 0 {
            assert_eq!(ready["search_lag_seconds"], 0);
            break;
        }
        assert!(Instant::now() < deadline, "{ready}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // A rebuild from the database swaps in a new index; searching goes on meanwhile, and
    // later writes reach the new index.
    let summary = sala::search::indexer::rebuild(
        &app.db,
        &worker_engine(&app, &which),
        &app.settings.search_dir,
        |_, _| {},
    )
    .await
    .expect("rebuild");
    assert!(summary.documents >= 2, "{summary:?}");
    assert_eq!(indexed(&worker, "q=bridge ", 1).await["total"], 1);
    let later = propose(
        &app,
        &w,
        "สะพานลอย bridge crossing",
        "ข้ามถนนปลอดภัย",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let page = indexed(&worker, "q=bridge ", 2).await;
    assert!(hit_ids(&page).contains(&later));
}

/// The engine as `sala reindex` opens it for the app's settings.
fn worker_engine(app: &TestApp, which: &Which) -> Engine {
    match which {
        Which::Embedded => Engine::Embedded(Arc::new(
            EmbeddedEngine::open(&app.settings.search_dir).expect("open index"),
        )),
        Which::Meili(server) => Engine::Meili(Arc::new(
            MeiliEngine::new(&server.url, None, &app.settings.search_index).expect("client"),
        )),
    }
}

async fn bad_searches_are_refused_with_a_problem(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[]).await;
    for query in [
        "type=petition",
        "consultation=not-an-id",
        "limit=0",
        "limit=101",
        "cursor=garbage",
        &format!("q={}", "ก".repeat(201)),
    ] {
        let problem = app
            .get(&format!("/api/v1/search?{}", encode(query)), None)
            .await
            .expect_problem(422, "validation_failed");
        assert!(
            problem["errors"].as_array().is_some_and(|e| !e.is_empty()),
            "{query}: {problem}"
        );
    }
    app.get("/api/v1/search?sort=sideways", None)
        .await
        .expect_problem(422, "validation_failed");
}

fn doc(title: &str, version: i64, id: Uuid, consultation: Uuid) -> SearchDoc {
    SearchDoc {
        key: DocType::Proposal.key(id),
        doc_type: DocType::Proposal,
        id,
        title: title.to_owned(),
        body: String::new(),
        consultation,
        proposal: None,
        proposal_title: None,
        theme: None,
        province: None,
        status: Some("published".into()),
        visible: true,
        created_at: 0,
        support: 0,
        version,
    }
}

/// The engines themselves: an upsert older than what the index holds changes nothing.
async fn an_older_version_never_replaces_a_newer_one(_backend: Backend, which: Which) {
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = match &which {
        Which::Embedded => Engine::Embedded(Arc::new(
            EmbeddedEngine::open(dir.path()).expect("open index"),
        )),
        Which::Meili(server) => Engine::Meili(Arc::new(
            MeiliEngine::new(
                &server.url,
                None,
                &format!("sala_test_{}", Uuid::now_v7().simple()),
            )
            .expect("client"),
        )),
    };
    assert!(engine.may_write().await);
    let (id, consultation) = (Uuid::now_v7(), Uuid::now_v7());
    engine
        .apply(vec![doc("ฉบับใหม่ newer", 5, id, consultation)], vec![])
        .await
        .expect("apply newer");
    engine
        .apply(vec![doc("ฉบับเก่า older", 4, id, consultation)], vec![])
        .await
        .expect("apply older");
    let titles = |r: sala::search::Results| -> Vec<String> {
        r.hits.into_iter().map(|h| h.doc.title).collect()
    };
    let all = Query {
        limit: 10,
        ..Default::default()
    };
    assert_eq!(
        titles(engine.search(all.clone()).await.expect("search")),
        vec!["ฉบับใหม่ newer"]
    );
    // The same version again, or a newer one, is written.
    engine
        .apply(vec![doc("ฉบับล่าสุด newest", 6, id, consultation)], vec![])
        .await
        .expect("apply newest");
    assert_eq!(
        titles(engine.search(all.clone()).await.expect("search")),
        vec!["ฉบับล่าสุด newest"]
    );
    engine
        .apply(vec![], vec![DocType::Proposal.key(id)])
        .await
        .expect("delete");
    assert!(titles(engine.search(all).await.expect("search")).is_empty());
}

sala_tests::on_both_databases!(
    with_the_search_server_unreachable_writes_succeed_and_searches_say_unavailable
);

/// Meilisearch configured but down: nothing a citizen writes is refused or lost; searches
/// answer 503 with a problem, and the waiting work shows in the readiness report.
async fn with_the_search_server_unreachable_writes_succeed_and_searches_say_unavailable(
    backend: Backend,
) {
    let closed_port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port();
    let url = format!("http://127.0.0.1:{closed_port}");
    let app = spawn_app_with(backend, &[("SALA_SEARCH_URL", &url)]).await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ทางม้าลาย crosswalk",
        "หน้าโรงเรียนอนุบาล",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    app.put(
        &format!("/api/v1/proposals/{pid}/vote"),
        Some(&w.moderator.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect(200);
    app.get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200);
    app.get("/api/v1/search?q=crosswalk", None)
        .await
        .expect_problem(503, "unavailable");
    let ready = app.get("/health/ready", None).await.expect(200);
    assert_eq!(ready["status"], "ok");
    assert!(ready["search_pending"].as_u64() >= Some(2), "{ready}");
}

/// `sala demo` loads rows in bulk; they reach the index like any other write.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_data_becomes_searchable() {
    let app = sala_tests::spawn_app(Backend::Sqlite).await;
    let summary = sala::demo::load(&app.db, &app.settings)
        .await
        .expect("demo loads")
        .expect("a fresh database");
    let documents = summary.consultations + summary.proposals + summary.comments;
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let ready = app.get("/health/ready", None).await.expect(200);
        if ready["search_pending"] == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{ready}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let page = search(&app, None, "q=ชุมชน ").await;
    assert!(page["total"].as_u64() > Some(10), "{page}");
    let everything = search(&app, None, "").await;
    assert!(everything["total"].as_u64() <= Some(documents as u64));
    assert!(everything["total"].as_u64() > Some(summary.proposals as u64 / 2));
}

/// An engine of the test's own on the application's index, as another program touching the
/// index behind Sala's back would be.
fn engine_beside(app: &TestApp, which: &Which) -> Engine {
    match which {
        Which::Embedded => Engine::Embedded(Arc::new(
            EmbeddedEngine::open(&app.settings.search_dir).expect("open index"),
        )),
        Which::Meili(server) => Engine::Meili(Arc::new(
            MeiliEngine::new(&server.url, None, &app.settings.search_index).expect("client"),
        )),
    }
}

fn ids_of(page: &Value) -> std::collections::BTreeSet<String> {
    hit_ids(page).into_iter().collect()
}

/// A document deleted from the index, a hidden one planted back as visible (claiming a newer
/// version than the database's), and one the database never had: the reconciliation job finds
/// all three and the index heals, with no one running `sala reindex`.
async fn an_index_that_drifted_from_the_database_heals_itself(backend: Backend, which: Which) {
    let app = spawn(backend, &which, &[("SALA_RUN_WORKERS", "false")]).await;
    let w = world(&app).await;
    let kept = propose(
        &app,
        &w,
        "ห้องสมุดชุมชน library",
        "หนังสือ",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let deleted = propose(
        &app,
        &w,
        "ห้องสมุดเคลื่อนที่ mobile library",
        "รถ",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let hidden = propose(
        &app,
        &w,
        "ห้องสมุดออนไลน์ online library",
        "เว็บ",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    app.post(
        "/api/v1/moderation/actions",
        Some(&w.moderator.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": hidden, "reason": "spam"}),
    )
    .await
    .expect(201);

    // Indexed as the database says.
    let engine = engine_beside(&app, &which);
    while indexer::step(&app.db, &engine).await.expect("index") > 0 {}
    let expected: std::collections::BTreeSet<String> =
        [kept.clone(), deleted.clone()].into_iter().collect();
    let healthy = search_until(&app, None, "q=library", |p| ids_of(p) == expected).await;
    assert_eq!(healthy["total"], 2);

    // Drift, behind Sala's back.
    let consultation = Uuid::parse_str(&w.cid).expect("uuid");
    let deleted_id = Uuid::parse_str(&deleted).expect("uuid");
    let hidden_id = Uuid::parse_str(&hidden).expect("uuid");
    let stranger = Uuid::now_v7();
    engine
        .apply(
            vec![
                doc("ห้องสมุดออนไลน์ online library", 999, hidden_id, consultation),
                doc("ห้องสมุดแปลกปลอม planted library", 1, stranger, consultation),
            ],
            vec![DocType::Proposal.key(deleted_id)],
        )
        .await
        .expect("drift");
    let drifted: std::collections::BTreeSet<String> =
        [kept.clone(), hidden.clone(), stranger.to_string()]
            .into_iter()
            .collect();
    search_until(&app, None, "q=library", |p| ids_of(p) == drifted).await;
    drop(engine);

    // A worker process with the reconciliation job heals it.
    let worker = app
        .spawn_sibling_with(|s| {
            s.run_workers = true;
            s.search_reconcile_secs = 1;
        })
        .await;
    let healed = search_until(&worker, None, "q=library", |p| ids_of(p) == expected).await;
    assert_eq!(healed["total"], 2, "{healed:#}");
    // The repairs are counted for the operator (the counters are shared by every test server
    // in this process, so only their presence is asserted).
    let Value::String(metrics) = worker.get("/metrics", None).await.body else {
        panic!("metrics are text");
    };
    for kind in ["missing", "stale", "orphaned"] {
        assert!(
            metrics.lines().any(|l| l.starts_with(&format!(
                "sala_search_drift_repaired_total{{kind=\"{kind}\"}}"
            )) && !l.ends_with(" 0")),
            "{kind}: {metrics}"
        );
    }
}

/// Sala needs no master key at run time: `sala search-key` turns the operator's master key
/// into a key that opens Sala's own index and its rebuilds, and Sala indexes, searches and
/// rebuilds with it while it opens nothing else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sala_runs_on_a_key_that_opens_only_its_own_index() {
    let master = "a master key only the operator holds";
    let Some(server) = start_meili(Some(master)).await else {
        return;
    };
    let index = format!("sala_test_{}", Uuid::now_v7().simple());

    // The operator's one step, done twice: the same key both times.
    let data = tempfile::tempdir().expect("data folder");
    let search_key = || {
        let out = std::process::Command::new(sala_tests::sala_binary())
            .arg("search-key")
            .env_clear()
            .env("SALA_DATA_DIR", data.path())
            .env("SALA_SEARCH_URL", &server.url)
            .env("SALA_SEARCH_INDEX", &index)
            .env("MEILI_MASTER_KEY", master)
            .output()
            .expect("run sala search-key");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .expect("utf-8")
            .trim()
            .to_owned()
    };
    let key = search_key();
    assert!(!key.is_empty() && key != master);
    assert_eq!(search_key(), key);

    // Sala indexes and searches with it …
    let app = spawn_app_with(
        Backend::Sqlite,
        &[
            ("SALA_SEARCH_URL", &server.url),
            ("SALA_SEARCH_INDEX", &index),
            ("SALA_SEARCH_KEY", &key),
        ],
    )
    .await;
    let w = world(&app).await;
    let pid = propose(
        &app,
        &w,
        "ห้องสมุดชุมชน library",
        "หนังสือ",
        "ยุติธรรมชุมชน",
        "ภูเก็ต",
    )
    .await;
    let found = indexed(&app, "q=library", 1).await;
    assert_eq!(hit_ids(&found), vec![pid.clone()]);
    // … and rebuilds beside the live index, then swaps it in.
    let engine = Engine::Meili(Arc::new(
        MeiliEngine::new(&server.url, Some(&key), &index).expect("client"),
    ));
    let rebuilt = indexer::rebuild(&app.db, &engine, &app.settings.search_dir, |_, _| {})
        .await
        .expect("rebuild with the restricted key");
    assert!(rebuilt.documents >= 2, "{rebuilt:?}");
    assert_eq!(hit_ids(&indexed(&app, "q=library", 1).await), vec![pid]);

    // Nothing else opens with it: not the keys, not another index.
    let http = reqwest::Client::new();
    let key = key.as_str();
    let status = |request: reqwest::RequestBuilder| async move {
        request
            .bearer_auth(key)
            .send()
            .await
            .expect("meilisearch answers")
            .status()
            .as_u16()
    };
    assert_eq!(status(http.get(format!("{}/keys", server.url))).await, 403);
    assert_eq!(
        status(
            http.post(format!("{}/indexes", server.url))
                .json(&json!({"uid": "elsewhere"}))
        )
        .await,
        403
    );
    http.post(format!("{}/indexes", server.url))
        .bearer_auth(master)
        .json(&json!({"uid": "someone_elses"}))
        .send()
        .await
        .expect("create with the master key");
    assert_eq!(
        status(
            http.post(format!("{}/indexes/someone_elses/search", server.url))
                .json(&json!({"q": ""}))
        )
        .await,
        403
    );
}
