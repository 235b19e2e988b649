//! What became of the ideas, in the demo, written through the same use-cases as the API: the
//! Sukhothai justice office's result from its province's proposals, with milestones, an update
//! and an impact indicator measured twice; and the child-rights charter, published by the lab,
//! signed by the Lanna network and open to remarks, one of them a suggested amendment waiting
//! for a decision. It runs after the bulk load, on the committed data.

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::entities::document_remarks::RemarkKind;
use crate::db::entities::{consultations, proposals};
use crate::db::Db;
use crate::domain::accounts::{self, Account};
use crate::domain::documents::content::DraftInput;
use crate::domain::documents::remarks::{self, NewRemark};
use crate::domain::documents::{signatures, write as documents, DocumentKind};
use crate::domain::indicators::input::{IndicatorFields, ValueFields};
use crate::domain::indicators::{write as indicators, Owner};
use crate::domain::results::input::{MilestoneFields, ResultFields};
use crate::domain::results::write::{self as results, NewResult, NewUpdate};
use crate::domain::results::{milestones, ResultStatus};
use crate::domain::{now, visibility};

const JUSTICE: &str = "provincial-justice-strategy";
const CHILD_RIGHTS: &str = "child-rights-shared-charter";
const CHARTER: [&str; 4] = [
    "ภาคีเครือข่ายยืนยันว่าเด็กและเยาวชนทุกคนมีสิทธิแสดงความคิดเห็นในเรื่องที่กระทบต่อชีวิตของตน และความคิดเห็นนั้นต้องได้รับการรับฟังอย่างจริงจัง",
    "องค์กรภาคีจะจัดเวทีรับฟังเสียงเด็กในทุกจังหวัดที่ดำเนินงาน อย่างน้อยปีละสองครั้ง และเผยแพร่สรุปผลเป็นภาษาที่เด็กเข้าใจ",
    "ข้อมูลส่วนบุคคลของเด็กที่เข้าร่วมจะได้รับการคุ้มครอง และจะไม่มีการเผยแพร่ภาพหรือชื่อโดยไม่ได้รับความยินยอม",
    "ภาคีเครือข่ายจะทบทวนกฎบัตรนี้ร่วมกับกลุ่มเยาวชนทุกปี",
];

/// The demo's people this part needs, by role.
pub struct Cast {
    pub admin: Uuid,
    pub agency: Uuid,
    pub csos_representative: Uuid,
    /// Two demo citizens who comment on the charter.
    pub readers: [Uuid; 2],
}

pub async fn load(db: &Db, cast: Cast) -> anyhow::Result<()> {
    let (Some(admin), Some(agency), Some(representative), Some(first), Some(second)) = (
        account(db, cast.admin).await?,
        account(db, cast.agency).await?,
        account(db, cast.csos_representative).await?,
        account(db, cast.readers[0]).await?,
        account(db, cast.readers[1]).await?,
    ) else {
        return Ok(());
    };
    if let Some(justice) = consultation(db, JUSTICE).await? {
        justice_result(db, &agency, justice).await?;
    }
    if let Some(child_rights) = consultation(db, CHILD_RIGHTS).await? {
        let readers = [&first, &second];
        charter(db, &admin, &representative, readers, child_rights).await?;
    }
    Ok(())
}

async fn account(db: &Db, id: Uuid) -> anyhow::Result<Option<Account>> {
    Ok(accounts::find_active(db.reader(), id).await?)
}

async fn consultation(db: &Db, slug: &str) -> anyhow::Result<Option<Uuid>> {
    Ok(consultations::Entity::find()
        .filter(consultations::Column::Slug.eq(slug))
        .one(db.reader())
        .await?
        .map(|c| c.id))
}

fn days_ago(days: i64) -> NaiveDate {
    (now() - Duration::days(days)).date_naive()
}

/// The Sukhothai office's commitment, made from two of its province's proposals.
async fn justice_result(db: &Db, agency: &Account, consultation: Uuid) -> anyhow::Result<()> {
    let sources: Vec<Uuid> = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation))
        .filter(proposals::Column::Province.eq("สุโขทัย"))
        .filter(visibility::listed_proposals())
        .order_by_asc(proposals::Column::CreatedAt)
        .all(db.reader())
        .await?
        .into_iter()
        .take(2)
        .map(|p| p.id)
        .collect();
    let result = results::create(
        db,
        agency,
        consultation,
        NewResult {
            fields: ResultFields {
                title: Some("ศูนย์ไกล่เกลี่ยชุมชนในตลาดนัดทุกอำเภอของสุโขทัย".into()),
                title_en: Some(Some("Community mediation desks in every district market of Sukhothai".into())),
                description: Some("สำนักงานยุติธรรมจังหวัดเปิดจุดไกล่เกลี่ยข้อพิพาทในตลาดนัดประจำอำเภอ ให้ชาวบ้านยุติข้อพิพาทเล็ก ๆ ได้ใกล้บ้านโดยไม่ต้องขึ้นศาล".into()),
                description_en: Some(Some("The provincial justice office opens dispute mediation desks in each district's market day, so small disputes are settled close to home without going to court.".into())),
                province: Some(Some("สุโขทัย".into())),
                start_date: Some(Some(days_ago(150))),
                end_date: None,
            },
            status: Some(ResultStatus::InProgress),
            progress: Some(20),
            proposal_ids: sources,
            ..NewResult::default()
        },
    )
    .await?;
    let milestones_planned = [
        MilestoneFields {
            title: Some("ลงนามบันทึกข้อตกลงกับเทศบาลทั้ง 9 อำเภอ".into()),
            due_date: Some(days_ago(100)),
            done_date: Some(Some(days_ago(104))),
            evidence: Some("ลงนามครบทุกอำเภอแล้ว ในพิธีที่ศาลากลางจังหวัด".into()),
        },
        MilestoneFields {
            title: Some("เปิดจุดไกล่เกลี่ยครบทุกอำเภอ".into()),
            due_date: Some(days_ago(-120)),
            done_date: None,
            evidence: None,
        },
    ];
    for fields in milestones_planned {
        milestones::add(db, agency, result.id, fields).await?;
    }
    results::add_update(
        db,
        agency,
        result.id,
        NewUpdate {
            progress: Some(45),
            status: Some(ResultStatus::InProgress),
            note: Some("เปิดจุดไกล่เกลี่ยแล้ว 4 จาก 9 อำเภอ เริ่มที่อำเภอเมืองและศรีสำโรง".into()),
        },
    )
    .await?;
    measured_indicator(db, agency, result.id).await
}

/// The result's impact indicator, measured twice since it began.
async fn measured_indicator(db: &Db, agency: &Account, result: Uuid) -> anyhow::Result<()> {
    let indicator = indicators::create(
        db,
        agency,
        Owner::Result(result),
        IndicatorFields {
            name: Some("คดีที่ยุติได้ในชั้นไกล่เกลี่ยต่อปี".into()),
            name_en: Some(Some("Disputes settled by mediation per year".into())),
            unit: Some("คดี".into()),
            baseline: Some(120.0),
            target: Some(300.0),
            description: Some(Some(
                "นับจากทะเบียนคดีของสำนักงานยุติธรรมจังหวัด รอบสิบสองเดือนล่าสุด".into(),
            )),
            position: None,
        },
    )
    .await?;
    for (days, value) in [(120, 150.0), (30, 185.0)] {
        indicators::record_value(
            db,
            agency,
            indicator.id,
            ValueFields {
                value: Some(value),
                measured_on: Some(days_ago(days)),
                source: Some("รายงานผลการดำเนินงาน สำนักงานยุติธรรมจังหวัดสุโขทัย".into()),
                source_url: None,
                note: None,
            },
        )
        .await?;
    }
    Ok(())
}

/// The shared charter: published by the lab, signed by the network the demo citizen speaks
/// for, with a comment and a suggested amendment from two citizens.
async fn charter(
    db: &Db,
    admin: &Account,
    representative: &Account,
    readers: [&Account; 2],
    consultation: Uuid,
) -> anyhow::Result<()> {
    let document = documents::create(
        db,
        admin,
        consultation,
        DocumentKind::Charter,
        DraftInput {
            title: "กฎบัตรร่วมเพื่อสิทธิเด็กและเยาวชน".into(),
            title_en: Some("Shared charter for the rights of children and young people".into()),
            paragraphs: CHARTER.iter().map(|p| (*p).to_owned()).collect(),
        },
    )
    .await?;
    let version = documents::publish(db, admin, document.id).await?;
    if let Some((organization, _)) = signatures::represented_by(db.reader(), representative)
        .await?
        .into_iter()
        .next()
    {
        signatures::sign(db, representative, document.id, version.id, organization).await?;
    }
    remarks::add(
        db,
        readers[0],
        document.id,
        NewRemark {
            version_id: version.id,
            paragraph: 1,
            kind: RemarkKind::Comment,
            body: "อยากให้มีเวทีออนไลน์ด้วย เด็กที่อยู่ไกลจะได้ร่วมได้".into(),
            proposed_text: None,
        },
    )
    .await?;
    remarks::add(
        db,
        readers[1],
        document.id,
        NewRemark {
            version_id: version.id,
            paragraph: 3,
            kind: RemarkKind::Amendment,
            body: "ให้เด็กเป็นผู้ร่วมทบทวน ไม่ใช่แค่ผู้ให้ความเห็น".into(),
            proposed_text: Some(
                "ภาคีเครือข่ายจะทบทวนกฎบัตรนี้ทุกปี โดยมีผู้แทนกลุ่มเยาวชนร่วมเป็นคณะทำงานทบทวน".into(),
            ),
        },
    )
    .await?;
    Ok(())
}
