//! The `sala` command as an operator uses it: help, configuration errors, bootstrapping an
//! administrator, and the demo data set.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use sala::db::Db;
use sala::domain::accounts::{self, Role};
use sea_orm::{ConnectionTrait, Statement};

fn sala(data_dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sala"));
    command
        .args(args)
        .env("SALA_DATA_DIR", data_dir)
        .env("SALA_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("sala starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    child.wait_with_output().expect("sala finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

async fn open(data_dir: &Path) -> Db {
    Db::connect(
        &format!("sqlite://{}?mode=rwc", data_dir.join("sala.db").display()),
        2,
    )
    .await
    .expect("database")
}

#[test]
fn every_command_has_help() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["demo", "--help"],
        &["user", "create", "--help"],
        &["migrate", "--help"],
    ] {
        let out = sala(dir.path(), args, "", &[]);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Usage"), "{args:?}");
    }
}

#[test]
fn a_bad_setting_stops_the_program_with_one_line_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = sala(
        dir.path(),
        &["serve"],
        "",
        &[("SALA_BIND", "not-an-address")],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("SALA_BIND"), "{stderr}");
    let out = sala(dir.path(), &["serve"], "", &[("SALA_MODE", "production")]);
    assert!(
        text(&out.stderr).contains("SALA_JWT_SECRET"),
        "production needs a secret"
    );
}

#[tokio::test]
async fn an_operator_bootstraps_an_administrator_and_changes_roles() {
    let dir = tempfile::tempdir().unwrap();
    let out = sala(
        dir.path(),
        &[
            "user",
            "create",
            "--email",
            "Root@Example.org",
            "--role",
            "admin",
            "--name",
            "ผู้ดูแล",
        ],
        "a strong admin password\n",
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("root@example.org"));
    let out = sala(
        dir.path(),
        &["user", "create", "--email", "root@example.org"],
        "another password!\n",
        &[],
    );
    assert!(!out.status.success(), "the same email twice is refused");
    let out = sala(
        dir.path(),
        &["user", "create", "--email", "weak@example.org"],
        "short\n",
        &[],
    );
    assert!(
        !out.status.success() && text(&out.stderr).contains("password"),
        "a short password is refused"
    );

    let out = sala(
        dir.path(),
        &[
            "user",
            "role",
            "--email",
            "root@example.org",
            "--role",
            "moderator",
        ],
        "",
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = sala(
        dir.path(),
        &[
            "user",
            "role",
            "--email",
            "root@example.org",
            "--role",
            "emperor",
        ],
        "",
        &[],
    );
    assert!(!out.status.success());

    let db = open(dir.path()).await;
    let account = accounts::find_by_email(db.reader(), "root@example.org")
        .await
        .unwrap()
        .expect("account exists");
    assert_eq!(account.role, Role::Moderator);
    assert!(account.verified_at.is_some());
    assert!(accounts::find_by_email(db.reader(), "weak@example.org")
        .await
        .unwrap()
        .is_none());
}

#[tokio::test]
async fn the_demo_loads_once_with_counters_that_equal_a_recount_and_is_refused_in_production() {
    let dir = tempfile::tempdir().unwrap();
    let out = sala(dir.path(), &["demo"], "", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .lines()
            .last()
            .unwrap_or_default()
            .starts_with("demo: loaded 3 consultations"),
        "{stderr}"
    );

    let db = open(dir.path()).await;
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            let row = db
                .reader()
                .query_one_raw(Statement::from_string(db.backend(), sql))
                .await
                .unwrap()
                .unwrap();
            row.try_get_by_index::<i64>(0).unwrap()
        }
    };
    assert!(count("SELECT COUNT(*) FROM proposals").await >= 200);
    assert!(count("SELECT COUNT(*) FROM users").await >= 300);
    assert!(count("SELECT COUNT(*) FROM votes").await >= 1000);
    assert!(
        count("SELECT COUNT(*) FROM comments WHERE parent_id IS NOT NULL").await > 0,
        "threads have replies"
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM consultations WHERE phase = 'ideation'")
            .await
            .min(1),
        1,
        "one is open for proposals"
    );
    let mismatched = count(
        "SELECT COUNT(*) FROM proposals p WHERE p.agree_count <> (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id AND v.value = 1) \
         OR p.disagree_count <> (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id AND v.value = -1) \
         OR p.pass_count <> (SELECT COUNT(*) FROM votes v WHERE v.proposal_id = p.id AND v.value = 0) \
         OR p.comment_count <> (SELECT COUNT(*) FROM comments c WHERE c.proposal_id = p.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL)",
    )
    .await;
    assert_eq!(mismatched, 0, "every counter equals a recount");
    for role in ["citizen", "moderator", "valuator", "agency", "admin"] {
        assert!(
            accounts::find_by_email(db.reader(), &format!("{role}@demo.sala.in.th"))
                .await
                .unwrap()
                .is_some_and(|a| a.role.as_str() == role),
            "a {role} demo account"
        );
    }
    let proposals_before = count("SELECT COUNT(*) FROM proposals").await;

    let again = sala(dir.path(), &["demo"], "", &[]);
    assert!(again.status.success());
    assert!(text(&again.stderr).contains("already loaded"));
    assert_eq!(
        count("SELECT COUNT(*) FROM proposals").await,
        proposals_before,
        "nothing duplicated"
    );

    let other = tempfile::tempdir().unwrap();
    let refused = sala(
        other.path(),
        &["demo"],
        "",
        &[
            ("SALA_MODE", "production"),
            ("SALA_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ],
    );
    assert!(!refused.status.success());
    assert!(text(&refused.stderr).contains("production"));
}
