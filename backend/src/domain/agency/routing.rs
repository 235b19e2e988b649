//! Routing: each consultation maps (theme or any) × (province or any) to the organisation
//! that answers such proposals; a proposal takes its responsible organisation from the most
//! specific matching cell when it is submitted, and moderators, administrators or the
//! owning lab may reassign it by hand to another verified organisation the map names.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::{organizations, responsibilities};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::consultations::{self, label_list};
use crate::domain::{moderation, now, proposals as proposal_rules, text};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Result};

/// At most this many cells per consultation.
pub const MAX_CELLS: usize = 200;

/// One cell of the map: `None` stands for any theme or any province.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub theme: Option<String>,
    pub province: Option<String>,
    pub organization_id: Uuid,
}

impl Cell {
    fn of(row: &responsibilities::Model) -> Cell {
        Cell {
            theme: (!row.theme.is_empty()).then(|| row.theme.clone()),
            province: (!row.province.is_empty()).then(|| row.province.clone()),
            organization_id: row.organization_id,
        }
    }

    /// How specifically the cell matches a proposal of this theme and province, or `None`
    /// when it does not: theme and province over province alone, over theme alone, over
    /// the catch-all.
    fn specificity(&self, theme: Option<&str>, province: Option<&str>) -> Option<u8> {
        let matches = |cell: &Option<String>, value: Option<&str>| match cell {
            None => Some(false),
            Some(cell) => (Some(cell.as_str()) == value).then_some(true),
        };
        let theme = matches(&self.theme, theme)?;
        let province = matches(&self.province, province)?;
        Some(match (theme, province) {
            (true, true) => 3,
            (false, true) => 2,
            (true, false) => 1,
            (false, false) => 0,
        })
    }
}

/// A cell as listed, with its organisation's name.
#[derive(Debug, Clone)]
pub struct NamedCell {
    pub cell: Cell,
    pub organization_name: String,
}

/// The responsible organisation for a proposal of this theme and province, if any cell
/// matches.
pub fn route(map: &[Cell], theme: Option<&str>, province: Option<&str>) -> Option<Uuid> {
    map.iter()
        .filter_map(|cell| Some((cell.specificity(theme, province)?, cell.organization_id)))
        .max_by_key(|(specificity, _)| *specificity)
        .map(|(_, org)| org)
}

/// The consultation's map.
pub async fn map_of<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<Vec<Cell>> {
    Ok(responsibilities::Entity::find()
        .filter(responsibilities::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(responsibilities::Column::Theme)
        .order_by_asc(responsibilities::Column::Province)
        .all(conn)
        .await?
        .iter()
        .map(Cell::of)
        .collect())
}

/// The organisation a new proposal of this theme and province is routed to.
pub async fn route_new<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    theme: Option<&str>,
    province: Option<&str>,
) -> Result<Option<Uuid>> {
    Ok(route(
        &map_of(conn, consultation_id).await?,
        theme,
        province,
    ))
}

/// Organisation names by id.
pub async fn names_of<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organizations::Entity::find()
        .select_only()
        .column(organizations::Column::Id)
        .column(organizations::Column::Name)
        .filter(organizations::Column::Id.is_in(ids))
        .into_tuple::<(Uuid, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// Which of `ids` name verified organisations.
async fn verified_among<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashSet<Uuid>> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(organizations::Entity::find()
        .select_only()
        .column(organizations::Column::Id)
        .filter(organizations::Column::Id.is_in(ids))
        .filter(organizations::Column::VerifiedAt.is_not_null())
        .into_tuple::<Uuid>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

async fn named<C: ConnectionTrait>(conn: &C, map: Vec<Cell>) -> Result<Vec<NamedCell>> {
    let names = names_of(conn, map.iter().map(|c| c.organization_id)).await?;
    Ok(map
        .into_iter()
        .map(|cell| NamedCell {
            organization_name: names
                .get(&cell.organization_id)
                .cloned()
                .unwrap_or_default(),
            cell,
        })
        .collect())
}

async fn managed<C: ConnectionTrait>(
    conn: &C,
    actor: &Account,
    consultation_ref: &str,
) -> Result<Consultation> {
    let consultation = consultations::get(conn, Some(actor), consultation_ref).await?;
    if !consultations::can_manage(conn, actor, &consultation).await? {
        return Err(Error::Forbidden(
            "Only administrators and the consultation's own lab or agency assign responsibility."
                .into(),
        ));
    }
    Ok(consultation)
}

/// The map, for those who manage the consultation.
pub async fn read_map(db: &Db, actor: &Account, consultation_ref: &str) -> Result<Vec<NamedCell>> {
    let consultation = managed(db.reader(), actor, consultation_ref).await?;
    named(db.reader(), map_of(db.reader(), consultation.id).await?).await
}

/// Replaces the whole map, re-routes the proposals the map routed, and records both.
pub async fn replace_map(
    db: &Db,
    actor: &Account,
    consultation_ref: &str,
    cells: Vec<Cell>,
) -> Result<Vec<NamedCell>> {
    let txn = db.begin_write().await?;
    let consultation = managed(&txn, actor, consultation_ref).await?;
    check_cells(&txn, &consultation, &cells).await?;
    let before = map_of(&txn, consultation.id).await?;
    let rerouted = write_map(&txn, consultation.id, &cells).await?;
    AuditEntry::by(
        actor,
        AuditAction::ConsultationResponsibilitiesSet,
        "consultation",
        consultation.id,
    )
    .before(cells_json(&before))
    .after(json!({"cells": cells_json(&cells), "rerouted": rerouted}))
    .record(&txn)
    .await?;
    let listed = named(&txn, map_of(&txn, consultation.id).await?).await?;
    txn.commit().await?;
    Ok(listed)
}

/// Writes the consultation's map as given (checked by the caller) and re-routes; returns
/// how many proposals moved.
pub async fn write_map<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    cells: &[Cell],
) -> Result<u64> {
    responsibilities::Entity::delete_many()
        .filter(responsibilities::Column::ConsultationId.eq(consultation_id))
        .exec(conn)
        .await?;
    let now = now();
    for cell in cells {
        responsibilities::ActiveModel {
            id: Set(Uuid::now_v7()),
            consultation_id: Set(consultation_id),
            theme: Set(cell.theme.clone().unwrap_or_default()),
            province: Set(cell.province.clone().unwrap_or_default()),
            organization_id: Set(cell.organization_id),
            created_at: Set(now),
        }
        .insert(conn)
        .await?;
    }
    reroute(conn, consultation_id, cells).await
}

fn cells_json(cells: &[Cell]) -> serde_json::Value {
    json!(cells
        .iter()
        .map(|c| json!({"theme": c.theme, "province": c.province, "organization_id": c.organization_id}))
        .collect::<Vec<_>>())
}

async fn check_cells<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    cells: &[Cell],
) -> Result<()> {
    if cells.len() > MAX_CELLS {
        return Err(Error::field(
            "items",
            "too_many",
            format!("at most {MAX_CELLS} cells"),
        ));
    }
    let themes = label_list(&consultation.themes);
    let provinces = label_list(&consultation.provinces);
    let known = names_of(conn, cells.iter().map(|c| c.organization_id)).await?;
    let verified = verified_among(conn, known.keys().copied()).await?;
    let mut errors = FieldErrors::new();
    for (i, cell) in cells.iter().enumerate() {
        let field = |name: &str| format!("items[{i}].{name}");
        if cell.theme.as_ref().is_some_and(|t| !themes.contains(t)) {
            errors.push(FieldError::new(
                &field("theme"),
                "invalid",
                "not one of the consultation's themes",
            ));
        }
        if cell
            .province
            .as_ref()
            .is_some_and(|p| !provinces.contains(p))
        {
            errors.push(FieldError::new(
                &field("province"),
                "invalid",
                "not one of the consultation's provinces",
            ));
        }
        if !known.contains_key(&cell.organization_id) {
            errors.push(FieldError::new(
                &field("organization_id"),
                "not_found",
                "no such organisation",
            ));
        } else if !verified.contains(&cell.organization_id) {
            // It could not answer: only verified organisations give their members powers.
            errors.push(FieldError::new(
                &field("organization_id"),
                "not_verified",
                "the organisation is not verified yet",
            ));
        }
        let same_cell = |other: &Cell| other.theme == cell.theme && other.province == cell.province;
        if cells[..i].iter().any(same_cell) {
            errors.push(FieldError::new(
                &field("theme"),
                "duplicate",
                "this theme and province are listed twice",
            ));
        }
    }
    errors.finish()
}

/// A proposal as routing reads it: id, theme, province, responsible organisation.
type Routed = (Uuid, Option<String>, Option<String>, Option<Uuid>);

/// Routes again every proposal of the consultation that the map routed. Proposals someone
/// reassigned by hand keep their organisation: that was a decision about one proposal, made
/// knowing its content, which a general rule must not silently undo; the others were only
/// ever the map's consequence, so they follow the map. Returns how many moved.
async fn reroute<C: ConnectionTrait>(conn: &C, consultation_id: Uuid, map: &[Cell]) -> Result<u64> {
    let rows: Vec<Routed> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Id)
        .column(proposals::Column::Theme)
        .column(proposals::Column::Province)
        .column(proposals::Column::ResponsibleOrganizationId)
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .filter(proposals::Column::RoutedByHand.eq(false))
        .into_tuple()
        .all(conn)
        .await?;
    let mut moves: HashMap<Option<Uuid>, Vec<Uuid>> = HashMap::new();
    for (id, theme, province, current) in rows {
        let target = route(map, theme.as_deref(), province.as_deref());
        if target != current {
            moves.entry(target).or_default().push(id);
        }
    }
    let mut moved = 0;
    for (target, ids) in moves {
        for chunk in ids.chunks(500) {
            moved += proposals::Entity::update_many()
                .col_expr(
                    proposals::Column::ResponsibleOrganizationId,
                    Expr::value(target),
                )
                .filter(proposals::Column::Id.is_in(chunk.iter().copied()))
                .exec(conn)
                .await?
                .rows_affected;
        }
    }
    Ok(moved)
}

/// Refuses an organisation that may not answer in this consultation: only a verified
/// organisation named in its responsibility map may. The map is where administrators and the
/// owning lab decide who answers; reassigning picks among those, it does not bypass them.
async fn ensure_may_answer<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    organization_id: Uuid,
) -> Result<()> {
    let named = map_of(conn, consultation_id)
        .await?
        .iter()
        .any(|cell| cell.organization_id == organization_id);
    let verified = organizations::Entity::find_by_id(organization_id)
        .one(conn)
        .await?
        .is_some_and(|org| org.verified_at.is_some());
    if named && verified {
        Ok(())
    } else {
        Err(Conflict::OrganizationNotResponsible.into())
    }
}

/// Gives the proposal to another organisation by hand, with a reason; it then stays there
/// whatever the map says. The organisation must be a verified one the map names.
pub async fn reassign(
    db: &Db,
    actor: &Account,
    proposal_id: Uuid,
    organization_id: Uuid,
    raw_reason: &str,
) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = proposal_rules::get_for_update(&txn, actor, proposal_id).await?;
    let allowed = moderation::may_moderate(&txn, actor, consultation.id).await?
        || consultations::can_manage(&txn, actor, &consultation).await?;
    if !allowed {
        return Err(Error::Forbidden(
            "Only the consultation's moderators, administrators and its own lab or agency reassign proposals."
                .into(),
        ));
    }
    let mut errors = FieldErrors::new();
    let reason = errors.check(text::bounded("reason", raw_reason, 3, 500));
    if names_of(&txn, [organization_id]).await?.is_empty() {
        errors.push(FieldError::new(
            "organization_id",
            "not_found",
            "no such organisation",
        ));
    }
    errors.finish()?;
    ensure_may_answer(&txn, consultation.id, organization_id).await?;
    let before = json!({
        "responsible_organization_id": current.responsible_organization_id,
        "routed_by_hand": current.routed_by_hand,
    });
    let mut row: proposals::ActiveModel = current.into();
    row.responsible_organization_id = Set(Some(organization_id));
    row.routed_by_hand = Set(true);
    let updated = row.update(&txn).await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(actor.id),
            action: AuditAction::ProposalReassigned,
            target_type: "proposal",
            target_id: Some(updated.id),
            reason,
            before: Some(before),
            after: Some(json!({
                "responsible_organization_id": updated.responsible_organization_id,
                "routed_by_hand": true,
            })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(theme: Option<&str>, province: Option<&str>, org: u128) -> Cell {
        Cell {
            theme: theme.map(str::to_owned),
            province: province.map(str::to_owned),
            organization_id: Uuid::from_u128(org),
        }
    }

    #[test]
    fn the_most_specific_cell_wins() {
        let map = [
            cell(None, None, 1),
            cell(Some("victims"), None, 2),
            cell(None, Some("Phuket"), 3),
            cell(Some("victims"), Some("Phuket"), 4),
        ];
        let at = |t, p| route(&map, t, p).map(|id| id.as_u128());
        assert_eq!(at(Some("victims"), Some("Phuket")), Some(4));
        assert_eq!(at(Some("mediation"), Some("Phuket")), Some(3));
        assert_eq!(at(Some("victims"), Some("Sukhothai")), Some(2));
        assert_eq!(at(Some("mediation"), None), Some(1));
        assert_eq!(at(None, None), Some(1));
        assert_eq!(route(&map[1..3], None, Some("Sukhothai")), None);
    }
}
