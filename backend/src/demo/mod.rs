//! `sala demo`: a realistic, deterministic, Thai-first data set — three consultations, a few
//! hundred proposals, votes and threaded comments from a few hundred demo citizens, and one
//! account per role. The same seed gives the same content, votes and threads every time.

mod agency;
mod content;

use std::collections::HashMap;
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, RngCore, SeedableRng};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::auth::password;
use crate::db::entities::{
    comment_votes, comments, consultations, organizations, proposals, users, votes,
};
use crate::db::Db;
use crate::domain::accounts::{Role, AGE_BANDS, GENDERS};
use crate::domain::consultations::Phase;
use crate::domain::ranking::{self, Tally};
use crate::domain::{markdown, now};
use crate::outbox::search::touch_many;
use crate::outbox::search::DocType;

/// The demo sign-ins the README lists; all share this password.
pub const DEMO_PASSWORD: &str = "sala-demo-2570";
pub const DEMO_ACCOUNTS: [(&str, Role, &str); 6] = [
    ("citizen@demo.sala.in.th", Role::Citizen, "พลเมือง ทดลองใช้"),
    (
        "moderator@demo.sala.in.th",
        Role::Moderator,
        "ผู้ดูแล ห้องปฏิบัติการ",
    ),
    ("valuator@demo.sala.in.th", Role::Valuator, "ผู้ประเมิน ข้อเสนอ"),
    ("agency@demo.sala.in.th", Role::Agency, "นักวิเคราะห์ กระทรวง"),
    ("admin@demo.sala.in.th", Role::Admin, "ผู้ดูแลระบบ ศาลา"),
    (
        "lab@demo.sala.in.th",
        Role::Citizen,
        "เจ้าหน้าที่ ห้องปฏิบัติการนโยบาย",
    ),
];
const CITIZENS: usize = 320;
const SEED: u64 = 2570;
/// Provinces demo citizens declare, pilot provinces first.
const PROVINCES: [&str; 10] = [
    "สุโขทัย",
    "นครพนม",
    "ภูเก็ต",
    "ราชบุรี",
    "กรุงเทพมหานคร",
    "เชียงใหม่",
    "ขอนแก่น",
    "สงขลา",
    "นครราชสีมา",
    "อุบลราชธานี",
];

/// What was loaded, for the summary line.
#[derive(Debug, Default)]
pub struct Summary {
    pub accounts: usize,
    pub consultations: usize,
    pub proposals: usize,
    pub votes: usize,
    pub comments: usize,
}

fn progress(step: &str, n: usize) {
    eprintln!("demo: {step:<14} {n:>6}");
}

/// An id whose time part is `at`, with the rest drawn from the seeded generator.
fn id_at(rng: &mut StdRng, at: DateTime<Utc>) -> Uuid {
    let mut random = [0u8; 10];
    rng.fill_bytes(&mut random);
    uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis() as u64, &random).into_uuid()
}

/// Loads the demo data unless it is there already.
pub async fn load(db: &Db) -> anyhow::Result<Option<Summary>> {
    let started = Instant::now();
    let content = content::load()?;
    let first_org = content
        .organizations
        .first()
        .map(|o| o.slug.clone())
        .unwrap_or_default();
    if organizations::Entity::find()
        .filter(organizations::Column::Slug.eq(first_org))
        .one(db.reader())
        .await?
        .is_some()
    {
        eprintln!("demo: already loaded; nothing to do");
        return Ok(None);
    }
    let mut rng = StdRng::seed_from_u64(SEED);
    let mut summary = Summary::default();
    // One hash for every demo account: hashing hundreds of passwords would take minutes.
    let hash = password::hash_password(DEMO_PASSWORD).await?;
    let now = now();
    let txn = db.begin_write().await?;

    let mut org_ids = HashMap::new();
    for org in &content.organizations {
        let created =
            crate::domain::organizations::create(&txn, &org.slug, &org.name, &org.kind).await?;
        org_ids.insert(org.slug.clone(), (created.id, org.kind.clone()));
    }

    let mut staff = HashMap::new();
    for (email, role, name) in DEMO_ACCOUNTS {
        let account = crate::domain::accounts::create_verified(
            &txn,
            email,
            name,
            hash.clone(),
            role,
            crate::domain::accounts::Locale::Th,
        )
        .await?;
        staff.insert(email, account.id);
    }
    // The demo's own people joined long ago, like its citizens: new-account limits are for
    // accounts made today.
    users::Entity::update_many()
        .col_expr(
            users::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(now - Duration::days(180)),
        )
        .filter(users::Column::Id.is_in(staff.values().copied()))
        .exec(&txn)
        .await?;
    let lab_id = content
        .organizations
        .iter()
        .find(|o| o.kind == "lab")
        .and_then(|o| org_ids.get(&o.slug))
        .map(|(id, _)| *id);
    let agency_ids: Vec<Uuid> = org_ids
        .values()
        .filter(|(_, k)| k == "agency")
        .map(|(id, _)| *id)
        .collect();
    if let Some(lab) = lab_id {
        crate::domain::organizations::add_member(&txn, lab, staff["lab@demo.sala.in.th"], "member")
            .await?;
    }
    for agency in &agency_ids {
        crate::domain::organizations::add_member(
            &txn,
            *agency,
            staff["agency@demo.sala.in.th"],
            "member",
        )
        .await?;
    }

    // Citizens, each leaning towards one of three outlooks so that votes have structure.
    let cso_ids: Vec<Uuid> = content
        .organizations
        .iter()
        .filter(|o| o.kind == "cso")
        .filter_map(|o| org_ids.get(&o.slug).map(|(id, _)| *id))
        .collect();
    if let Some(first_cso) = cso_ids.first() {
        crate::domain::organizations::add_member(
            &txn,
            *first_cso,
            staff["citizen@demo.sala.in.th"],
            "member",
        )
        .await?;
    }

    let joined = now - Duration::days(120);
    let mut citizens = Vec::with_capacity(CITIZENS);
    let mut rows = Vec::with_capacity(CITIZENS);
    for i in 0..CITIZENS {
        let first = content
            .first_names
            .choose(&mut rng)
            .cloned()
            .unwrap_or_default();
        let last = content
            .last_names
            .choose(&mut rng)
            .cloned()
            .unwrap_or_default();
        let created_at = joined + Duration::minutes(i as i64 * 17);
        let id = id_at(&mut rng, created_at);
        let outlook = rng.random_range(0..3u8);
        citizens.push((id, outlook));
        rows.push(users::ActiveModel {
            id: Set(id),
            email: Set(format!("citizen{i:03}@demo.sala.in.th")),
            display_name: Set(format!("{first} {}.", last.chars().next().unwrap_or('ก'))),
            password_hash: Set(hash.clone()),
            role: Set(Role::Citizen.as_str().to_owned()),
            locale: Set(if i % 10 == 9 { "en" } else { "th" }.to_owned()),
            province: Set(rng
                .random_bool(0.85)
                .then(|| PROVINCES.choose(&mut rng).map(|p| p.to_string()))
                .flatten()),
            age_band: Set(rng
                .random_bool(0.8)
                .then(|| AGE_BANDS.choose(&mut rng).map(|a| a.to_string()))
                .flatten()),
            gender: Set(rng
                .random_bool(0.8)
                .then(|| GENDERS.choose(&mut rng).map(|g| g.to_string()))
                .flatten()),
            verified_at: Set(Some(created_at)),
            suspended_until: Set(None),
            banned_at: Set(None),
            deleted_at: Set(None),
            created_at: Set(created_at),
            updated_at: Set(created_at),
        });
    }
    for chunk in rows.chunks(200) {
        users::Entity::insert_many(chunk.to_vec())
            .exec(&txn)
            .await?;
    }
    summary.accounts = CITIZENS + DEMO_ACCOUNTS.len();
    progress("accounts", summary.accounts);

    for (index, c) in content.consultations.iter().enumerate() {
        let phase = Phase::parse(&c.phase)
            .ok_or_else(|| anyhow::anyhow!("demo consultation {} has phase {}", c.slug, c.phase))?;
        let opened = now - Duration::days(60 - index as i64 * 10);
        let consultation_id = id_at(&mut rng, opened);
        let timeline = |days: i64| Set(Some(opened + Duration::days(days)));
        consultations::ActiveModel {
            id: Set(consultation_id),
            slug: Set(c.slug.clone()),
            title: Set(c.title.clone()),
            summary: Set(c.summary.clone()),
            body: Set(c.body.clone()),
            body_html: Set(markdown::render(&c.body)),
            owner_organization_id: Set(org_ids.get(&c.owner).map(|(id, _)| *id)),
            phase: Set(phase.as_str().to_owned()),
            themes: Set(Value::from(c.themes.clone())),
            provinces: Set(Value::from(c.provinces.clone())),
            criteria: Set(Value::from(c.criteria.clone())),
            ideation_starts_at: timeline(0),
            voting_starts_at: timeline(75),
            review_starts_at: timeline(105),
            closes_at: timeline(135),
            proposal_count: Set(c.proposals.len() as i32),
            answer_due_days: Set(None),
            answer_support_threshold: Set(None),
            created_by: Set(staff["admin@demo.sala.in.th"]),
            created_at: Set(opened),
            updated_at: Set(opened),
        }
        .insert(&txn)
        .await?;
        crate::outbox::search::touch(&txn, DocType::Consultation, consultation_id).await?;
        summary.consultations += 1;
        let loaded = load_proposals(
            &txn,
            &mut rng,
            &content,
            c,
            consultation_id,
            opened,
            now,
            &citizens,
        )
        .await?;
        agency::load(
            &txn,
            &mut rng,
            consultation_id,
            &agency::Actors {
                valuator: staff["valuator@demo.sala.in.th"],
                cso_member: staff["citizen@demo.sala.in.th"],
                csos: &cso_ids,
                citizens: &citizens,
            },
            now,
        )
        .await?;
        summary.proposals += loaded.proposals;
        summary.votes += loaded.votes;
        summary.comments += loaded.comments;
        progress("proposals", summary.proposals);
        progress("votes", summary.votes);
        progress("comments", summary.comments);
    }
    txn.commit().await?;
    eprintln!(
        "demo: loaded {} consultations, {} proposals, {} votes and {} comments from {} accounts in {:.1} s",
        summary.consultations,
        summary.proposals,
        summary.votes,
        summary.comments,
        summary.accounts,
        started.elapsed().as_secs_f64()
    );
    Ok(Some(summary))
}

struct Loaded {
    proposals: usize,
    votes: usize,
    comments: usize,
}

#[allow(clippy::too_many_arguments)]
async fn load_proposals<C: ConnectionTrait>(
    conn: &C,
    rng: &mut StdRng,
    content: &content::Content,
    c: &content::Consultation,
    consultation_id: Uuid,
    opened: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[(Uuid, u8)],
) -> anyhow::Result<Loaded> {
    let span = (now - opened).num_minutes().max(60);
    let step = span / (c.proposals.len() as i64 + 1);
    let mut loaded = Loaded {
        proposals: 0,
        votes: 0,
        comments: 0,
    };
    let mut proposal_rows = Vec::new();
    let mut vote_rows = Vec::new();
    let mut comment_rows = Vec::new();
    let mut comment_vote_rows = Vec::new();
    for (i, p) in c.proposals.iter().enumerate() {
        let created_at =
            opened + Duration::minutes(step * i as i64 + rng.random_range(0..step.max(2)));
        let id = id_at(rng, created_at);
        let (author, _) = *citizens
            .choose(rng)
            .ok_or_else(|| anyhow::anyhow!("no citizens"))?;
        // Each proposal appeals to one outlook more than the others.
        let favoured = rng.random_range(0..3u8);
        let appeal: f64 = rng.random_range(0.35..0.9);
        let mut tally = Tally::default();
        let mut voters: Vec<&(Uuid, u8)> = citizens.iter().collect();
        voters.shuffle(rng);
        let turnout = rng.random_range(8..(citizens.len() / 4).max(9));
        for (voter, outlook) in voters.into_iter().take(turnout) {
            let agree_p = if *outlook == favoured {
                appeal
            } else {
                1.0 - appeal
            };
            let value: i16 = if rng.random_bool(0.12) {
                0
            } else if rng.random_bool(agree_p.clamp(0.05, 0.95)) {
                1
            } else {
                -1
            };
            match value {
                1 => tally.agree += 1,
                -1 => tally.disagree += 1,
                _ => tally.pass += 1,
            }
            let voted_at = created_at
                + Duration::minutes(rng.random_range(1..(now - created_at).num_minutes().max(2)));
            vote_rows.push(votes::ActiveModel {
                proposal_id: Set(id),
                user_id: Set(*voter),
                value: Set(value),
                origin_network: Set(None),
                created_at: Set(voted_at),
                updated_at: Set(voted_at),
            });
        }
        loaded.votes += turnout;
        let thread = demo_thread(rng, content, id, created_at, now, citizens);
        let comment_count = thread.comments.len() as i32;
        loaded.comments += thread.comments.len();
        comment_rows.extend(thread.comments);
        comment_vote_rows.extend(thread.votes);
        proposal_rows.push(proposals::ActiveModel {
            id: Set(id),
            consultation_id: Set(consultation_id),
            author_id: Set(author),
            title: Set(p.title.clone()),
            body: Set(p.body.clone()),
            body_html: Set(markdown::render(&p.body)),
            theme: Set(p.theme.clone()),
            province: Set(p.province.clone()),
            status: Set("published".to_owned()),
            official_response: Set(None),
            responded_at: Set(None),
            first_responded_at: Set(None),
            agree_count: Set(tally.agree),
            disagree_count: Set(tally.disagree),
            pass_count: Set(tally.pass),
            comment_count: Set(comment_count),
            follower_count: Set(0),
            flag_count: Set(0),
            support_score: Set(tally.support()),
            hot_score: Set(ranking::hot(tally, created_at)),
            controversy_score: Set(ranking::controversy(tally)),
            hidden_at: Set(None),
            hidden_reason: Set(None),
            hidden_by: Set(None),
            locked_at: Set(None),
            pinned: Set(false),
            merged_into: Set(None),
            withdrawn_at: Set(None),
            created_at: Set(created_at),
            updated_at: Set(created_at),
        });
        loaded.proposals += 1;
    }
    for chunk in proposal_rows.chunks(200) {
        proposals::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    for chunk in vote_rows.chunks(500) {
        votes::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    for chunk in comment_rows.chunks(200) {
        comments::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    for chunk in comment_vote_rows.chunks(500) {
        comment_votes::Entity::insert_many(chunk.to_vec())
            .exec(conn)
            .await?;
    }
    // The indexer picks the demo up like any other write.
    let proposal_ids: Vec<Uuid> = proposal_rows
        .iter()
        .filter_map(|r| r.id.clone().take())
        .collect();
    let comment_ids: Vec<Uuid> = comment_rows
        .iter()
        .filter_map(|r| r.id.clone().take())
        .collect();
    touch_many(conn, DocType::Proposal, &proposal_ids).await?;
    touch_many(conn, DocType::Comment, &comment_ids).await?;
    Ok(loaded)
}

struct DemoThread {
    comments: Vec<comments::ActiveModel>,
    votes: Vec<comment_votes::ActiveModel>,
}

/// Zero to four top-level comments, some with a reply or a reply to the reply.
fn demo_thread(
    rng: &mut StdRng,
    content: &content::Content,
    proposal_id: Uuid,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[(Uuid, u8)],
) -> DemoThread {
    let mut thread = DemoThread {
        comments: Vec::new(),
        votes: Vec::new(),
    };
    let pools = [
        ("for", &content.comments.support),
        ("against", &content.comments.against),
        ("neutral", &content.comments.neutral),
    ];
    let mut at = created_at;
    let gap = ((now - created_at).num_minutes() / 12).max(1);
    let top_level = rng.random_range(0..5);
    for _ in 0..top_level {
        let (stance, pool) = pools[rng.random_range(0..pools.len())];
        let Some(text) = pool.choose(rng) else {
            continue;
        };
        at += Duration::minutes(rng.random_range(1..=gap));
        let parent = push_comment(
            rng,
            &mut thread,
            proposal_id,
            None,
            0,
            stance,
            text,
            at,
            citizens,
        );
        let mut parent_depth = (parent, 0i16);
        let replies = rng.random_range(0..3);
        for _ in 0..replies {
            let Some(reply) = content.replies.choose(rng) else {
                break;
            };
            at += Duration::minutes(rng.random_range(1..=gap));
            let depth = parent_depth.1 + 1;
            let id = push_comment(
                rng,
                &mut thread,
                proposal_id,
                Some(parent_depth.0),
                depth,
                "neutral",
                reply,
                at,
                citizens,
            );
            if rng.random_bool(0.4) {
                parent_depth = (id, depth);
            }
        }
    }
    thread
}

#[allow(clippy::too_many_arguments)]
fn push_comment(
    rng: &mut StdRng,
    thread: &mut DemoThread,
    proposal_id: Uuid,
    parent: Option<Uuid>,
    depth: i16,
    stance: &str,
    text: &str,
    at: DateTime<Utc>,
    citizens: &[(Uuid, u8)],
) -> Uuid {
    let id = id_at(rng, at);
    let author = citizens.choose(rng).map(|c| c.0).unwrap_or_default();
    let mut voters: Vec<Uuid> = citizens
        .iter()
        .map(|c| c.0)
        .filter(|v| *v != author)
        .collect();
    voters.shuffle(rng);
    let (mut up, mut down) = (0, 0);
    for voter in voters.into_iter().take(rng.random_range(0..12)) {
        let value: i16 = if rng.random_bool(0.75) { 1 } else { -1 };
        if value > 0 {
            up += 1
        } else {
            down += 1
        }
        thread.votes.push(comment_votes::ActiveModel {
            comment_id: Set(id),
            user_id: Set(voter),
            value: Set(value),
            created_at: Set(at),
        });
    }
    if let Some(parent) = parent {
        if let Some(parent_row) = thread
            .comments
            .iter_mut()
            .find(|c| c.id.as_ref() == &parent)
        {
            let replies = *parent_row.reply_count.as_ref();
            parent_row.reply_count = Set(replies + 1);
        }
    }
    thread.comments.push(comments::ActiveModel {
        id: Set(id),
        proposal_id: Set(proposal_id),
        parent_id: Set(parent),
        author_id: Set(author),
        depth: Set(depth),
        body: Set(text.to_owned()),
        body_html: Set(markdown::render(text)),
        stance: Set(stance.to_owned()),
        up_count: Set(up),
        down_count: Set(down),
        reply_count: Set(0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        flag_count: Set(0),
        deleted_at: Set(None),
        edited_at: Set(None),
        created_at: Set(at),
    });
    id
}
