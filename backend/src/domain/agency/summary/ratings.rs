//! The ratings in a consultation's summary: quick 1–5 ratings, per-criterion scores and
//! each proposal's valuation scores.

use std::collections::{BTreeMap, HashMap};

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Select, Statement, Value,
};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::{feedback, valuations};
use crate::db::placeholder;
use crate::domain::proposals::Status;
use crate::error::Result;

use super::{CriterionScores, QuickRatings, RatingScores};

/// Per proposal: (criterion, sum of scores, number of valuations).
pub(super) async fn proposal_scores<C: ConnectionTrait>(
    conn: &C,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<(String, i64, i64)>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, String, i16, i64)> = valuations::Entity::find()
        .select_only()
        .column(valuations::Column::ProposalId)
        .column(valuations::Column::Criterion)
        .column(valuations::Column::Score)
        .column_as(valuations::Column::ValuatorId.count(), "n")
        .filter(valuations::Column::ProposalId.is_in(ids.iter().copied()))
        .group_by(valuations::Column::ProposalId)
        .group_by(valuations::Column::Criterion)
        .group_by(valuations::Column::Score)
        .into_tuple()
        .all(conn)
        .await?;
    let mut sums: BTreeMap<(Uuid, String), (i64, i64)> = BTreeMap::new();
    for (proposal, criterion, score, n) in rows {
        let entry = sums.entry((proposal, criterion)).or_default();
        entry.0 += score as i64 * n;
        entry.1 += n;
    }
    let mut out: HashMap<Uuid, Vec<(String, i64, i64)>> = HashMap::new();
    for ((proposal, criterion), (sum, n)) in sums {
        out.entry(proposal).or_default().push((criterion, sum, n));
    }
    Ok(out)
}

pub(super) async fn quick_ratings<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    k: i64,
) -> Result<QuickRatings> {
    let (responses, [usefulness, understanding, satisfaction]) =
        tally(&quick_rating_counts(conn, id).await?);
    let shown = responses >= k;
    Ok(QuickRatings {
        k,
        shown,
        responses: shown.then_some(responses),
        usefulness: shown.then_some(usefulness),
        understanding: shown.then_some(understanding),
        satisfaction: shown.then_some(satisfaction),
    })
}

/// The signed-in readers' quick ratings of a consultation, per combination of scores.
pub(crate) async fn quick_rating_counts<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<([i16; 3], i64)>> {
    let given =
        feedback::Entity::find().filter(feedback::Column::ConsultationId.eq(consultation_id));
    let scores = [
        feedback::Column::Usefulness,
        feedback::Column::Understanding,
        feedback::Column::Satisfaction,
    ];
    score_combinations(conn, given, scores, feedback::Column::UserId).await
}

/// How many of `query`'s rows give each combination of the three scores in `scores`.
pub(crate) async fn score_combinations<E, C>(
    conn: &C,
    query: Select<E>,
    scores: [E::Column; 3],
    counted: E::Column,
) -> Result<Vec<([i16; 3], i64)>>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let [a, b, c] = scores;
    let rows: Vec<(i16, i16, i16, i64)> = query
        .select_only()
        .columns(scores)
        .column_as(counted.count(), "n")
        .group_by(a)
        .group_by(b)
        .group_by(c)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, d, s, n)| ([u, d, s], n))
        .collect())
}

/// How many answered, and the distribution and mean of each of the three scores, from
/// counts per combination of scores.
pub(crate) fn tally(counts: &[([i16; 3], i64)]) -> (i64, [RatingScores; 3]) {
    let mut distributions = [[0i64; 5]; 3];
    let mut total = 0;
    for (scores, n) in counts {
        total += n;
        for (dist, score) in distributions.iter_mut().zip(scores) {
            if (1..=5).contains(score) {
                dist[(score - 1) as usize] += n;
            }
        }
    }
    (total, distributions.map(rating_scores))
}

fn rating_scores(distribution: [i64; 5]) -> RatingScores {
    RatingScores {
        average: average(&distribution),
        distribution,
    }
}

fn average(distribution: &[i64; 5]) -> Option<f64> {
    let n: i64 = distribution.iter().sum();
    let sum: i64 = distribution
        .iter()
        .enumerate()
        .map(|(i, c)| (i as i64 + 1) * c)
        .sum();
    (n > 0).then(|| sum as f64 / n as f64)
}

pub(super) async fn criterion_scores<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Vec<CriterionScores>> {
    let backend = conn.get_database_backend();
    let sql = format!(
        "SELECT v.criterion AS criterion, v.score AS score, COUNT(*) AS n \
         FROM valuations v JOIN proposals p ON p.id = v.proposal_id \
         WHERE p.consultation_id = {} AND p.hidden_at IS NULL AND p.merged_into IS NULL \
         AND p.status <> {} GROUP BY v.criterion, v.score",
        placeholder(backend, 1),
        placeholder(backend, 2),
    );
    let rows = conn
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [Value::from(consultation.id), Value::from(Status::Withdrawn)],
        ))
        .await?;
    let mut by_criterion: BTreeMap<String, [i64; 5]> = BTreeMap::new();
    for criterion in crate::domain::consultations::label_list(&consultation.criteria) {
        by_criterion.insert(criterion, [0; 5]);
    }
    for row in rows {
        let criterion: String = row.try_get("", "criterion")?;
        let score: i16 = row.try_get("", "score")?;
        let n: i64 = row.try_get("", "n")?;
        if (1..=5).contains(&score) {
            by_criterion.entry(criterion).or_insert([0; 5])[(score - 1) as usize] += n;
        }
    }
    Ok(by_criterion
        .into_iter()
        .map(|(criterion, distribution)| CriterionScores {
            criterion,
            valuations: distribution.iter().sum(),
            average: average(&distribution),
            distribution,
        })
        .collect())
}
