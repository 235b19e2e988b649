//! A status change on a proposal followed by many people: how long the request takes, and how
//! long until every notification mail has been handed to a real SMTP server.

use std::time::{Duration, Instant};

use clap::Parser;
use sala::db::entities::{follows, outbox, users};
use sala::domain::accounts::{Locale, Role};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::{backend, Database};
use sala_tests::{spawn_app_with, SmtpServer};

#[derive(Parser)]
pub struct Args {
    #[arg(long, value_enum, default_values_t = [Database::Sqlite, Database::Postgres])]
    database: Vec<Database>,
    #[arg(long, default_value_t = 10_000)]
    followers: usize,
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    println!("| database | followers | request | notifications written | all mail handed to SMTP | mail/s |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");
    for database in &args.database {
        let smtp = SmtpServer::start().await;
        let app =
            spawn_app_with(backend(*database).await?, &[("SALA_SMTP_URL", &smtp.url())]).await;
        let admin = app
            .operator_creates("admin@bench.example", Role::Admin)
            .await;
        let author = app
            .operator_creates("author@bench.example", Role::Citizen)
            .await;
        let cid = app.consultation(&admin, "ideation").await["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let proposal = app.proposal(&author, &cid, "ข้อเสนอที่มีผู้ติดตามจำนวนมาก").await["id"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let proposal_id: Uuid = proposal.parse()?;
        eprintln!("bench: {database:?}: {} followers", args.followers);
        let now = chrono::Utc::now();
        let people: Vec<_> = (0..args.followers)
            .map(|i| {
                let id = Uuid::now_v7();
                (
                    users::ActiveModel {
                        id: Set(id),
                        email: Set(format!("follower{i}@bench.example")),
                        display_name: Set(format!("Follower {i}")),
                        password_hash: Set("-".into()),
                        role: Set(Role::Citizen),
                        locale: Set(if i % 2 == 0 { Locale::Th } else { Locale::En }),
                        province: Set(None),
                        age_band: Set(None),
                        gender: Set(None),
                        verified_at: Set(Some(now)),
                        suspended_until: Set(None),
                        banned_at: Set(None),
                        deleted_at: Set(None),
                        created_at: Set(now),
                        updated_at: Set(now),
                        external_ref: Set(None),
                    },
                    follows::ActiveModel {
                        user_id: Set(id),
                        target_type: Set(follows::Target::Proposal),
                        target_id: Set(proposal_id),
                        created_at: Set(now),
                    },
                )
            })
            .collect();
        let txn = app.db.begin_write().await?;
        for chunk in people.chunks(500) {
            users::Entity::insert_many(chunk.iter().map(|p| p.0.clone()).collect::<Vec<_>>())
                .exec(&txn)
                .await?;
            follows::Entity::insert_many(chunk.iter().map(|p| p.1.clone()).collect::<Vec<_>>())
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;

        let started = Instant::now();
        let reply = app
            .delete(
                &format!("/api/v1/proposals/{proposal}"),
                Some(&author.token),
            )
            .await;
        anyhow::ensure!(
            reply.status.as_u16() == 200,
            "withdraw failed: {}",
            reply.body
        );
        let request = started.elapsed();
        let expected = args.followers as u64;
        let mut written = None;
        loop {
            let notified = sala::db::entities::notifications::Entity::find()
                .count(app.db.reader())
                .await?;
            if written.is_none() && notified >= expected {
                written = Some(started.elapsed());
            }
            let pending = outbox::Entity::find()
                .filter(outbox::Column::ProcessedAt.is_null())
                .filter(outbox::Column::DeadAt.is_null())
                .count(app.db.reader())
                .await?;
            if written.is_some() && pending == 0 {
                break;
            }
            anyhow::ensure!(
                started.elapsed() < Duration::from_secs(1800),
                "fan-out did not finish in 30 minutes"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let handed = started.elapsed();
        let received = smtp.messages().len();
        anyhow::ensure!(
            received as u64 >= expected,
            "SMTP received {received} of {expected}"
        );
        println!(
            "| {database:?} | {} | {:.1} ms | {:.1} s | {:.1} s | {:.0} |",
            args.followers,
            request.as_secs_f64() * 1e3,
            written.unwrap_or_default().as_secs_f64(),
            handed.as_secs_f64(),
            expected as f64 / handed.as_secs_f64()
        );
    }
    Ok(())
}
