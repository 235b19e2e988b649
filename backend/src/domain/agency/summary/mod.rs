//! A consultation's summary for agencies: totals, daily activity, themes and provinces,
//! proposals ranked by support and by division, comment stances, quick ratings and
//! valuation scores. It reads the kept-current aggregates and per-proposal counters, never
//! the vote rows, so it stays fast however many votes there are.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::accountability::{self, Figures};
use super::scope::Scope;
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::{comments, consultation_activity, consultation_participants, proposals};
use crate::domain::comments::Stance;
use crate::domain::proposals::Status;
use crate::domain::ranking::wilson_lower_bound;
use crate::domain::visibility;
use crate::error::Result;

/// How many proposals each ranking lists.
pub(crate) mod ratings;

use ratings::{criterion_scores, proposal_scores, quick_ratings};

const TOP_SUPPORTED: usize = 20;
const MOST_DIVISIVE: usize = 10;

#[derive(Debug, Serialize, ToSchema)]
pub struct Summary {
    pub consultation_id: Uuid,
    pub generated_at: DateTime<Utc>,
    pub totals: Totals,
    /// Per UTC day: votes cast, comments and proposals written that day.
    pub daily: Vec<DayActivity>,
    /// Per proposal theme (`null`: no theme).
    pub by_theme: Vec<GroupTotals>,
    /// Per proposal province (`null`: no province).
    pub by_province: Vec<GroupTotals>,
    /// By the Wilson lower bound of agree against disagree, best first.
    pub top_supported: Vec<RankedProposal>,
    /// Many votes, evenly split; most divisive first.
    pub most_divisive: Vec<RankedProposal>,
    pub quick_ratings: QuickRatings,
    /// Per criterion, over all proposals.
    pub valuations: Vec<CriterionScores>,
    /// Answer deadlines, when the consultation set them.
    pub accountability: Option<Figures>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Totals {
    /// People who proposed, voted or commented.
    pub participants: u64,
    pub proposals: u64,
    pub comments: i64,
    pub votes: VoteTotals,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct VoteTotals {
    pub agree: i64,
    pub disagree: i64,
    pub pass: i64,
    pub total: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DayActivity {
    /// `YYYY-MM-DD` (UTC).
    pub day: String,
    pub votes: i64,
    pub comments: i64,
    pub proposals: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupTotals {
    pub label: Option<String>,
    pub proposals: u64,
    pub votes: VoteTotals,
    pub comments: i64,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Stances {
    #[serde(rename = "for")]
    pub for_: i64,
    pub against: i64,
    pub neutral: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProposalScore {
    pub criterion: String,
    pub average: f64,
    pub valuations: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RankedProposal {
    pub id: Uuid,
    pub title: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Status,
    pub agree: i32,
    pub disagree: i32,
    pub pass: i32,
    pub comments: i32,
    /// Wilson lower bound (95%) of agree / (agree + disagree).
    pub support: f64,
    pub controversy: f64,
    /// Stances of the proposal's visible comments.
    pub comment_stances: Stances,
    pub valuations: Vec<ProposalScore>,
    pub answered: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RatingScores {
    pub average: Option<f64>,
    /// How many gave 1, 2, 3, 4 and 5.
    pub distribution: [i64; 5],
}

/// The signed-in readers' quick ratings, withheld while fewer than k people gave one, as the
/// reader survey's figures are.
#[derive(Debug, Serialize, ToSchema)]
pub struct QuickRatings {
    /// The smallest number of responses before anything is shown.
    pub k: i64,
    /// False while fewer than k people rated: then every figure is absent.
    pub shown: bool,
    pub responses: Option<i64>,
    pub usefulness: Option<RatingScores>,
    pub understanding: Option<RatingScores>,
    pub satisfaction: Option<RatingScores>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionScores {
    pub criterion: String,
    pub valuations: i64,
    pub average: Option<f64>,
    pub distribution: [i64; 5],
}

#[derive(Debug, FromQueryResult)]
struct ProposalFigures {
    id: Uuid,
    title: String,
    theme: Option<String>,
    province: Option<String>,
    status: Status,
    agree_count: i32,
    disagree_count: i32,
    pass_count: i32,
    comment_count: i32,
    controversy_score: f64,
    first_responded_at: Option<DateTime<Utc>>,
}

/// The summary as `scope` sees it: the proposal figures (totals of proposals, votes and
/// comments, by theme and province, the rankings) count the proposals in scope only;
/// participants, daily activity, quick ratings, valuation criteria and answer deadlines are
/// the consultation's (see "Scoped agency access" in `docs/ARCHITECTURE.md`).
pub async fn summarize<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    scope: &Scope,
    k: i64,
) -> Result<Summary> {
    let id = consultation.id;
    let participants = consultation_participants::Entity::find()
        .filter(consultation_participants::Column::ConsultationId.eq(id))
        .count(conn)
        .await?;
    let tallies = Tallies::of(&cells(conn, id, scope).await?);
    let standings = standings(conn, id, scope).await?;
    let by_support = top_supported(&standings);
    let by_division = most_divisive(&standings);

    let mut ranked_ids: Vec<Uuid> = by_support.iter().chain(&by_division).copied().collect();
    ranked_ids.sort_unstable();
    ranked_ids.dedup();
    let figures = figures_of(conn, &ranked_ids).await?;
    let stances = stances_of(conn, &ranked_ids).await?;
    let scores = proposal_scores(conn, &ranked_ids).await?;
    let ranked = |p: &ProposalFigures| RankedProposal {
        id: p.id,
        title: p.title.clone(),
        theme: p.theme.clone(),
        province: p.province.clone(),
        status: p.status,
        agree: p.agree_count,
        disagree: p.disagree_count,
        pass: p.pass_count,
        comments: p.comment_count,
        support: wilson(p),
        controversy: p.controversy_score,
        comment_stances: stances.get(&p.id).cloned().unwrap_or_default(),
        valuations: scores
            .get(&p.id)
            .map(|list| {
                list.iter()
                    .map(|(criterion, sum, n)| ProposalScore {
                        criterion: criterion.clone(),
                        average: *sum as f64 / (*n).max(1) as f64,
                        valuations: *n,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        answered: p.first_responded_at.is_some(),
    };

    Ok(Summary {
        consultation_id: id,
        generated_at: Utc::now(),
        totals: Totals {
            participants,
            proposals: tallies.proposals,
            comments: tallies.comments,
            votes: tallies.votes,
        },
        daily: daily(conn, id).await?,
        by_theme: tallies.by_theme,
        by_province: tallies.by_province,
        top_supported: by_support
            .iter()
            .filter_map(|id| figures.get(id))
            .map(ranked)
            .collect(),
        most_divisive: by_division
            .iter()
            .filter_map(|id| figures.get(id))
            .map(ranked)
            .collect(),
        quick_ratings: quick_ratings(conn, id, k).await?,
        valuations: criterion_scores(conn, consultation).await?,
        accountability: accountability::figures(conn, consultation).await?,
    })
}

/// The proposals in scope that the figures count.
fn counted_in(id: Uuid, scope: &Scope) -> Condition {
    Condition::all()
        .add(proposals::Column::ConsultationId.eq(id))
        .add(visibility::counted_proposals())
        .add(scope.proposals())
}

/// The counted proposals' counters summed per (theme, province): one short row per pair,
/// read from an index that holds every column it needs (`idx_proposals_figures`).
#[derive(Debug, FromQueryResult)]
struct Cell {
    theme: Option<String>,
    province: Option<String>,
    proposals: i64,
    agree: i64,
    disagree: i64,
    pass: i64,
    comments: i64,
}

async fn cells<C: ConnectionTrait>(conn: &C, id: Uuid, scope: &Scope) -> Result<Vec<Cell>> {
    Ok(proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Theme)
        .column(proposals::Column::Province)
        .column_as(proposals::Column::Id.count(), "proposals")
        .column_as(proposals::Column::AgreeCount.sum(), "agree")
        .column_as(proposals::Column::DisagreeCount.sum(), "disagree")
        .column_as(proposals::Column::PassCount.sum(), "pass")
        .column_as(proposals::Column::CommentCount.sum(), "comments")
        .filter(counted_in(id, scope))
        .group_by(proposals::Column::Theme)
        .group_by(proposals::Column::Province)
        .into_model()
        .all(conn)
        .await?)
}

/// What ranks a counted proposal: (id, agree, disagree, controversy), from the same index.
type Standing = (Uuid, i32, i32, f64);

async fn standings<C: ConnectionTrait>(conn: &C, id: Uuid, scope: &Scope) -> Result<Vec<Standing>> {
    Ok(proposals::Entity::find()
        .select_only()
        .columns([
            proposals::Column::Id,
            proposals::Column::AgreeCount,
            proposals::Column::DisagreeCount,
            proposals::Column::ControversyScore,
        ])
        .filter(counted_in(id, scope))
        .into_tuple()
        .all(conn)
        .await?)
}

/// The figures of the ranked proposals.
async fn figures_of<C: ConnectionTrait>(
    conn: &C,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, ProposalFigures>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(proposals::Entity::find()
        .select_only()
        .columns([
            proposals::Column::Id,
            proposals::Column::Title,
            proposals::Column::Theme,
            proposals::Column::Province,
            proposals::Column::Status,
            proposals::Column::AgreeCount,
            proposals::Column::DisagreeCount,
            proposals::Column::PassCount,
            proposals::Column::CommentCount,
            proposals::Column::ControversyScore,
            proposals::Column::FirstRespondedAt,
        ])
        .filter(proposals::Column::Id.is_in(ids.iter().copied()))
        .into_model::<ProposalFigures>()
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

/// Proposals, votes and comments in all, by theme and by province.
struct Tallies {
    proposals: u64,
    votes: VoteTotals,
    comments: i64,
    by_theme: Vec<GroupTotals>,
    by_province: Vec<GroupTotals>,
}

impl Tallies {
    fn of(cells: &[Cell]) -> Tallies {
        let mut proposals = 0u64;
        let mut votes = VoteTotals::default();
        let mut comment_total = 0i64;
        let mut themes: BTreeMap<Option<String>, GroupTotals> = BTreeMap::new();
        let mut provinces: BTreeMap<Option<String>, GroupTotals> = BTreeMap::new();
        for cell in cells {
            proposals += cell.proposals as u64;
            add_votes(&mut votes, cell);
            comment_total += cell.comments;
            for (map, label) in [(&mut themes, &cell.theme), (&mut provinces, &cell.province)] {
                let group = map.entry(label.clone()).or_insert_with(|| GroupTotals {
                    label: label.clone(),
                    proposals: 0,
                    votes: VoteTotals::default(),
                    comments: 0,
                });
                group.proposals += cell.proposals as u64;
                add_votes(&mut group.votes, cell);
                group.comments += cell.comments;
            }
        }
        Tallies {
            proposals,
            votes,
            comments: comment_total,
            by_theme: themes.into_values().collect(),
            by_province: provinces.into_values().collect(),
        }
    }
}

/// The best-supported proposals, best first.
fn top_supported(standings: &[Standing]) -> Vec<Uuid> {
    let support = |s: &Standing| wilson_lower_bound(s.1 as i64, s.2 as i64);
    let mut by_support: Vec<&Standing> = standings.iter().collect();
    by_support.sort_by(|a, b| {
        support(b)
            .total_cmp(&support(a))
            .then(b.1.cmp(&a.1))
            .then(b.0.cmp(&a.0))
    });
    by_support.iter().take(TOP_SUPPORTED).map(|s| s.0).collect()
}

/// The most divisive proposals, most divided first.
fn most_divisive(standings: &[Standing]) -> Vec<Uuid> {
    let mut by_division: Vec<&Standing> = standings.iter().filter(|s| s.3 > 0.0).collect();
    by_division.sort_by(|a, b| b.3.total_cmp(&a.3).then(b.0.cmp(&a.0)));
    by_division
        .iter()
        .take(MOST_DIVISIVE)
        .map(|s| s.0)
        .collect()
}

fn wilson(p: &ProposalFigures) -> f64 {
    wilson_lower_bound(p.agree_count as i64, p.disagree_count as i64)
}

fn add_votes(totals: &mut VoteTotals, cell: &Cell) {
    totals.agree += cell.agree;
    totals.disagree += cell.disagree;
    totals.pass += cell.pass;
    totals.total += cell.agree + cell.disagree + cell.pass;
}

async fn daily<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Vec<DayActivity>> {
    let rows: Vec<(String, i64, i64, i64)> = consultation_activity::Entity::find()
        .select_only()
        .column(consultation_activity::Column::Day)
        .column_as(consultation_activity::Column::Votes.sum(), "votes")
        .column_as(consultation_activity::Column::Comments.sum(), "comments")
        .column_as(consultation_activity::Column::Proposals.sum(), "proposals")
        .filter(consultation_activity::Column::ConsultationId.eq(id))
        .group_by(consultation_activity::Column::Day)
        .order_by_asc(consultation_activity::Column::Day)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(day, votes, comments, proposals)| DayActivity {
            day,
            votes,
            comments,
            proposals,
        })
        .collect())
}

async fn stances_of<C: ConnectionTrait>(conn: &C, ids: &[Uuid]) -> Result<HashMap<Uuid, Stances>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, Stance, i64)> = comments::Entity::find()
        .select_only()
        .column(comments::Column::ProposalId)
        .column(comments::Column::Stance)
        .column_as(comments::Column::Id.count(), "n")
        .filter(comments::Column::ProposalId.is_in(ids.iter().copied()))
        .filter(visibility::public_comments())
        .group_by(comments::Column::ProposalId)
        .group_by(comments::Column::Stance)
        .into_tuple()
        .all(conn)
        .await?;
    let mut out: HashMap<Uuid, Stances> = HashMap::new();
    for (proposal, stance, n) in rows {
        let entry = out.entry(proposal).or_default();
        match stance {
            Stance::For => entry.for_ += n,
            Stance::Against => entry.against += n,
            Stance::Neutral => entry.neutral += n,
        }
    }
    Ok(out)
}
