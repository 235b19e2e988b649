//! Migrations go up, down and up again on both databases.

use sala::db::Db;
use sala_tests::{fresh_postgres_database, on_both_databases, Backend};
use sea_orm::{ConnectionTrait, Statement};

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
