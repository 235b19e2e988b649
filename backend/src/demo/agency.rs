//! The demo's agency side: kept-current aggregates, official answers with deadlines, quick
//! ratings, valuations and civil-society endorsements, so the dashboard has something to
//! show. Deterministic: it draws from the demo's seeded generator.

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::Rng;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::proposals::Citizen;
use crate::db::entities::{consultations, endorsements, feedback, proposals, valuations};
use crate::domain::agency::aggregates;
use crate::domain::consultations::label_list;

const ANSWERS: [(&str, &str); 4] = [
    (
        "accepted",
        "กระทรวงรับข้อเสนอนี้ไปดำเนินการ โดยจะเริ่มนำร่องในพื้นที่ที่มีผู้สนับสนุนมากที่สุดภายในไตรมาสหน้า และจะรายงานความคืบหน้าบนหน้านี้",
    ),
    (
        "under_review",
        "คณะทำงานกำลังศึกษาความเป็นไปได้ด้านงบประมาณและกฎหมายที่เกี่ยวข้อง จะแจ้งผลการพิจารณาภายใน 30 วัน",
    ),
    (
        "rejected",
        "ขอบคุณสำหรับข้อเสนอ ขณะนี้ยังไม่สามารถดำเนินการได้เนื่องจากติดข้อจำกัดทางกฎหมาย แต่ได้ส่งต่อให้หน่วยงานที่รับผิดชอบพิจารณาในการแก้ไขระเบียบรอบถัดไป",
    ),
    (
        "implemented",
        "ดำเนินการแล้ว ประชาชนสามารถใช้บริการได้ที่สำนักงานยุติธรรมจังหวัดทุกแห่งตั้งแต่ต้นเดือนนี้",
    ),
];

const NOTES: [&str; 3] = [
    "มีหน่วยงานรับผิดชอบชัดเจนและใช้งบประมาณไม่มาก",
    "ต้องประสานหลายหน่วยงาน ควรเริ่มจากพื้นที่นำร่อง",
    "ผลลัพธ์วัดได้ แต่ควรระบุกลุ่มเป้าหมายให้ชัดขึ้น",
];

/// The accounts and organizations the agency side of the demo acts as.
pub struct Actors<'a> {
    pub valuator: Uuid,
    pub cso_member: Uuid,
    pub csos: &'a [Uuid],
    pub citizens: &'a [Citizen],
}

/// The agency side of one consultation: aggregates, answers, valuations, ratings and
/// endorsements, drawn in that order.
pub async fn load<C: ConnectionTrait>(
    conn: &C,
    rng: &mut StdRng,
    consultation_id: Uuid,
    actors: &Actors<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    aggregates::rebuild(conn, consultation_id).await?;
    let Some(consultation) = consultations::Entity::find_by_id(consultation_id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    // Owed answers: within 30 days of a proposal's answer clock starting, for 10 or more agree votes.
    consultations::Entity::update_many()
        .col_expr(
            consultations::Column::AnswerDueDays,
            sea_orm::sea_query::Expr::value(Some(30)),
        )
        .col_expr(
            consultations::Column::AnswerSupportThreshold,
            sea_orm::sea_query::Expr::value(Some(10)),
        )
        .filter(consultations::Column::Id.eq(consultation_id))
        .exec(conn)
        .await?;
    let ranked = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .order_by_desc(proposals::Column::SupportScore)
        .order_by_asc(proposals::Column::Id)
        .all(conn)
        .await?;
    answer(conn, &ranked, now).await?;
    let criteria = label_list(&consultation.criteria);
    value(conn, rng, &ranked, &criteria, actors.valuator, now).await?;
    rate(conn, rng, consultation_id, actors.citizens, now).await?;
    endorse(conn, &ranked, actors, now).await
}

/// Official answers to the four best-supported proposals.
async fn answer<C: ConnectionTrait>(
    conn: &C,
    ranked: &[proposals::Model],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    for (i, proposal) in ranked.iter().take(4).enumerate() {
        let (status, answer) = ANSWERS[i % ANSWERS.len()];
        let answered = now - Duration::days(3 + i as i64 * 2);
        proposals::Entity::update_many()
            .col_expr(
                proposals::Column::Status,
                sea_orm::sea_query::Expr::value(status),
            )
            .col_expr(
                proposals::Column::OfficialResponse,
                sea_orm::sea_query::Expr::value(Some(answer.to_owned())),
            )
            .col_expr(
                proposals::Column::RespondedAt,
                sea_orm::sea_query::Expr::value(Some(answered)),
            )
            .col_expr(
                proposals::Column::FirstRespondedAt,
                sea_orm::sea_query::Expr::value(Some(answered)),
            )
            .filter(proposals::Column::Id.eq(proposal.id))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// The valuator's scores on every criterion for the ten best-supported proposals.
async fn value<C: ConnectionTrait>(
    conn: &C,
    rng: &mut StdRng,
    ranked: &[proposals::Model],
    criteria: &[String],
    valuator: Uuid,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let mut valuation_rows = Vec::new();
    for proposal in ranked.iter().take(10) {
        for criterion in criteria {
            valuation_rows.push(valuations::ActiveModel {
                proposal_id: Set(proposal.id),
                valuator_id: Set(valuator),
                criterion: Set(criterion.clone()),
                score: Set(rng.random_range(2..=5)),
                note: Set(NOTES.choose(rng).map(|n| n.to_string())),
                created_at: Set(now - Duration::days(2)),
                updated_at: Set(now - Duration::days(2)),
            });
        }
    }
    for chunk in valuation_rows.chunks(200) {
        valuations::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Quick ratings from about two citizens in five, each near their own mood.
async fn rate<C: ConnectionTrait>(
    conn: &C,
    rng: &mut StdRng,
    consultation_id: Uuid,
    citizens: &[Citizen],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let mut ratings = Vec::new();
    for citizen in citizens {
        if rng.random_bool(0.4) {
            let base: i16 = rng.random_range(2..=5);
            let nudge = |rng: &mut StdRng| (base + rng.random_range(-1..=1)).clamp(1, 5);
            ratings.push(feedback::ActiveModel {
                consultation_id: Set(consultation_id),
                user_id: Set(citizen.id),
                usefulness: Set(nudge(rng)),
                understanding: Set(nudge(rng)),
                satisfaction: Set(nudge(rng)),
                created_at: Set(now - Duration::days(1)),
                updated_at: Set(now - Duration::days(1)),
            });
        }
    }
    for chunk in ratings.chunks(200) {
        feedback::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Each civil-society group endorses three proposals, staggered down the ranking.
async fn endorse<C: ConnectionTrait>(
    conn: &C,
    ranked: &[proposals::Model],
    actors: &Actors<'_>,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let mut endorsement_rows = Vec::new();
    for (i, org) in actors.csos.iter().enumerate() {
        for proposal in ranked.iter().skip(i).step_by(3).take(3) {
            endorsement_rows.push(endorsements::ActiveModel {
                proposal_id: Set(proposal.id),
                organization_id: Set(*org),
                endorsed_by: Set((i == 0).then_some(actors.cso_member)),
                created_at: Set(now - Duration::hours(6 + i as i64)),
            });
        }
    }
    if !endorsement_rows.is_empty() {
        endorsements::Entity::insert_many(endorsement_rows)
            .exec(conn)
            .await?;
    }
    Ok(())
}
