//! An award in the demo, written through the same use-cases as the API: the policy lab's
//! community justice innovation award, judged on structure, process and outcome, with the
//! first network's application and the demo valuator assigned to assess it. It stays open,
//! so visitors can apply, assess and decide it themselves.

use uuid::Uuid;

use crate::db::Db;
use crate::domain::accounts;
use crate::domain::awards::input::{ApplicationFields, CallFields, CriterionFields};
use crate::domain::awards::{applications, assessment, calls, AwardDimension};
use crate::domain::organizations;

/// The demo's people this part needs.
pub struct Cast {
    /// Owns the policy lab, which runs the award.
    pub lab_owner: Uuid,
    /// Represents the first network, which applies.
    pub representative: Uuid,
    /// Assesses the application.
    pub assessor_email: &'static str,
}

const CRITERIA: [(AwardDimension, &str, &str, i32); 6] = [
    (
        AwardDimension::Structure,
        "ธรรมาภิบาลและความโปร่งใสของโครงการ",
        "Governance and transparency",
        1,
    ),
    (
        AwardDimension::Structure,
        "ความยั่งยืนของทรัพยากรและภาคีร่วมดำเนินงาน",
        "Sustainable resources and partners",
        1,
    ),
    (
        AwardDimension::Process,
        "การมีส่วนร่วมของผู้ได้รับผลกระทบ",
        "Participation of those affected",
        2,
    ),
    (
        AwardDimension::Process,
        "การเข้าถึงของกลุ่มเปราะบาง",
        "Reaching vulnerable groups",
        1,
    ),
    (
        AwardDimension::Outcome,
        "ผลกระทบทางสังคมที่วัดได้",
        "Measured social impact",
        3,
    ),
    (
        AwardDimension::Outcome,
        "การขยายผลไปยังพื้นที่อื่น",
        "Scaling to other areas",
        1,
    ),
];

pub async fn load(db: &Db, cast: Cast) -> anyhow::Result<()> {
    let reader = db.reader();
    let (Some(owner), Some(representative)) = (
        accounts::find_active(reader, cast.lab_owner).await?,
        accounts::find_active(reader, cast.representative).await?,
    ) else {
        return Ok(());
    };
    let (Some(lab), Some(network)) = (
        spoken_for(db, owner.id).await?,
        spoken_for(db, representative.id).await?,
    ) else {
        return Ok(());
    };
    let fields = CallFields {
        organization: lab.to_string(),
        title: "รางวัลนวัตกรรมยุติธรรมชุมชน ประจำปี ๒๕๖๙".into(),
        title_en: Some("Community Justice Innovation Award 2026".into()),
        description: "รางวัลสำหรับองค์กรที่ทำให้ประชาชนเข้าถึงความยุติธรรมได้ใกล้บ้าน ผู้ประเมินให้คะแนนด้านโครงสร้าง กระบวนการ และผลลัพธ์ ใบสมัครที่ได้คะแนนเฉลี่ยตั้งแต่ร้อยละ ๗๐ ขึ้นไปจะได้รับการลงพื้นที่ตรวจเยี่ยม".into(),
        site_visit_threshold: 70,
        criteria: CRITERIA
            .iter()
            .map(|(dimension, name, name_en, weight)| CriterionFields {
                dimension: *dimension,
                name: (*name).into(),
                name_en: Some((*name_en).into()),
                weight: *weight,
            })
            .collect(),
    };
    let call = calls::create(db, &owner, fields).await?;
    let application = ApplicationFields {
        organization: network.to_string(),
        title: "ศูนย์ไกล่เกลี่ยข้อพิพาทในตลาดนัดชุมชน".into(),
        summary: "เครือข่ายเปิดจุดไกล่เกลี่ยในตลาดนัดทุกอำเภอ อาสาสมัครที่ผ่านการอบรมช่วยคู่กรณีตกลงกันได้โดยไม่ต้องขึ้นศาล ปีที่ผ่านมายุติข้อพิพาทได้ ๒๑๐ เรื่อง".into(),
    };
    let applied = applications::apply(db, &representative, call.id, application).await?;
    assessment::assign(db, &owner, applied.id, cast.assessor_email).await?;
    Ok(())
}

/// The first organisation the person may act for.
async fn spoken_for(db: &Db, user_id: Uuid) -> anyhow::Result<Option<Uuid>> {
    for org in organizations::of_user(db.reader(), user_id).await? {
        if organizations::speaks_for(db.reader(), org.id, user_id).await? {
            return Ok(Some(org.id));
        }
    }
    Ok(None)
}
