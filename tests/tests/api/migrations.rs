//! Migrations go up, down and up again on both databases.

use sala::db::Db;
use sala_tests::{fresh_postgres_database, on_both_databases, Backend};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::Value;

on_both_databases!(migrations_go_up_down_and_up_again);

async fn table_count(db: &Db) -> i64 {
    let sql = match db.backend() {
        sea_orm::DbBackend::Sqlite => "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'",
        _ => "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'seaql_migrations'",
    };
    let row = db
        .reader()
        .query_one_raw(Statement::from_string(db.backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

async fn migrations_go_up_down_and_up_again(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let url = match &backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display()),
        Backend::Postgres { admin_url } => fresh_postgres_database(admin_url).await.0,
    };
    let db = Db::connect(&url, 2).await.unwrap();
    db.migrate().await.unwrap();
    let tables = table_count(&db).await;
    assert!(tables >= 13, "all tables created: {tables}");
    db.migrate_down(None).await.unwrap();
    assert_eq!(table_count(&db).await, 0, "down removes every table");
    db.migrate().await.unwrap();
    assert_eq!(table_count(&db).await, tables);
    db.migrate().await.unwrap();
    assert_eq!(table_count(&db).await, tables, "applying again is a no-op");
    db.close().await.unwrap();
}

on_both_databases!(
    processes_migrating_a_fresh_database_at_the_same_moment_apply_one_set,
    a_database_one_release_ahead_still_lets_the_binary_start,
    check_mode_refuses_an_unmigrated_database_with_a_clear_message,
);

/// A fresh, empty database of the given kind, and the folder a SQLite one lives in.
async fn fresh_database(backend: &Backend) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display()),
        Backend::Postgres { admin_url } => fresh_postgres_database(admin_url).await.0,
    };
    (url, dir)
}

async fn recorded_migrations(db: &Db) -> Vec<String> {
    db.reader()
        .query_all_raw(Statement::from_string(
            db.backend(),
            "SELECT version FROM seaql_migrations ORDER BY version",
        ))
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.try_get::<String>("", "version").unwrap())
        .collect()
}

async fn processes_migrating_a_fresh_database_at_the_same_moment_apply_one_set(backend: Backend) {
    let (url, _dir) = fresh_database(&backend).await;
    let mut processes = Vec::new();
    for _ in 0..4 {
        processes.push(Db::connect(&url, 2).await.unwrap());
    }
    let reports = futures_util::future::join_all(processes.iter().map(|db| db.migrate())).await;

    let known = sala::db::schema::known_migrations();
    let mut applied_by = 0;
    for report in reports {
        let report = report.expect("every process starts");
        assert!(report.newer.is_empty());
        if !report.applied.is_empty() {
            assert_eq!(report.applied, known, "one process applies the whole set");
            applied_by += 1;
        }
    }
    assert_eq!(applied_by, 1, "exactly one process applied the migrations");
    let mut sorted = known.clone();
    sorted.sort();
    assert_eq!(recorded_migrations(&processes[0]).await, sorted);
    assert!(table_count(&processes[0]).await >= 13);
    for db in processes {
        db.close().await.unwrap();
    }
}

async fn a_database_one_release_ahead_still_lets_the_binary_start(backend: Backend) {
    let (url, dir) = fresh_database(&backend).await;
    let db = Db::connect(&url, 2).await.unwrap();
    db.migrate().await.unwrap();
    // What the next release's `sala migrate` leaves behind: a migration this binary lacks.
    let future = "m20991231_000000_add_something_new";
    db.writer()
        .execute_unprepared(&format!(
            "INSERT INTO seaql_migrations (version, applied_at) VALUES ('{future}', 0)"
        ))
        .await
        .unwrap();

    for mode in ["apply", "check"] {
        let report = db
            .prepare_schema(mode.parse::<sala::config::MigrationMode>().unwrap())
            .await
            .unwrap_or_else(|e| panic!("{mode}: {e}"));
        assert_eq!(report.newer, [future], "{mode}");
        assert!(report.applied.is_empty(), "{mode}");

        let settings = sala_tests::test_settings(
            dir.path(),
            Some(url.clone()),
            &[("SALA_MIGRATIONS", mode), ("SALA_RUN_WORKERS", "false")],
        );
        let app = sala::app::Application::build(settings)
            .await
            .unwrap_or_else(|e| panic!("the older binary starts with SALA_MIGRATIONS={mode}: {e}"));
        let address = format!("http://127.0.0.1:{}/health/ready", app.port());
        tokio::spawn(app.run_until_stopped());
        let ready = reqwest::get(&address).await.unwrap();
        assert_eq!(ready.status().as_u16(), 200, "{mode}");
    }
    db.close().await.unwrap();
}

async fn check_mode_refuses_an_unmigrated_database_with_a_clear_message(backend: Backend) {
    let (url, dir) = fresh_database(&backend).await;
    let settings = sala_tests::test_settings(
        dir.path(),
        Some(url.clone()),
        &[("SALA_MIGRATIONS", "check")],
    );
    let error = match sala::app::Application::build(settings).await {
        Ok(_) => panic!("an unmigrated database is refused in check mode"),
        Err(error) => format!("{error:#}"),
    };
    assert!(
        error.contains("SALA_MIGRATIONS=check")
            && error.contains("lacks")
            && error.contains("sala migrate"),
        "{error}"
    );
    assert!(!error.contains('\n'), "one line: {error}");

    let db = Db::connect(&url, 2).await.unwrap();
    assert_eq!(table_count(&db).await, 0, "check created nothing");
    db.migrate().await.unwrap();
    assert!(
        db.check_schema().await.is_ok(),
        "after `sala migrate` it starts"
    );
    db.close().await.unwrap();
}

on_both_databases!(a_proposal_names_only_real_organisations_and_forgets_one_that_goes);

/// The foreign keys from `proposals` to `organizations` (constraints on PostgreSQL, triggers
/// on SQLite): a reference to no organisation is refused, and deleting an organisation
/// clears the proposals' references to it, keeping the proposals.
async fn a_proposal_names_only_real_organisations_and_forgets_one_that_goes(backend: Backend) {
    use sala::db::entities::{organizations, proposals};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = sala_tests::spawn_app(backend).await;
    let admin = app
        .operator_creates("admin@example.org", sala::domain::accounts::Role::Admin)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;
    let office = app.organization("phuket-office", "agency", &[]).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let c = consultation["id"].as_str().unwrap();
    app.add_responsibilities(&admin, c, &[(None, None, office)])
        .await;
    let proposal = app.proposal(&citizen, c, "อาสาสมัครยุติธรรมชุมชน").await;
    let id = uuid::Uuid::parse_str(proposal["id"].as_str().unwrap()).unwrap();
    assert_eq!(proposal["responsible_organization_id"], office.to_string());
    let set = |column: proposals::Column, org: uuid::Uuid| {
        proposals::Entity::update_many()
            .col_expr(column, Expr::value(org))
            .filter(proposals::Column::Id.eq(id))
            .exec(app.db.writer())
    };

    for column in [
        proposals::Column::ResponsibleOrganizationId,
        proposals::Column::AnsweringOrganizationId,
    ] {
        assert!(
            set(column, uuid::Uuid::now_v7()).await.is_err(),
            "{column:?} names no organisation"
        );
    }
    set(proposals::Column::AnsweringOrganizationId, office)
        .await
        .expect("a real organisation");

    organizations::Entity::delete_by_id(office)
        .exec(app.db.writer())
        .await
        .expect("the organisation goes");
    let row = proposals::Entity::find_by_id(id)
        .one(app.db.reader())
        .await
        .unwrap()
        .expect("the proposal stays");
    assert_eq!(row.responsible_organization_id, None);
    assert_eq!(row.answering_organization_id, None);
    let shown = app
        .get(&format!("/api/v1/proposals/{id}"), None)
        .await
        .expect(200);
    assert_eq!(shown["responsible_organization_id"], Value::Null);
}
