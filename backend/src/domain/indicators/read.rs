//! What the public reads of indicators: a result's, and a consultation's (its own and its
//! results'), each with its measured values by date. Hidden with a draft consultation.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::indicator_values::{self, Model as Value};
use crate::db::entities::indicators::{self, Model as Indicator};
use crate::db::entities::results::Model as Outcome;
use crate::domain::accounts::Account;
use crate::domain::{consultations, results};
use crate::error::Result;

/// An indicator with its values, oldest measurement first.
#[derive(Debug, Clone)]
pub struct IndicatorView {
    pub indicator: Indicator,
    pub values: Vec<Value>,
}

impl IndicatorView {
    /// The value that counts: measured last, and of those on one day, recorded last (a
    /// correction).
    pub fn latest(&self) -> Option<&Value> {
        self.values.last()
    }
}

/// The consultation's own indicators first, then each result's, each group in its order.
fn in_order(mut all: Vec<Indicator>) -> Vec<Indicator> {
    all.sort_by(|a, b| {
        (
            a.result_id.is_some(),
            a.result_id,
            a.position,
            a.created_at,
            a.id,
        )
            .cmp(&(
                b.result_id.is_some(),
                b.result_id,
                b.position,
                b.created_at,
                b.id,
            ))
    });
    all
}

async fn with_values<C: ConnectionTrait>(
    conn: &C,
    shown: Vec<Indicator>,
) -> Result<Vec<IndicatorView>> {
    let mut values: HashMap<Uuid, Vec<Value>> = HashMap::new();
    for v in indicator_values::Entity::find()
        .filter(indicator_values::Column::IndicatorId.is_in(shown.iter().map(|i| i.id)))
        .order_by_asc(indicator_values::Column::MeasuredOn)
        .order_by_asc(indicator_values::Column::CreatedAt)
        .order_by_asc(indicator_values::Column::Id)
        .all(conn)
        .await?
    {
        values.entry(v.indicator_id).or_default().push(v);
    }
    Ok(in_order(shown)
        .into_iter()
        .map(|i| IndicatorView {
            values: values.remove(&i.id).unwrap_or_default(),
            indicator: i,
        })
        .collect())
}

/// Every indicator of a consultation, its results' included, whatever its visibility (the
/// caller checks that).
pub async fn all_of<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<IndicatorView>> {
    let all = indicators::Entity::find()
        .filter(indicators::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?;
    with_values(conn, all).await
}

/// A consultation's indicators, its results' included, if the viewer may see it.
pub async fn of_consultation<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id_or_slug: &str,
) -> Result<(Consultation, Vec<IndicatorView>)> {
    let consultation = consultations::get(conn, viewer, id_or_slug).await?;
    let views = all_of(conn, consultation.id).await?;
    Ok((consultation, views))
}

/// A result's indicators, if the viewer may see the result.
pub async fn of_result<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    result_id: Uuid,
) -> Result<(Consultation, Outcome, Vec<IndicatorView>)> {
    let (result, consultation) = results::get(conn, viewer, result_id).await?;
    let shown = indicators::Entity::find()
        .filter(indicators::Column::ResultId.eq(result.id))
        .all(conn)
        .await?;
    let views = with_values(conn, shown).await?;
    Ok((consultation, result, views))
}

/// One indicator with its values, read after a write.
pub async fn one<C: ConnectionTrait>(conn: &C, indicator: Indicator) -> Result<IndicatorView> {
    let mut views = with_values(conn, vec![indicator.clone()]).await?;
    Ok(views.pop().unwrap_or(IndicatorView {
        indicator,
        values: Vec::new(),
    }))
}
