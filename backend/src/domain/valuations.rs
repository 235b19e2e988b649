//! Valuations: valuators score proposals 1–5 against their consultation's criteria (for
//! example structure, process and outcome indicators), each with a note.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::valuations::{self, Model as Valuation};
use crate::db::Db;
use crate::domain::accounts::{Account, Role};
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::consultations::label_list;
use crate::domain::proposals::get_for_update;
use crate::domain::{now, text};
use crate::error::{Error, FieldError, FieldErrors, Result};

pub struct ScoreInput {
    pub criterion: String,
    pub score: i64,
    pub note: Option<String>,
}

/// Valuators and administrators score proposals.
pub fn may_value(person: &Account) -> bool {
    matches!(person.role, Role::Valuator | Role::Admin)
}

/// Sets the valuator's scores on the proposal for the criteria given (others stay as they
/// were); returns all of the valuator's scores on it.
#[tracing::instrument(skip_all, fields(proposal_id = %proposal_id))]
pub async fn value(
    db: &Db,
    valuator: &Account,
    proposal_id: Uuid,
    scores: Vec<ScoreInput>,
) -> Result<Vec<Valuation>> {
    if !may_value(valuator) {
        return Err(Error::Forbidden(
            "Only valuators can value proposals.".into(),
        ));
    }
    let txn = db.begin_write().await?;
    let (proposal, consultation) = get_for_update(&txn, valuator, proposal_id).await?;
    let criteria = label_list(&consultation.criteria);
    let parsed = parse_scores(&scores, &criteria)?;
    upsert_scores(&txn, proposal.id, valuator.id, &parsed).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(valuator.id),
            action: AuditAction::ProposalValued,
            target_type: "proposal",
            target_id: Some(proposal.id),
            reason: None,
            before: None,
            after: Some(json!(parsed
                .iter()
                .map(|(c, s, _)| json!({"criterion": c, "score": s}))
                .collect::<Vec<_>>())),
        },
    )
    .await?;
    let mine = valuations::Entity::find()
        .filter(valuations::Column::ProposalId.eq(proposal.id))
        .filter(valuations::Column::ValuatorId.eq(valuator.id))
        .order_by_asc(valuations::Column::Criterion)
        .all(&txn)
        .await?;
    txn.commit().await?;
    Ok(mine)
}

/// One checked score: the criterion, the score from 1 to 5, and the note if any.
type ParsedScore = (String, i16, Option<String>);

/// Checks every score against the consultation's criteria, collecting every field problem.
fn parse_scores(scores: &[ScoreInput], criteria: &[String]) -> Result<Vec<ParsedScore>> {
    let mut errors = FieldErrors::new();
    if scores.is_empty() {
        errors.push(FieldError::new(
            "scores",
            "required",
            "give at least one score",
        ));
    }
    let mut parsed: Vec<ParsedScore> = Vec::new();
    for (i, s) in scores.iter().enumerate() {
        let field = format!("scores[{i}]");
        if !criteria.contains(&s.criterion) {
            errors.push(FieldError::new(
                &format!("{field}.criterion"),
                "not_offered",
                if criteria.is_empty() {
                    "this consultation has no criteria".to_owned()
                } else {
                    format!("must be one of: {}", criteria.join(", "))
                },
            ));
        } else if parsed.iter().any(|p| p.0 == s.criterion) {
            errors.push(FieldError::new(
                &format!("{field}.criterion"),
                "duplicate",
                "appears twice",
            ));
        }
        if !(1..=5).contains(&s.score) {
            errors.push(FieldError::new(
                &format!("{field}.score"),
                "out_of_range",
                "must be 1 to 5",
            ));
        }
        let note = match s.note.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(note) => errors.check(text::bounded(&format!("{field}.note"), note, 1, 2_000)),
        };
        parsed.push((s.criterion.clone(), s.score as i16, note));
    }
    errors.finish()?;
    Ok(parsed)
}

/// Inserts or replaces the valuator's scores on the proposal, one row per criterion.
async fn upsert_scores<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    valuator_id: Uuid,
    parsed: &[ParsedScore],
) -> Result<()> {
    if parsed.is_empty() {
        return Ok(());
    }
    let now = now();
    let rows = parsed
        .iter()
        .map(|(criterion, score, note)| valuations::ActiveModel {
            proposal_id: Set(proposal_id),
            valuator_id: Set(valuator_id),
            criterion: Set(criterion.clone()),
            score: Set(*score),
            note: Set(note.clone()),
            created_at: Set(now),
            updated_at: Set(now),
        });
    valuations::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                valuations::Column::ProposalId,
                valuations::Column::ValuatorId,
                valuations::Column::Criterion,
            ])
            .update_columns([
                valuations::Column::Score,
                valuations::Column::Note,
                valuations::Column::UpdatedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}
