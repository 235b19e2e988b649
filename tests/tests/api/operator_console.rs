//! The operator's console, as an operator uses it on a running platform: `sala user create`
//! makes the first administrator and `sala user role` changes a role, through the same audited
//! use-cases as the API, so the audit log shows who was made what, by the console.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use sala_tests::{on_both_databases, sala_binary, spawn_app, Backend, TestApp, PASSWORD};
use serde_json::Value;

on_both_databases!(the_console_creates_accounts_and_changes_roles_with_an_audit_trail);

/// Runs `sala user <args>` against the application's database, with `stdin` as its input.
fn console(app: &TestApp, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(sala_binary())
        .arg("user")
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("SALA_DATABASE_URL", &app.settings.database_url)
        .env("SALA_DATA_DIR", app.data_dir.path())
        .env("SALA_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sala starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("password written");
    child.wait_with_output().expect("sala finishes")
}

async fn the_console_creates_accounts_and_changes_roles_with_an_audit_trail(backend: Backend) {
    let app = spawn_app(backend).await;
    let made = console(
        &app,
        &["create", "--email", "root@example.go.th", "--role", "admin"],
        &format!("{PASSWORD}\n"),
    );
    assert!(made.status.success(), "{made:?}");
    let admin = app.sign_in("root@example.go.th").await;
    let citizen = app.sign_up("somsri@example.org").await;

    let promoted = console(
        &app,
        &[
            "role",
            "--email",
            "somsri@example.org",
            "--role",
            "moderator",
        ],
        "",
    );
    assert!(promoted.status.success(), "{promoted:?}");
    let again = console(
        &app,
        &[
            "role",
            "--email",
            "somsri@example.org",
            "--role",
            "moderator",
        ],
        "",
    );
    assert!(!again.status.success(), "the same role twice is refused");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already has the moderator role"),
        "{again:?}"
    );
    let taken = console(
        &app,
        &[
            "create",
            "--email",
            "somsri@example.org",
            "--role",
            "agency",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert!(!taken.status.success(), "an address has one account");
    assert!(
        String::from_utf8_lossy(&taken.stderr).contains("already exists"),
        "{taken:?}"
    );

    let log = app
        .get("/api/v1/admin/audit-log?limit=100", Some(&admin.token))
        .await
        .expect(200);
    let rows: Vec<&Value> = log["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|row| row["action"] != "access.denied")
        .collect();
    let created: Vec<&&Value> = rows
        .iter()
        .filter(|row| row["action"] == "user.created")
        .collect();
    assert_eq!(created.len(), 1, "{rows:?}");
    assert_eq!(created[0]["target_id"], admin.id.to_string());
    assert_eq!(created[0]["after"]["role"], "admin");
    assert!(created[0]["actor"].is_null(), "made at the console");
    let changed: Vec<&&Value> = rows
        .iter()
        .filter(|row| row["action"] == "user.role_changed")
        .collect();
    assert_eq!(changed.len(), 1, "the refused change left no row: {rows:?}");
    assert_eq!(changed[0]["target_id"], citizen.id.to_string());
    assert_eq!(changed[0]["before"]["role"], "citizen");
    assert_eq!(changed[0]["after"]["role"], "moderator");
    assert!(changed[0]["actor"].is_null(), "changed at the console");
    let me = app
        .get(
            "/api/v1/me",
            Some(&app.sign_in("somsri@example.org").await.token),
        )
        .await
        .expect(200);
    assert_eq!(me["role"], "moderator");
}
