//! What the demo's people find waiting at their first sign-in, written through the same
//! use-cases as the API: replies to the demo citizen's comment (so its inbox has news) and
//! reports for the moderators' queue. It runs after the bulk load, on the committed data.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::config::Settings;
use crate::db::entities::consultations::{self, Phase};
use crate::db::entities::{comments, proposals};
use crate::db::Db;
use crate::domain::accounts::{self, Account};
use crate::domain::comments::{self as comment_use_cases, Stance};
use crate::domain::moderation::flags::{self, FlagInput, FlagReason, FlaggableType};
use crate::domain::moderation::ModerationPolicy;
use crate::domain::repetition::RepetitionPolicy;
use crate::domain::visibility;

// Written on the first proposal of the consultation collecting ideas (the kiosks at district
// post offices). No pronouns or polite particles: the demo citizen's name is no one's, and
// the repliers are whichever citizens come first, of either gender.
const CITIZEN_COMMENT: &str = "เห็นด้วย อยากให้ตู้ที่ไปรษณีย์ใช้ได้นอกเวลาราชการด้วย \
คนทำงานกลางวันจะได้แวะพิมพ์เอกสารตอนเย็นหรือวันเสาร์ อยากให้ระบุด้วยว่าจะเปิดช่วงไหนบ้าง";
const REPLIES: [&str; 2] = [
    "ไปรษณีย์อำเภอเราเปิดวันเสาร์ถึงเที่ยงอยู่แล้ว ถ้าตั้งตู้ไว้ในส่วนที่เปิดตลอด คนเลิกงานก็แวะมาใช้ได้",
    "ควรติดป้ายบอกเวลาที่มีเจ้าหน้าที่ช่วยกดตู้ด้วย ผู้สูงอายุจะได้มาให้ตรงเวลา",
];
/// The proposal reported as misinformation: a comment on it questions its figures.
const QUESTIONED_PROPOSAL: &str = "นักสังคมสงเคราะห์ดูแลไม่เกิน 40 เคสต่อคน";
const REPORTS: [(FlagReason, &str); 2] = [
    (FlagReason::OffTopic, "ความเห็นนี้พูดถึงเรื่องอื่น ไม่เกี่ยวกับข้อเสนอ"),
    (
        FlagReason::Misinformation,
        "ตัวเลขที่อ้างไม่ตรงกับรายงานของกระทรวง",
    ),
];

/// Comments written here, for the demo's summary line.
pub async fn load(
    db: &Db,
    settings: &Settings,
    citizen: Uuid,
    others: &[Uuid],
) -> anyhow::Result<usize> {
    let (Some(citizen), [first, second, third, ..]) = (account(db, citizen).await?, others) else {
        return Ok(0);
    };
    let Some(proposal) = an_open_proposal(db).await? else {
        return Ok(0);
    };
    let repetition = RepetitionPolicy::from_settings(settings);
    let mut written = 0;
    let comment = comment_use_cases::create(
        db,
        &citizen,
        proposal,
        CITIZEN_COMMENT,
        Stance::For,
        None,
        &repetition,
    )
    .await?;
    written += 1;
    for (author, reply) in [first, second].into_iter().zip(REPLIES) {
        if let Some(author) = account(db, *author).await? {
            comment_use_cases::create(
                db,
                &author,
                proposal,
                reply,
                Stance::For,
                Some(comment.id),
                &repetition,
            )
            .await?;
            written += 1;
        }
    }
    report(db, settings, *third, proposal, comment.id).await?;
    Ok(written)
}

/// One report of another comment on the proposal and one of another proposal, by `reporter`.
async fn report(
    db: &Db,
    settings: &Settings,
    reporter: Uuid,
    proposal: Uuid,
    spared: Uuid,
) -> anyhow::Result<()> {
    let Some(reporter) = account(db, reporter).await? else {
        return Ok(());
    };
    let policy = ModerationPolicy {
        flag_hide_threshold: settings.flag_hide_threshold,
        new_account_age: chrono::Duration::seconds(
            settings.rate_limits.new_account_age_secs as i64,
        ),
    };
    let a_comment = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(proposal))
        .filter(comments::Column::Id.ne(spared))
        .filter(comments::Column::ParentId.is_null())
        .filter(comments::Column::AuthorId.ne(reporter.id))
        .order_by_asc(comments::Column::Id)
        .one(db.reader())
        .await?;
    let others = || {
        proposals::Entity::find()
            .filter(visibility::counted_proposals())
            .filter(proposals::Column::Id.ne(proposal))
            .filter(proposals::Column::AuthorId.ne(reporter.id))
    };
    let questioned = others()
        .filter(proposals::Column::Title.eq(QUESTIONED_PROPOSAL))
        .one(db.reader())
        .await?;
    let another_proposal = match questioned {
        Some(p) => Some(p),
        None => {
            others()
                .order_by_desc(proposals::Column::Id)
                .one(db.reader())
                .await?
        }
    };
    let targets = [
        a_comment.map(|c| (FlaggableType::Comment, c.id)),
        another_proposal.map(|p| (FlaggableType::Proposal, p.id)),
    ];
    for ((target_type, target_id), (reason, note)) in targets.into_iter().flatten().zip(REPORTS) {
        flags::flag(
            db,
            &reporter,
            FlagInput {
                target_type,
                target_id,
                reason,
                note: Some(note.to_owned()),
            },
            &policy,
        )
        .await?;
    }
    Ok(())
}

async fn account(db: &Db, id: Uuid) -> anyhow::Result<Option<Account>> {
    Ok(accounts::find_active(db.reader(), id).await?)
}

/// The oldest proposal of the first consultation still collecting ideas.
async fn an_open_proposal(db: &Db) -> anyhow::Result<Option<Uuid>> {
    let Some(consultation) = consultations::Entity::find()
        .filter(consultations::Column::Phase.eq(Phase::Ideation))
        .order_by_asc(consultations::Column::CreatedAt)
        .one(db.reader())
        .await?
    else {
        return Ok(None);
    };
    Ok(proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation.id))
        .filter(visibility::counted_proposals())
        .order_by_asc(proposals::Column::Id)
        .one(db.reader())
        .await?
        .map(|p| p.id))
}
