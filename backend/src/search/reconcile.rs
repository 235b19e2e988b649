//! Self-healing: compares what the index holds with what the database says it should hold,
//! and hands every difference back to the indexer. The index can drift without Sala noticing
//! (a server restored from an old snapshot, a document deleted or planted behind Sala's back,
//! a write lost by the engine); the indexer alone would never look at those documents again.
//!
//! Only documents at rest are judged: one the indexer had in hand at any time during the
//! comparison (waiting, claimed, written) may differ for good reason and is left alone; the
//! next round sees it at rest. A drifted document is removed from the index first (a planted
//! copy may claim a newer version than the database's, which the indexer would refuse to
//! replace) and then marked for the indexer, which writes the database's current state.

use std::collections::HashMap;
use std::time::Duration;

use tokio::sync::watch;
use uuid::Uuid;

use super::{documents, DocType, Engine, SearchDoc};
use crate::clock::now;
use crate::db::Db;
use crate::leases::{FirstPass, Leases, Periodic};
use crate::outbox::search as pending;

const PAGE: u64 = 1000;
pub const LEASE_NAME: &str = "search_reconcile";

/// What one comparison found and repaired.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Documents compared.
    pub checked: u64,
    /// In the database, absent from the index.
    pub missing: u64,
    /// In both, but the index holds another version, visibility or filter value.
    pub stale: u64,
    /// In the index, but the database holds nothing to index under that key.
    pub orphaned: u64,
}

impl Report {
    pub fn repaired(&self) -> u64 {
        self.missing + self.stale + self.orphaned
    }
}

/// The fields that decide who finds a document and under which filters; with the version
/// they tell whether the index holds the database's current state.
fn same_state(held: &SearchDoc, wanted: &SearchDoc) -> bool {
    held.version == wanted.version
        && held.visible == wanted.visible
        && held.consultation == wanted.consultation
        && held.status == wanted.status
        && held.theme == wanted.theme
        && held.province == wanted.province
}

/// `proposal-<uuid>` back to its type and id.
fn parse_key(key: &str) -> Option<(DocType, Uuid)> {
    let (doc_type, id) = key.split_once('-')?;
    Some((DocType::parse(doc_type)?, Uuid::parse_str(id).ok()?))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drift {
    Missing,
    Stale,
    Orphaned,
}

/// Compares the whole index with the database once, and repairs what differs.
pub async fn reconcile(db: &Db, engine: &Engine) -> anyhow::Result<Report> {
    let started = now();
    let mut held: HashMap<String, SearchDoc> = engine
        .inventory()
        .await?
        .into_iter()
        .map(|doc| (doc.key.clone(), doc))
        .collect();
    let mut checked = 0u64;
    let mut found: Vec<(String, Drift)> = Vec::new();
    for doc_type in DocType::ALL {
        let mut after = None;
        while let Some((docs, last)) = documents::page(db.reader(), doc_type, after, PAGE).await? {
            after = Some(last);
            for doc in docs {
                checked += 1;
                match held.remove(&doc.key) {
                    None => found.push((doc.key, Drift::Missing)),
                    Some(in_index) if !same_state(&in_index, &doc) => {
                        found.push((doc.key, Drift::Stale))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    // What is left in the index has no document in the database to match.
    checked += held.len() as u64;
    found.extend(held.into_keys().map(|key| (key, Drift::Orphaned)));
    // Read last, so it covers everything the indexer did while the two sides were read.
    let unsettled = pending::unsettled(db.reader(), started).await?;
    found.retain(|(key, _)| !unsettled.contains(key));

    let mut report = Report {
        checked,
        ..Report::default()
    };
    let mut remove = Vec::new();
    let mut mark: Vec<(DocType, Uuid)> = Vec::new();
    for (key, drift) in found {
        match drift {
            Drift::Missing => report.missing += 1,
            Drift::Stale => report.stale += 1,
            Drift::Orphaned => report.orphaned += 1,
        }
        if let Some(doc) = parse_key(&key) {
            mark.push(doc);
        }
        if drift != Drift::Missing {
            remove.push(key);
        }
    }
    if !remove.is_empty() {
        engine.apply(Vec::new(), remove).await?;
    }
    if !mark.is_empty() {
        let txn = db.begin_write().await?;
        for doc_type in DocType::ALL {
            let ids: Vec<Uuid> = mark
                .iter()
                .filter(|(t, _)| *t == doc_type)
                .map(|(_, id)| *id)
                .collect();
            pending::touch_many(&txn, doc_type, &ids).await?;
        }
        txn.commit().await?;
    }
    for (kind, n) in [
        ("missing", report.missing),
        ("stale", report.stale),
        ("orphaned", report.orphaned),
    ] {
        metrics::counter!(crate::monitoring::SEARCH_DRIFT_REPAIRED, "kind" => kind).increment(n);
    }
    Ok(report)
}

/// Compares the index with the database every `every`, from the one process holding the
/// reconciliation lease (and, for the embedded index, holding its writer).
pub async fn run(
    db: Db,
    engine: Engine,
    leases: Leases,
    every: Duration,
    shutdown: watch::Receiver<bool>,
) {
    let schedule = Periodic {
        every,
        // Kept past the pause between rounds, so the same process stays in charge.
        lease: every + every / 2,
        first: FirstPass::AfterAPause,
    };
    leases
        .run_periodically(LEASE_NAME, schedule, shutdown, || round(&db, &engine))
        .await;
}

/// One comparison, unless the engine cannot be written to now (then the next round repairs).
async fn round(db: &Db, engine: &Engine) {
    if !engine.may_write().await {
        return;
    }
    match reconcile(db, engine).await {
        Ok(report) if report.repaired() > 0 => tracing::warn!(
            checked = report.checked,
            missing = report.missing,
            stale = report.stale,
            orphaned = report.orphaned,
            "search index drifted from the database; the differences are being re-indexed"
        ),
        Ok(report) => tracing::debug!(
            checked = report.checked,
            "search index matches the database"
        ),
        Err(error) => tracing::warn!(%error, "search reconciliation failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_back_to_their_document() {
        let id = Uuid::now_v7();
        assert_eq!(
            parse_key(&DocType::Comment.key(id)),
            Some((DocType::Comment, id))
        );
        assert_eq!(parse_key("planted"), None);
        assert_eq!(parse_key("proposal-not-a-uuid"), None);
    }
}
