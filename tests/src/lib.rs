//! The test harness: starts the real Sala application on a random port against a fresh
//! database (a SQLite file, or a new PostgreSQL database), and talks to it over HTTP.

use std::path::PathBuf;
use std::sync::{Arc, Once};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use sala::app::Application;
use sala::config::Settings;
use sala::db::Db;
use serde_json::{json, Value};
use tempfile::TempDir;
use uuid::Uuid;

/// Which database a test runs against.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres { admin_url: String },
}

const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/postgres";

impl Backend {
    /// PostgreSQL when it is reachable. In CI (`CI` set) or with
    /// `SALA_TEST_REQUIRE_POSTGRES=1`, an unreachable server fails the test instead of skipping.
    pub async fn postgres() -> Option<Backend> {
        let admin_url =
            std::env::var("SALA_TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_PG.into());
        let required = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false")
            || std::env::var("SALA_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");
        match Db::connect(&admin_url, 1).await {
            Ok(db) => {
                let _ = db.close().await;
                Some(Backend::Postgres { admin_url })
            }
            Err(e) if required => {
                panic!("PostgreSQL is required but unreachable at {admin_url}: {e}")
            }
            Err(e) => {
                warn_once(&format!(
                    "SKIPPED: PostgreSQL tests (no server at {admin_url}: {e})"
                ));
                None
            }
        }
    }
}

fn warn_once(message: &str) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| eprintln!("\n*** {message} ***\n"));
}

/// Runs a scenario against SQLite and against PostgreSQL, as two tests.
#[macro_export]
macro_rules! on_both_databases {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_sqlite() {
                    super::$scenario($crate::Backend::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn on_postgres() {
                    if let Some(backend) = $crate::Backend::postgres().await {
                        super::$scenario(backend).await;
                    }
                }
            }
        )*
    };
}

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub settings: Settings,
    /// Shared with sibling servers (`spawn_sibling`); removed when the last one goes.
    pub data_dir: Arc<TempDir>,
    pg_database: Option<(String, String)>,
}

/// A response as a test sees it.
pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    /// Asserts the status, printing the body when it differs.
    pub fn expect(self, status: u16) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        self.body
    }

    /// Asserts an error: status, `application/problem+json`, and its stable code.
    pub fn expect_problem(self, status: u16, code: &str) -> Value {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        assert_eq!(
            self.content_type, "application/problem+json",
            "body: {}",
            self.body
        );
        assert_eq!(self.body["code"], code, "body: {}", self.body);
        assert_eq!(self.body["status"], status);
        self.body
    }
}

/// Rate limits high enough that no scenario meets them unless it sets its own: every test
/// signs up and acts from 127.0.0.1, far faster than people do.
const UNLIMITED: &str = "account=1000000,address=1000000";

/// Settings for a test application: port 0, a temporary data folder, quiet logs, and rate
/// limits out of the way; `overrides` (`SALA_*` pairs) come last.
pub fn test_settings(
    data_dir: &std::path::Path,
    database_url: Option<String>,
    overrides: &[(&str, &str)],
) -> Settings {
    let mut env = vec![
        ("SALA_BIND".to_owned(), "127.0.0.1:0".to_owned()),
        ("SALA_DATA_DIR".to_owned(), data_dir.display().to_string()),
        ("SALA_LOG".to_owned(), "error".to_owned()),
        ("SALA_DATABASE_MAX_CONNECTIONS".to_owned(), "8".to_owned()),
    ];
    for kind in [
        "VOTES",
        "PROPOSALS",
        "COMMENTS",
        "FLAGS",
        "REGISTRATIONS",
        "LOGINS",
        "PASSWORD_RESETS",
        "INVITATIONS",
        "DENIED_ATTEMPTS",
        "SURVEY_ANSWERS",
    ] {
        env.push((format!("SALA_RATE_LIMIT_{kind}"), UNLIMITED.to_owned()));
    }
    if let Some(url) = database_url {
        env.push(("SALA_DATABASE_URL".to_owned(), url));
    }
    env.extend(
        overrides
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    Settings::load_from(None, &env).expect("test settings are valid")
}

/// Creates a fresh PostgreSQL database and returns its URL and name.
pub async fn fresh_postgres_database(admin_url: &str) -> (String, String) {
    let name = format!("sala_test_{}", Uuid::now_v7().simple());
    let admin = Db::connect(admin_url, 1)
        .await
        .expect("connect to PostgreSQL");
    use sea_orm::ConnectionTrait;
    admin
        .reader()
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    let _ = admin.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(admin_url);
    (format!("{base}/{name}"), name)
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

/// Starts the application with some settings changed (`SALA_*` pairs).
pub async fn spawn_app_with(backend: Backend, overrides: &[(&str, &str)]) -> TestApp {
    sala::telemetry::init("error", sala::config::LogFormat::Pretty);
    let data_dir = tempfile::tempdir().expect("temporary folder");
    let (database_url, pg_database) = match &backend {
        Backend::Sqlite => (None, None),
        Backend::Postgres { admin_url } => {
            let (url, name) = fresh_postgres_database(admin_url).await;
            (Some(url), Some((admin_url.clone(), name)))
        }
    };
    let settings = test_settings(data_dir.path(), database_url, overrides);
    let address = start(&settings).await;
    let db = Db::connect(&settings.database_url, 2)
        .await
        .expect("test connection");
    TestApp {
        address,
        client: client(),
        db,
        settings,
        data_dir: Arc::new(data_dir),
        pg_database,
    }
}

async fn start(settings: &Settings) -> String {
    let app = Application::build(settings.clone())
        .await
        .expect("application starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    address
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        // The server closes a connection left idle for 5 s (actix-web's keep-alive); dropping
        // idle ones sooner keeps a request from being sent on one the server is closing.
        .pool_idle_timeout(Duration::from_secs(3))
        .build()
        .expect("client")
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.pg_database.take() else {
            return;
        };
        // Drop the database from a thread of its own: Drop cannot await.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(admin) = Db::connect(&admin_url, 1).await {
                    use sea_orm::ConnectionTrait;
                    let _ = admin
                        .reader()
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

/// A signed-in person, as a client holds them.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: Uuid,
    pub email: String,
    pub password: String,
    pub token: String,
    pub refresh_token: String,
}

pub const PASSWORD: &str = "a long enough password";

/// The agreement a sign-up sends: the versions of the privacy notice and the terms of use in
/// force on a fresh database (the first of each).
pub fn consent() -> Value {
    json!({"privacy": 1, "terms": 1})
}

impl TestApp {
    /// A second server process on the same database and settings, as when several API
    /// replicas run behind a load balancer. The database outlives it only with `self`.
    pub async fn spawn_sibling(&self) -> TestApp {
        TestApp {
            address: start(&self.settings).await,
            client: client(),
            db: self.db.clone(),
            settings: self.settings.clone(),
            data_dir: Arc::clone(&self.data_dir),
            pg_database: None,
        }
    }

    /// Another server process on the same database and data folder, with its settings
    /// changed by `change` (say, to run the background workers this one does not run).
    pub async fn spawn_sibling_with(&self, change: impl FnOnce(&mut Settings)) -> TestApp {
        let mut settings = self.settings.clone();
        change(&mut settings);
        TestApp {
            address: start(&settings).await,
            client: client(),
            db: self.db.clone(),
            settings,
            data_dir: Arc::clone(&self.data_dir),
            pg_database: None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Sends a request with an optional bearer token and JSON body.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Reply {
        self.call_with_headers(method, path, token, body, &[]).await
    }

    /// Like `call`, with extra request headers (`X-Forwarded-For`, say).
    pub async fn call_with_headers(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut request = self.client.request(method, self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let text = response.text().await.expect("body read");
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        Reply {
            status,
            content_type,
            headers,
            body,
        }
    }

    /// Sends `bytes` as the raw request body with its `Content-Type`, as a file upload.
    pub async fn upload(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        bytes: Vec<u8>,
    ) -> Reply {
        let mut request = self
            .client
            .post(self.url(path))
            .header(reqwest::header::CONTENT_TYPE, content_type)
            .body(bytes);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let text = response.text().await.expect("body read");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        Reply {
            status,
            content_type,
            headers,
            body,
        }
    }

    /// A GET whose answer is a file: its status, headers and bytes.
    pub async fn download(
        &self,
        path: &str,
        token: Option<&str>,
    ) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
        let mut request = self.client.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body read").to_vec();
        (status, headers, bytes)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        self.call(Method::GET, path, token, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.call(Method::POST, path, token, Some(body)).await
    }

    pub async fn put(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.call(Method::PUT, path, token, Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.call(Method::PATCH, path, token, Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: Option<&str>) -> Reply {
        self.call(Method::DELETE, path, token, None).await
    }

    /// The mail folder of the file transport.
    pub fn mail_dir(&self) -> PathBuf {
        self.settings.mail_dir.clone()
    }

    /// Waits until a message to `to` whose text contains `needle` arrives; returns its headers
    /// and decoded plain-text part.
    pub async fn wait_for_mail(&self, to: &str, needle: &str) -> Mail {
        for _ in 0..100 {
            if let Some(mail) = self
                .mails_to(to)
                .into_iter()
                .find(|m| m.text.contains(needle))
            {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no mail to {to} containing {needle:?} arrived within 10 s");
    }

    /// Every message delivered to `to` so far.
    pub fn mails_to(&self, to: &str) -> Vec<Mail> {
        let Ok(entries) = std::fs::read_dir(self.mail_dir()) else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .filter_map(|e| std::fs::read(e.path()).ok())
            .filter_map(|raw| Mail::parse(&raw))
            .filter(|m| m.to.contains(to))
            .collect()
    }

    /// Registers through the API, verifies through the emailed link, and signs in.
    pub async fn sign_up(&self, email: &str) -> Person {
        self.post(
            "/api/v1/auth/register",
            None,
            &json!({"email": email, "password": PASSWORD, "display_name": format!("ผู้ใช้ {email}"), "consent": consent()}),
        )
        .await
        .expect(201);
        let mail = self.wait_for_mail(email, "verify-email#token=").await;
        let token = mail.link_token("verify-email#token=");
        self.post(
            "/api/v1/auth/verify-email",
            None,
            &json!({ "token": token }),
        )
        .await
        .expect(204);
        self.sign_in(email).await
    }

    pub async fn sign_in(&self, email: &str) -> Person {
        let session = self
            .post(
                "/api/v1/auth/login",
                None,
                &json!({"email": email, "password": PASSWORD}),
            )
            .await
            .expect(200);
        let token = session["access_token"]
            .as_str()
            .expect("access token")
            .to_owned();
        let me = self.get("/api/v1/me", Some(&token)).await.expect(200);
        Person {
            id: me["id"].as_str().and_then(|s| s.parse().ok()).expect("id"),
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            token,
            refresh_token: session["refresh_token"]
                .as_str()
                .expect("refresh token")
                .to_owned(),
        }
    }

    /// An account created the way an operator does (`sala user create`), then signed in.
    pub async fn operator_creates(
        &self,
        email: &str,
        role: sala::domain::accounts::Role,
    ) -> Person {
        let hash = sala::auth::password::hash_password(PASSWORD)
            .await
            .expect("hash");
        let txn = self.db.begin_write().await.expect("transaction");
        sala::domain::accounts::create_verified(
            &txn,
            sala::domain::accounts::VerifiedAccount {
                email,
                display_name: "Operator-made",
                password_hash: hash,
                role,
                locale: sala::domain::accounts::Locale::Th,
            },
        )
        .await
        .expect("account created");
        txn.commit().await.expect("commit");
        self.sign_in(email).await
    }

    /// Many verified citizens at once, created directly in the database (fast set-up for
    /// concurrency tests), each with a valid access token.
    pub async fn many_citizens(&self, n: usize) -> Vec<Person> {
        let hash = sala::auth::password::hash_password(PASSWORD)
            .await
            .expect("hash");
        let tokens = sala::auth::AccessTokens::new(
            &sala::auth::jwt_secret(&self.settings).expect("secret"),
            900,
        )
        .expect("keys");
        let txn = self.db.begin_write().await.expect("transaction");
        let mut people = Vec::with_capacity(n);
        for i in 0..n {
            let email = format!("voter{i}@example.org");
            let account = sala::domain::accounts::create_verified(
                &txn,
                sala::domain::accounts::VerifiedAccount {
                    email: &email,
                    display_name: &format!("Voter {i}"),
                    password_hash: hash.clone(),
                    role: sala::domain::accounts::Role::Citizen,
                    locale: sala::domain::accounts::Locale::Th,
                },
            )
            .await
            .expect("voter created");
            let session_id = sala::domain::sessions::open(&txn, account.id)
                .await
                .expect("session opened");
            let (token, _) = tokens.issue(account.id, session_id).expect("token");
            people.push(Person {
                id: account.id,
                email,
                password: PASSWORD.to_owned(),
                token,
                refresh_token: String::new(),
            });
        }
        txn.commit().await.expect("commit");
        people
    }

    /// Makes an account look `days` old, as if it had been created that long ago.
    pub async fn age_account(&self, id: Uuid, days: i64) {
        use sala::db::entities::users;
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let txn = self.db.begin_write().await.expect("transaction");
        users::Entity::update_many()
            .col_expr(
                users::Column::CreatedAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::days(days)),
            )
            .filter(users::Column::Id.eq(id))
            .exec(&txn)
            .await
            .expect("account aged");
        txn.commit().await.expect("commit");
    }

    /// An administrator creates a consultation in `phase`; returns its JSON.
    pub async fn consultation(&self, admin: &Person, phase: &str) -> Value {
        self.post(
            "/api/v1/consultations",
            Some(&admin.token),
            &json!({
                "title": "ยุทธศาสตร์ยุติธรรมจังหวัด 2570",
                "summary": "ร่วมเสนอแนวทางยุติธรรมชุมชนในสี่จังหวัดนำร่อง",
                "body": "## ที่มา\nกระทรวงยุติธรรมเปิดรับฟังความคิดเห็น",
                "phase": phase,
                "themes": ["การเข้าถึงความยุติธรรม", "ยุติธรรมชุมชน"],
                "provinces": ["สุโขทัย", "นครพนม", "ภูเก็ต", "ราชบุรี"],
            }),
        )
        .await
        .expect(201)
    }

    /// A citizen submits a proposal; returns its JSON.
    pub async fn proposal(&self, author: &Person, consultation_id: &str, title: &str) -> Value {
        self.post(
            &format!("/api/v1/consultations/{consultation_id}/proposals"),
            Some(&author.token),
            &json!({"title": title, "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ", "theme": "ยุติธรรมชุมชน", "province": "ภูเก็ต"}),
        )
        .await
        .expect(201)
    }

    /// `who` votes `value` (`agree`, `disagree`, `pass`) on a proposal.
    pub async fn vote(&self, who: &Person, proposal: &str, value: &str) {
        self.put(
            &format!("/api/v1/proposals/{proposal}/vote"),
            Some(&who.token),
            &json!({ "value": value }),
        )
        .await
        .expect(200);
    }

    /// An organisation of `kind` made directly in the database, with its members and their
    /// roles (`owner`, `representative`, `member`); returns its id.
    pub async fn organization(&self, slug: &str, kind: &str, members: &[(&Person, &str)]) -> Uuid {
        let txn = self.db.begin_write().await.expect("transaction");
        let org = sala::domain::organizations::create(&txn, slug, &format!("องค์กร {slug}"), kind)
            .await
            .expect("organization");
        for (person, role) in members {
            sala::domain::organizations::add_member(&txn, org.id, person.id, role)
                .await
                .expect("member");
        }
        txn.commit().await.expect("commit");
        org.id
    }

    /// Adds cells to a consultation's responsibility map, as an administrator through the
    /// API: `(theme, province, organisation)`, `None` for any.
    pub async fn add_responsibilities(
        &self,
        admin: &Person,
        consultation: &str,
        cells: &[(Option<&str>, Option<&str>, Uuid)],
    ) -> Value {
        let path = format!("/api/v1/consultations/{consultation}/responsibilities");
        let current = self.get(&path, Some(&admin.token)).await.expect(200);
        let mut items = current["items"].as_array().cloned().unwrap_or_default();
        for (theme, province, org) in cells {
            items.push(json!({"theme": theme, "province": province, "organization_id": org}));
        }
        self.put(&path, Some(&admin.token), &json!({ "items": items }))
            .await
            .expect(200)
    }

    /// Records that `proposal`'s answer clock started `days_ago` days ago, due 30 days after:
    /// how a test reaches a deadline in the past, which no request can set.
    pub async fn clock_started(&self, consultation: &str, proposal: &str, days_ago: i64) {
        use sala::db::entities::answer_clocks;
        use sea_orm::{ActiveModelTrait, Set};
        let started = sala::clock::now() - chrono::Duration::days(days_ago);
        answer_clocks::ActiveModel {
            proposal_id: Set(Uuid::parse_str(proposal).expect("uuid")),
            consultation_id: Set(Uuid::parse_str(consultation).expect("uuid")),
            reason: Set("review_started".into()),
            started_at: Set(started),
            due_at: Set(started + chrono::Duration::days(30)),
            answer_due_days: Set(30),
            support_threshold: Set(0),
            agree_count: Set(0),
        }
        .insert(self.db.writer())
        .await
        .expect("clock inserted");
    }

    /// Makes `person` the representative of a new agency answering for the whole
    /// consultation (a catch-all cell of its map); returns the agency's id.
    pub async fn responsible_agency(
        &self,
        admin: &Person,
        consultation: &str,
        person: &Person,
    ) -> Uuid {
        let slug = format!("agency-{}", &person.id.simple().to_string()[..12]);
        let org = match self.existing_organization(&slug).await {
            Some(org) => org,
            None => {
                self.organization(&slug, "agency", &[(person, "representative")])
                    .await
            }
        };
        self.add_responsibilities(admin, consultation, &[(None, None, org)])
            .await;
        org
    }

    async fn existing_organization(&self, slug: &str) -> Option<Uuid> {
        use sala::db::entities::organizations;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        organizations::Entity::find()
            .filter(organizations::Column::Slug.eq(slug))
            .one(self.db.reader())
            .await
            .expect("organization read")
            .map(|o| o.id)
    }

    /// Moves a consultation to another phase as an administrator.
    pub async fn set_phase(&self, admin: &Person, consultation_id: &str, phase: &str) {
        self.patch(
            &format!("/api/v1/consultations/{consultation_id}"),
            Some(&admin.token),
            &json!({ "phase": phase }),
        )
        .await
        .expect(200);
    }
}

/// A delivered message, decoded.
#[derive(Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
    pub text: String,
    pub html: String,
}

impl Mail {
    pub fn parse(raw: &[u8]) -> Option<Mail> {
        use mailparse::MailHeaderMap;
        let parsed = mailparse::parse_mail(raw).ok()?;
        let header = |name: &str| parsed.headers.get_first_value(name).unwrap_or_default();
        let mut text = String::new();
        let mut html = String::new();
        for part in parsed.subparts.iter().chain(std::iter::once(&parsed)) {
            let body = part.get_body().unwrap_or_default();
            match part.ctype.mimetype.as_str() {
                "text/plain" => text = body,
                "text/html" => html = body,
                _ => {}
            }
        }
        Some(Mail {
            to: header("To"),
            subject: header("Subject"),
            message_id: header("Message-ID"),
            list_unsubscribe: header("List-Unsubscribe"),
            list_unsubscribe_post: header("List-Unsubscribe-Post"),
            text,
            html,
        })
    }

    /// The token that follows `marker` in the plain-text part.
    pub fn link_token(&self, marker: &str) -> String {
        let start = self.text.find(marker).expect("link in mail") + marker.len();
        self.text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }
}

/// A real SMTP server (aiosmtpd, from PyPI) that keeps every message it accepts as a file.
pub struct SmtpServer {
    pub port: u16,
    pub dir: TempDir,
    child: Option<std::process::Child>,
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl SmtpServer {
    pub async fn start() -> SmtpServer {
        let mut server = SmtpServer {
            port: free_port(),
            dir: tempfile::tempdir().expect("mail folder"),
            child: None,
        };
        server.resume().await;
        server
    }

    /// `smtp://127.0.0.1:<port>`, for `SALA_SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts (again) on the same port and folder.
    pub async fn resume(&mut self) {
        use std::io::BufRead;
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/support/smtp_server.py");
        let mut child = std::process::Command::new("python3")
            .args([
                script,
                &self.port.to_string(),
                &self.dir.path().display().to_string(),
            ])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("python3 runs the test SMTP server");
        let stdout = child.stdout.take().expect("server output");
        let ready = tokio::task::spawn_blocking(move || {
            std::io::BufReader::new(stdout)
                .lines()
                .next()
                .map(|l| l.unwrap_or_default())
        })
        .await
        .expect("reading the server's first line");
        assert_eq!(
            ready.as_deref(),
            Some("ready"),
            "the test SMTP server did not start: is aiosmtpd installed (pip install aiosmtpd)?"
        );
        self.child = Some(child);
    }

    /// Stops the server: connections are refused until `resume`.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far.
    pub fn messages(&self) -> Vec<Mail> {
        let mut paths: Vec<_> = std::fs::read_dir(self.dir.path())
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        paths
            .into_iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|raw| Mail::parse(&raw))
            .collect()
    }

    /// The recipients (local parts) whose message the server is holding without an answer.
    pub fn stalled(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path())
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "stalled"))
                    .filter_map(|p| std::fs::read_to_string(p).ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How many messages the server is reading or answering right now.
    pub fn receiving(&self) -> usize {
        std::fs::read_dir(self.dir.path())
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter(|e| e.path().extension().is_some_and(|x| x == "receiving"))
                    .count()
            })
            .unwrap_or_default()
    }

    /// Waits until at least `n` messages arrived (at most `secs` seconds).
    pub async fn wait_for(&self, n: usize, secs: u64) -> Vec<Mail> {
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let messages = self.messages();
            if messages.len() >= n || std::time::Instant::now() > deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The binary under test: `SALA_BIN`, or the `sala` that `cargo test --workspace` builds
/// beside the test (`target/<profile>/sala`).
pub fn sala_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("SALA_BIN") {
        return PathBuf::from(path);
    }
    let test_exe = std::env::current_exe().expect("the test knows where it runs from");
    let profile_dir = test_exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test runs from target/<profile>/deps");
    let binary = profile_dir.join(format!("sala{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.is_file(),
        "no sala binary at {}: run `cargo build -p sala` (cargo test --workspace builds it) \
         or set SALA_BIN",
        binary.display()
    );
    binary
}

/// Starts a Meilisearch server from `binary` on `port`, keeping its data in `dir`, protected
/// by `master_key` when given; the caller waits until it answers.
pub fn spawn_meilisearch(
    binary: &std::path::Path,
    port: u16,
    dir: &std::path::Path,
    master_key: Option<&str>,
) -> std::io::Result<std::process::Child> {
    let mut command = std::process::Command::new(binary);
    if let Some(key) = master_key {
        command.arg("--master-key").arg(key);
    }
    command
        .arg("--db-path")
        .arg(dir.join("data.ms"))
        .arg("--http-addr")
        .arg(format!("127.0.0.1:{port}"))
        .arg("--no-analytics")
        .current_dir(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
}
