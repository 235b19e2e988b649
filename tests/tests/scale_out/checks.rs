//! What must hold after the load, read from the database, the SMTP server, the replicas'
//! readiness and their `/metrics`.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use sala::db::entities::{
    comments, consultations, follows, notifications, opinion_groups, outbox, proposals, votes,
};
use sala::db::Db;
use sala::domain::agency::{aggregates, theme_participants};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::Value;
use uuid::Uuid;

use openmetrics_parser::prometheus::parse_prometheus;
use openmetrics_parser::{MetricsExposition, PrometheusType, PrometheusValue};

use super::load::Ledger;

/// Polls `condition` until it holds; past `bound`, fails with what it last saw.
pub async fn wait_until<F, Fut>(what: &str, bound: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let deadline = Instant::now() + bound;
    loop {
        match condition().await {
            Ok(()) => return,
            Err(seen) if Instant::now() > deadline => {
                panic!(
                    "{what}: not so after {} s; last seen: {seen}",
                    bound.as_secs()
                )
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Outbox work not yet done: neither processed nor given up.
pub async fn outbox_pending(db: &Db) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .all(db.reader())
        .await
        .expect("outbox read")
}

/// Records every write of a consultation's opinion groups, with the state of the votes it
/// was computed from, so the test can see a state computed twice (once per process).
pub async fn record_opinion_group_writes(db: &Db) {
    db.writer()
        .execute_unprepared(
            "CREATE TABLE scale_out_opinion_group_writes (
                 consultation_id uuid NOT NULL,
                 votes_version text NOT NULL,
                 written_by integer NOT NULL DEFAULT pg_backend_pid());
             CREATE FUNCTION scale_out_record_opinion_group_write() RETURNS trigger
                 LANGUAGE plpgsql AS $$
                 BEGIN
                     INSERT INTO scale_out_opinion_group_writes (consultation_id, votes_version)
                     VALUES (NEW.consultation_id, NEW.votes_version);
                     RETURN NEW;
                 END $$;
             CREATE TRIGGER scale_out_opinion_group_writes AFTER INSERT OR UPDATE
                 ON opinion_groups FOR EACH ROW
                 EXECUTE FUNCTION scale_out_record_opinion_group_write();",
        )
        .await
        .expect("opinion group writes are recorded");
}

/// States of the votes whose opinion groups were computed more than once.
pub async fn opinion_groups_computed_twice(db: &Db) -> Vec<String> {
    let rows = db
        .reader()
        .query_all_raw(Statement::from_string(
            db.backend(),
            "SELECT consultation_id::text AS consultation, votes_version, count(*) AS n,
                    count(DISTINCT written_by) AS connections
             FROM scale_out_opinion_group_writes
             GROUP BY consultation_id, votes_version HAVING count(*) > 1",
        ))
        .await
        .expect("opinion group writes read");
    rows.iter()
        .map(|row| {
            let get = |col: &str| -> String {
                row.try_get::<String>("", col)
                    .or_else(|_| row.try_get::<i64>("", col).map(|n| n.to_string()))
                    .unwrap_or_default()
            };
            format!(
                "consultation {} at votes state {}: computed {} times from {} connections",
                get("consultation"),
                get("votes_version"),
                get("n"),
                get("connections")
            )
        })
        .collect()
}

/// How many times opinion groups were written in all.
pub async fn opinion_group_writes(db: &Db) -> i64 {
    let row = db
        .reader()
        .query_one_raw(Statement::from_string(
            db.backend(),
            "SELECT count(*) AS n FROM scale_out_opinion_group_writes",
        ))
        .await
        .expect("opinion group writes read")
        .expect("a count");
    row.try_get::<i64>("", "n").expect("a count")
}

/// Whether the cached opinion groups were computed from the votes as they are now.
pub async fn opinion_groups_current(db: &Db, consultation: Uuid) -> Result<(), String> {
    let now = sala::opinion_groups::load::versions(db.reader(), Some(consultation))
        .await
        .map_err(|e| e.to_string())?
        .remove(&consultation)
        .unwrap_or_default();
    let cached = opinion_groups::Entity::find_by_id(consultation)
        .one(db.reader())
        .await
        .map_err(|e| e.to_string())?
        .map(|row| row.votes_version);
    match cached {
        Some(version) if version == now => Ok(()),
        other => Err(format!("cached {other:?}, votes now at {now}")),
    }
}

/// Every vote, comment and follow answered 2xx is in the database, and nothing else.
pub async fn every_promise_is_kept(db: &Db, ledger: &Ledger) {
    let stored: HashMap<(Uuid, Uuid), i16> = votes::Entity::find()
        .all(db.reader())
        .await
        .expect("votes read")
        .into_iter()
        .map(|v| ((v.user_id, v.proposal_id), v.value))
        .collect();
    let mut wrong = Vec::new();
    for (pair, steps) in &ledger.votes {
        let possible = Ledger::possible_votes(steps);
        let held = stored.get(pair).copied();
        if !possible.contains(&held) {
            wrong.push(format!(
                "{pair:?}: holds {held:?}, answers allow {possible:?}"
            ));
        }
    }
    for pair in stored.keys() {
        if !ledger.votes.contains_key(pair) {
            wrong.push(format!("{pair:?}: a vote nobody cast"));
        }
    }
    assert!(
        wrong.is_empty(),
        "votes differ from the answers: {wrong:#?}"
    );

    let stored: HashMap<Uuid, comments::Model> = comments::Entity::find()
        .all(db.reader())
        .await
        .expect("comments read")
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    for sent in &ledger.comments {
        let row = stored
            .get(&sent.id)
            .unwrap_or_else(|| panic!("comment {} was answered 201 but is not stored", sent.id));
        assert_eq!(
            (row.proposal_id, row.author_id, row.parent_id),
            (sent.proposal, sent.author, sent.parent),
            "comment {} is stored as sent",
            sent.id
        );
    }

    let stored: HashSet<(Uuid, String, Uuid)> = follows::Entity::find()
        .all(db.reader())
        .await
        .expect("follows read")
        .into_iter()
        .map(|f| (f.user_id, f.target_type.as_str().to_owned(), f.target_id))
        .collect();
    for (who, kind, target) in &ledger.follows {
        assert!(
            stored.contains(&(*who, kind.to_string(), *target)),
            "{who} following {kind} {target} was answered 2xx but is not stored"
        );
    }
}

/// Every counter equals a recount of the rows it counts.
pub async fn counters_equal_a_recount(db: &Db, consultation: Uuid) {
    let all_votes = votes::Entity::find().all(db.reader()).await.expect("votes");
    let all_comments = comments::Entity::find()
        .all(db.reader())
        .await
        .expect("comments");
    let all_follows = follows::Entity::find()
        .all(db.reader())
        .await
        .expect("follows");
    let listed = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation))
        .all(db.reader())
        .await
        .expect("proposals");
    for p in &listed {
        let votes_of = |value: i16| {
            all_votes
                .iter()
                .filter(|v| v.proposal_id == p.id && v.value == value)
                .count() as i32
        };
        let recount = (
            votes_of(1),
            votes_of(-1),
            votes_of(0),
            all_comments
                .iter()
                .filter(|c| c.proposal_id == p.id)
                .count() as i32,
            all_follows
                .iter()
                .filter(|f| f.target_type.as_str() == "proposal" && f.target_id == p.id)
                .count() as i32,
        );
        let counters = (
            p.agree_count,
            p.disagree_count,
            p.pass_count,
            p.comment_count,
            p.follower_count,
        );
        assert_eq!(
            counters, recount,
            "proposal {}: counters (agree, disagree, pass, comments, followers) equal a recount",
            p.id
        );
    }
    for c in &all_comments {
        let replies = all_comments
            .iter()
            .filter(|r| r.parent_id == Some(c.id))
            .count() as i32;
        assert_eq!(c.reply_count, replies, "comment {}: replies", c.id);
    }
    let stored = consultations::Entity::find_by_id(consultation)
        .one(db.reader())
        .await
        .expect("consultation")
        .expect("the consultation exists");
    assert_eq!(stored.proposal_count, listed.len() as i32, "proposal count");
    let recounted = aggregates::recount(db.reader(), consultation)
        .await
        .expect("recount");
    let kept = aggregates::stored_votes(db.reader(), consultation)
        .await
        .expect("participants' votes");
    assert_eq!(
        kept, recounted.votes,
        "each participant's votes, kept for the breakdowns, equal a recount"
    );
    assert_eq!(
        theme_participants::stored(db.reader(), consultation)
            .await
            .expect("themes' participants"),
        theme_participants::recount(db.reader(), consultation)
            .await
            .expect("recount by theme"),
        "each theme's participants, kept for the breakdown, equal a recount"
    );
}

/// Every notification went out by mail exactly once, and no other notification mail did.
pub async fn each_notification_mailed_once(db: &Db, smtp: &sala_tests::SmtpServer) {
    let expected: HashSet<String> = notifications::Entity::find()
        .all(db.reader())
        .await
        .expect("notifications read")
        .into_iter()
        .map(|n| format!("<{}@sala>", n.id))
        .collect();
    let mut delivered: HashMap<String, usize> = HashMap::new();
    for mail in smtp.messages() {
        *delivered.entry(mail.message_id).or_default() += 1;
    }
    let missing: Vec<_> = expected
        .iter()
        .filter(|id| !delivered.contains_key(*id))
        .collect();
    let twice: Vec<_> = delivered.iter().filter(|(_, n)| **n > 1).collect();
    let unexpected: Vec<_> = delivered
        .keys()
        .filter(|id| !expected.contains(*id))
        .collect();
    assert!(
        missing.is_empty() && twice.is_empty() && unexpected.is_empty(),
        "{} notifications, {} messages: missing {missing:?}, more than once {twice:?}, \
         unexpected {unexpected:?}",
        expected.len(),
        delivered.values().sum::<usize>()
    );
}

/// Every comment answered 201 told the proposal's author (and a reply, the parent's
/// author): the load reached people, not only rows.
pub async fn comments_reached_their_authors(db: &Db, ledger: &Ledger) {
    let told: HashSet<(Uuid, Uuid)> = notifications::Entity::find()
        .all(db.reader())
        .await
        .expect("notifications read")
        .into_iter()
        .filter_map(|n| n.comment_id.map(|c| (n.user_id, c)))
        .collect();
    let proposal_authors: HashMap<Uuid, Uuid> = proposals::Entity::find()
        .all(db.reader())
        .await
        .expect("proposals read")
        .into_iter()
        .map(|p| (p.id, p.author_id))
        .collect();
    let comment_authors: HashMap<Uuid, Uuid> =
        ledger.comments.iter().map(|c| (c.id, c.author)).collect();
    for c in &ledger.comments {
        let author = proposal_authors[&c.proposal];
        assert!(
            told.contains(&(author, c.id)),
            "comment {} never reached the proposal's author",
            c.id
        );
        if let Some(parent_author) = c.parent.and_then(|p| comment_authors.get(&p)) {
            assert!(
                told.contains(&(*parent_author, c.id)),
                "reply {} never reached the parent comment's author",
                c.id
            );
        }
    }
}

pub type Scrape = MetricsExposition<PrometheusType, PrometheusValue>;

/// A `/metrics` answer read as a Prometheus server reads it: malformed text is an error.
pub fn parse_metrics(name: &str, text: &str) -> Scrape {
    parse_prometheus(text)
        .unwrap_or_else(|e| panic!("{name}: /metrics is not Prometheus text ({e:?}):\n{text}"))
}

/// The sum of a metric's series (a histogram counts its observations); 0 when absent.
pub fn total(scrape: &Scrape, metric: &str) -> f64 {
    let Some(family) = scrape.families.get(metric) else {
        return 0.0;
    };
    family
        .iter_samples()
        .map(|s| match &s.value {
            PrometheusValue::Counter(c) => c.value.as_f64(),
            PrometheusValue::Gauge(n) | PrometheusValue::Unknown(n) => n.as_f64(),
            PrometheusValue::Histogram(h) => h
                .buckets
                .iter()
                .find(|b| b.upper_bound.is_infinite())
                .map_or(0.0, |b| b.count.as_f64()),
            PrometheusValue::Summary(_) => 0.0,
        })
        .sum()
}

/// The values a label takes across a metric's series.
pub fn label_values(scrape: &Scrape, metric: &str, label: &str) -> Vec<String> {
    scrape
        .families
        .get(metric)
        .map(|family| {
            family
                .iter_samples()
                .filter_map(|s| s.get_labelset().ok())
                .filter_map(|set| set.get_label_value(label).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A label that carries an id instead of the route's pattern would make one series per
/// proposal.
pub fn looks_like_an_id(label: &str) -> bool {
    label
        .split('/')
        .any(|segment| segment.parse::<Uuid>().is_ok())
}

/// The readiness a replica reports, as JSON.
pub async fn readiness(client: &reqwest::Client, url: &str) -> Result<Value, String> {
    let response = client.get(url).send().await.map_err(|e| e.to_string())?;
    let status = response.status();
    let body: Value = response.json().await.map_err(|e| e.to_string())?;
    if status.is_success() {
        Ok(body)
    } else {
        Err(format!("{status}: {body}"))
    }
}
