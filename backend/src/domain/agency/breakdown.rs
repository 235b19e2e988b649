//! Breakdowns of a consultation by province, theme, age band or gender: participants, votes
//! and support per group, from self-declared profile fields (or the proposals' themes).
//! Groups smaller than k are suppressed, with complementary suppression (see `k_anonymity`),
//! and the set of groups shown never depends on the data below k: it is the consultation's
//! or the platform's fixed list, plus values declared by at least k participants; anything
//! else is pooled into one "other" group.
//!
//! Each group's figures are released snapshots (see `release`): they change only after at
//! least k new participants joined the group, so comparing a breakdown before and after one
//! person votes does not reveal the vote. Suppression is decided on the released figures.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::k_anonymity::suppressed_cells;
use super::release::{next_release, Released};
use super::summary::VoteTotals;
use super::theme_participants;
use crate::db::entities::consultations::Model as Consultation;
use crate::db::{Db, Params};
use crate::domain::accounts::{AGE_BANDS, GENDERS};
use crate::domain::consultations::label_list;
use crate::domain::ranking::wilson_lower_bound;
use crate::domain::visibility;
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Province,
    Theme,
    AgeBand,
    Gender,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// One value of the dimension (`label`).
    Value,
    /// Declared values outside the list, pooled.
    Other,
    /// Participants who declared nothing (for themes: proposals without a theme).
    Undeclared,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Group {
    pub kind: GroupKind,
    pub label: Option<String>,
    /// True when the group is hidden: it or a group it could be derived from is under k.
    pub suppressed: bool,
    /// Distinct participants in the group; absent when suppressed.
    pub participants: Option<i64>,
    /// Votes cast by the group's participants (for themes: on the theme's proposals).
    pub votes: Option<VoteTotals>,
    /// Wilson lower bound (95%) of agree / (agree + disagree) of those votes.
    pub support: Option<f64>,
    /// When these figures were released: they change only once at least k new participants
    /// joined the group, so one person's vote never moves them by itself. Absent when
    /// suppressed.
    pub released_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Breakdown {
    pub by: Dimension,
    /// The smallest group shown.
    pub k: u32,
    pub groups: Vec<Group>,
}

type Cells = HashMap<Option<String>, i64>;
type VoteCells = HashMap<Option<String>, VoteTotals>;

impl Dimension {
    fn as_str(self) -> &'static str {
        match self {
            Dimension::Province => "province",
            Dimension::Theme => "theme",
            Dimension::AgeBand => "age_band",
            Dimension::Gender => "gender",
        }
    }
}

impl GroupKind {
    /// The group's key among the released figures.
    fn key(self, label: &Option<String>) -> String {
        match self {
            GroupKind::Value => format!("value:{}", label.as_deref().unwrap_or_default()),
            GroupKind::Other => "other".to_owned(),
            GroupKind::Undeclared => "undeclared".to_owned(),
        }
    }
}

/// A group before suppression: its kind and label, its participants and their votes now.
type Counted = (GroupKind, Option<String>, i64, VoteTotals);

pub async fn breakdown(
    db: &Db,
    consultation: &Consultation,
    by: Dimension,
    k: u32,
) -> Result<Breakdown> {
    let conn = db.reader();
    let (participants, votes) = match by {
        Dimension::Theme => theme_cells(conn, consultation).await?,
        _ => profile_cells(conn, consultation, by).await?,
    };
    let k64 = k as i64;
    let labels = labels_shown(consultation, by, &participants, k64);
    let groups = counted_groups(by, &labels, &participants, &votes);
    let releases = release(db, consultation, by, &groups, k64).await?;
    Ok(Breakdown {
        by,
        k,
        groups: shown_groups(groups, &releases, k64),
    })
}

/// The values that get a group of their own: the consultation's or the platform's list, and
/// for provinces any other one declared by at least k participants.
fn labels_shown(
    consultation: &Consultation,
    by: Dimension,
    participants: &Cells,
    k64: i64,
) -> Vec<String> {
    let mut labels: Vec<String> = match by {
        Dimension::Province => label_list(&consultation.provinces),
        Dimension::Theme => label_list(&consultation.themes),
        Dimension::AgeBand => AGE_BANDS.iter().map(|s| s.to_string()).collect(),
        Dimension::Gender => GENDERS.iter().map(|s| s.to_string()).collect(),
    };
    if by == Dimension::Province {
        // A province outside the consultation's list gets its own group only when that group
        // is large enough to show anyway.
        let mut extra: Vec<String> = participants
            .iter()
            .filter_map(|(label, n)| label.clone().filter(|_| *n >= k64))
            .filter(|label| !labels.contains(label))
            .collect();
        extra.sort();
        labels.extend(extra);
    }
    labels
}

/// One group per label, then (but for themes) the other values pooled, then the undeclared.
fn counted_groups(
    by: Dimension,
    labels: &[String],
    participants: &Cells,
    votes: &VoteCells,
) -> Vec<Counted> {
    let mut groups: Vec<Counted> = labels
        .iter()
        .map(|label| {
            let key = Some(label.clone());
            (
                GroupKind::Value,
                key.clone(),
                participants.get(&key).copied().unwrap_or(0),
                votes.get(&key).cloned().unwrap_or_default(),
            )
        })
        .collect();
    if by != Dimension::Theme {
        let mut other = (GroupKind::Other, None, 0i64, VoteTotals::default());
        for (label, n) in participants {
            if label.as_ref().is_some_and(|l| !labels.contains(l)) {
                other.2 += n;
            }
        }
        for (label, v) in votes {
            if label.as_ref().is_some_and(|l| !labels.contains(l)) {
                add(&mut other.3, v);
            }
        }
        groups.push(other);
    }
    groups.push((
        GroupKind::Undeclared,
        None,
        participants.get(&None).copied().unwrap_or(0),
        votes.get(&None).cloned().unwrap_or_default(),
    ));
    groups
}

/// The figures released for each group: the last ones, or the current ones once enough new
/// participants joined (stored when anything changed).
async fn release(
    db: &Db,
    consultation: &Consultation,
    by: Dimension,
    groups: &[Counted],
    k64: i64,
) -> Result<HashMap<String, Released>> {
    let previous = released(db.reader(), consultation, by).await?;
    let now = crate::domain::now();
    let releases: HashMap<String, Released> = groups
        .iter()
        .map(|(kind, label, n, v)| {
            let key = kind.key(label);
            let next = next_release(previous.get(&key), *n, v, k64, now);
            (key, next)
        })
        .collect();
    if releases != previous {
        store_releases(db.writer(), consultation, by, &releases).await?;
    }
    Ok(releases)
}

/// The groups as shown: their released figures, or nothing where suppression hides them.
fn shown_groups(
    groups: Vec<Counted>,
    releases: &HashMap<String, Released>,
    k64: i64,
) -> Vec<Group> {
    let shown: Vec<&Released> = groups
        .iter()
        .map(|(kind, label, _, _)| &releases[&kind.key(label)])
        .collect();
    let counts: Vec<i64> = shown.iter().map(|r| r.participants).collect();
    let hidden = suppressed_cells(&counts, k64);
    groups
        .into_iter()
        .zip(shown)
        .zip(hidden)
        .map(|(((kind, label, _, _), release), suppressed)| Group {
            kind,
            label,
            suppressed,
            participants: (!suppressed).then_some(release.participants),
            support: (!suppressed)
                .then(|| wilson_lower_bound(release.votes.agree, release.votes.disagree)),
            votes: (!suppressed).then(|| release.votes.clone()),
            released_at: (!suppressed).then_some(release.released_at),
        })
        .collect()
}

/// The figures last released for the consultation and dimension, by group key.
async fn released<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    by: Dimension,
) -> Result<HashMap<String, Released>> {
    let backend = conn.get_database_backend();
    let mut params = Params::new(backend);
    let sql = format!(
        "SELECT groups FROM breakdown_releases WHERE consultation_id = {} AND dimension = {}",
        params.bind(consultation.id),
        params.bind(by.as_str())
    );
    let Some(row) = conn.query_one_raw(params.statement(sql)).await? else {
        return Ok(HashMap::new());
    };
    let text: String = row.try_get("", "groups")?;
    Ok(serde_json::from_str(&text).map_err(anyhow::Error::from)?)
}

/// Stores the figures now released. Two readers storing at once store figures computed
/// from nearly the same data; either is a valid release.
async fn store_releases<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    by: Dimension,
    releases: &HashMap<String, Released>,
) -> Result<()> {
    let backend = conn.get_database_backend();
    let mut params = Params::new(backend);
    let text = serde_json::to_string(releases).map_err(anyhow::Error::from)?;
    let sql = format!(
        "INSERT INTO breakdown_releases (consultation_id, dimension, groups, updated_at) \
         VALUES ({}, {}, {}, {}) ON CONFLICT (consultation_id, dimension) \
         DO UPDATE SET groups = excluded.groups, updated_at = excluded.updated_at",
        params.bind(consultation.id),
        params.bind(by.as_str()),
        params.bind(text),
        params.bind(crate::domain::now()),
    );
    conn.execute_raw(params.statement(sql)).await?;
    Ok(())
}

fn add(into: &mut VoteTotals, v: &VoteTotals) {
    into.agree += v.agree;
    into.disagree += v.disagree;
    into.pass += v.pass;
    into.total += v.total;
}

/// Participants and their votes per declared value of a profile field: one row per
/// participant, whose votes are kept counted (see `participant_votes`).
async fn profile_cells<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    by: Dimension,
) -> Result<(Cells, VoteCells)> {
    let column = match by {
        Dimension::Province => "province",
        Dimension::AgeBand => "age_band",
        _ => "gender",
    };
    let backend = conn.get_database_backend();
    let mut params = Params::new(backend);
    let sql = format!(
        "SELECT u.{column} AS label, COUNT(*) AS n, SUM(cp.agree_votes) AS agree, \
         SUM(cp.disagree_votes) AS disagree, SUM(cp.pass_votes) AS pass \
         FROM consultation_participants cp JOIN users u ON u.id = cp.user_id \
         WHERE cp.consultation_id = {} GROUP BY u.{column}",
        params.bind(consultation.id)
    );
    let mut participants: Cells = HashMap::new();
    let mut votes: VoteCells = HashMap::new();
    for row in conn.query_all_raw(params.statement(sql)).await? {
        let label = blank_is_none(row.try_get("", "label")?);
        *participants.entry(label.clone()).or_default() += row.try_get::<i64>("", "n")?;
        add_sums(votes.entry(label).or_default(), &row)?;
    }
    Ok((participants, votes))
}

/// Adds a row's `agree`, `disagree` and `pass` sums.
fn add_sums(into: &mut VoteTotals, row: &sea_orm::QueryResult) -> Result<()> {
    into.agree += row.try_get::<i64>("", "agree")?;
    into.disagree += row.try_get::<i64>("", "disagree")?;
    into.pass += row.try_get::<i64>("", "pass")?;
    into.total = into.agree + into.disagree + into.pass;
    Ok(())
}

fn blank_is_none(label: Option<String>) -> Option<String> {
    label.filter(|l| !l.trim().is_empty())
}

/// People who proposed, voted or commented under each theme (kept, see
/// `theme_participants`), and the votes there from the proposals' counters.
async fn theme_cells<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<(Cells, VoteCells)> {
    let backend = conn.get_database_backend();
    let mut participants: Cells = HashMap::new();
    for (theme, n) in theme_participants::participants_per_theme(conn, consultation.id).await? {
        *participants.entry(blank_is_none(Some(theme))).or_default() += n;
    }
    let mut params = Params::new(backend);
    let counted = visibility::counted_proposal_sql(&mut params, consultation.id);
    let sql = format!(
        "SELECT p.theme AS label, SUM(p.agree_count) AS agree, \
         SUM(p.disagree_count) AS disagree, SUM(p.pass_count) AS pass \
         FROM proposals p WHERE {counted} GROUP BY p.theme"
    );
    let mut votes: VoteCells = HashMap::new();
    for row in conn.query_all_raw(params.statement(sql)).await? {
        let label: Option<String> = row.try_get("", "label")?;
        add_sums(votes.entry(blank_is_none(label)).or_default(), &row)?;
    }
    Ok((participants, votes))
}
