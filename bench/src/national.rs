//! A deterministic data set at national scale, loaded in bulk into one consultation:
//! participants with self-declared profiles, proposals in Thai and English with counters
//! equal to their votes, the votes, comments (one proposal carrying a long threaded
//! discussion), quick ratings, valuations, and the aggregates that votes, comments and
//! proposals keep current. Every run of the same scale loads the same rows.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sala::db::entities::{
    comments, consultation_activity, consultation_participants, feedback, proposals, users,
    valuations, votes,
};
use sala::db::Db;
use sala::domain::accounts::{Locale, Role};
use sala::domain::agency::aggregates::day_of;
use sala::domain::comments::{untouched, Stance};
use sala::domain::proposals::Status;
use sala::domain::ranking::{self, Tally};
use sala::domain::votes::VoteValue;
use sea_orm::{EntityTrait, Set};
use uuid::Uuid;

const PROVINCES: [&str; 4] = ["สุโขทัย", "นครพนม", "ภูเก็ต", "ราชบุรี"];
const THEMES: [&str; 2] = ["การเข้าถึงความยุติธรรม", "ยุติธรรมชุมชน"];
const AGES: [&str; 6] = ["under_18", "18_24", "25_34", "35_44", "45_59", "60_plus"];
const GENDERS: [&str; 4] = ["female", "male", "non_binary", "prefer_not_to_say"];
const STANCES: [Stance; 3] = [Stance::For, Stance::Against, Stance::Neutral];
pub const CRITERIA: [&str; 3] = ["structure", "process", "outcome"];

/// How much to load.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub participants: usize,
    pub proposals: usize,
    /// Votes per participant, each on a different proposal.
    pub votes_each: usize,
    /// Comments on every proposal but the first.
    pub comments_each: usize,
    /// Comments on the first proposal: a quarter of them top-level, each with three replies.
    pub thread: usize,
}

impl Scale {
    pub fn votes(&self) -> usize {
        self.participants * self.votes_each
    }

    pub fn comments(&self) -> usize {
        self.thread + self.proposals.saturating_sub(1) * self.comments_each
    }
}

/// What was loaded, for the scenarios to aim at.
pub struct Loaded {
    pub proposals: Vec<Uuid>,
    /// The proposal carrying the long discussion.
    pub thread: Uuid,
}

/// A small deterministic mixer, so every run loads the same data.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x
}

fn progress(what: &str, done: usize, total: usize) {
    eprint!("\rbench: loading {what}: {done}/{total}   ");
    if done == total {
        eprintln!();
    }
}

/// The days the load spreads over, counted per kind (votes, comments, proposals) for the
/// activity aggregate.
type Days = BTreeMap<String, [i32; 3]>;

struct Plan {
    cid: Uuid,
    scale: Scale,
    start: DateTime<Utc>,
    users: Vec<Uuid>,
    proposals: Vec<Uuid>,
}

impl Plan {
    /// When the `i`th thing happened: spread over the last 30 days.
    fn when(&self, i: usize) -> DateTime<Utc> {
        self.start + chrono::Duration::seconds((i as i64 * 7919) % (30 * 86_400))
    }

    /// The `j`th vote of participant `i`: the proposal and the value. Some proposals are
    /// loved, some divisive, some disliked.
    fn vote(&self, i: usize, j: usize) -> (usize, i16) {
        let p = (i * 7 + j * 53) % self.scale.proposals;
        let h = mix((i * 131 + j) as u64 ^ (p as u64) << 20);
        let value = match (p % 3, h % 10) {
            (0, 0..=7) | (1, 0..=4) | (2, 0..=2) => 1,
            (_, 9) => 0,
            _ => -1,
        };
        (p, value)
    }

    fn comments_on(&self, p: usize) -> usize {
        match p {
            0 => self.scale.thread,
            _ => self.scale.comments_each,
        }
    }
}

/// Loads `scale` into consultation `cid`, every counter equal to the rows it counts.
pub async fn load(db: &Db, cid: Uuid, scale: Scale) -> anyhow::Result<Loaded> {
    let plan = Plan {
        cid,
        scale,
        start: Utc::now() - chrono::Duration::days(30),
        users: (0..scale.participants).map(|_| Uuid::now_v7()).collect(),
        proposals: (0..scale.proposals).map(|_| Uuid::now_v7()).collect(),
    };
    let mut days = Days::new();
    participants(db, &plan).await?;
    proposal_rows(db, &plan).await?;
    vote_rows(db, &plan, &mut days).await?;
    comment_rows(db, &plan, &mut days).await?;
    for p in 0..scale.proposals {
        days.entry(day_of(plan.when(p))).or_insert([0; 3])[2] += 1;
    }
    ratings_and_valuations(db, &plan).await?;
    aggregates(db, &plan, days).await?;
    if db.backend() == sea_orm::DbBackend::Postgres {
        use sea_orm::ConnectionTrait;
        db.writer().execute_unprepared("ANALYZE").await?;
    }
    Ok(Loaded {
        thread: plan.proposals[0],
        proposals: plan.proposals,
    })
}

async fn participants(db: &Db, plan: &Plan) -> anyhow::Result<()> {
    let start = plan.start;
    for (c, chunk) in plan.users.chunks(2_000).enumerate() {
        let rows = chunk.iter().enumerate().map(|(j, id)| {
            let i = c * 2_000 + j;
            let h = mix(i as u64);
            users::ActiveModel {
                id: Set(*id),
                email: Set(format!("p{i}@bench.example")),
                display_name: Set(match i % 3 {
                    0 => format!("Participant {i}"),
                    _ => format!("ผู้ร่วมเสนอ {i}"),
                }),
                password_hash: Set("-".into()),
                role: Set(Role::Citizen),
                locale: Set(if i % 3 == 0 { Locale::En } else { Locale::Th }),
                province: Set(
                    (!h.is_multiple_of(5)).then(|| PROVINCES[(h % 4) as usize].to_owned())
                ),
                age_band: Set(Some(AGES[(h >> 8) as usize % 6].to_owned())),
                gender: Set(Some(GENDERS[(h >> 16) as usize % 4].to_owned())),
                verified_at: Set(Some(start)),
                suspended_until: Set(None),
                banned_at: Set(None),
                deleted_at: Set(None),
                created_at: Set(start),
                updated_at: Set(start),
                external_ref: Set(None),
            }
        });
        users::Entity::insert_many(rows).exec(db.writer()).await?;
        let done = (c * 2_000 + chunk.len()).min(plan.users.len());
        progress("participants", done, plan.users.len());
    }
    Ok(())
}

/// Thai most of the time, English every fourth.
fn proposal_text(p: usize) -> (String, &'static str) {
    match p % 4 {
        3 => (
            format!("Community mediation centre no. {p}"),
            "Open a mediation centre in every district office, staffed by trained volunteers.",
        ),
        _ => (
            format!("ข้อเสนอศูนย์ไกล่เกลี่ยชุมชนหมายเลข {p}"),
            "ให้มีศูนย์ไกล่เกลี่ยข้อพิพาทในทุกอำเภอ โดยอาสาสมัครที่ผ่านการอบรม",
        ),
    }
}

async fn proposal_rows(db: &Db, plan: &Plan) -> anyhow::Result<()> {
    // The votes are planned first so the proposals' counters equal them.
    let mut tallies = vec![Tally::default(); plan.scale.proposals];
    for i in 0..plan.scale.participants {
        for j in 0..plan.scale.votes_each {
            let (p, value) = plan.vote(i, j);
            match value {
                1 => tallies[p].agree += 1,
                -1 => tallies[p].disagree += 1,
                _ => tallies[p].pass += 1,
            }
        }
    }
    let rows: Vec<proposals::ActiveModel> = plan
        .proposals
        .iter()
        .enumerate()
        .map(|(p, id)| {
            let tally = tallies[p];
            let created = plan.when(p);
            let (title, body) = proposal_text(p);
            proposals::ActiveModel {
                id: Set(*id),
                consultation_id: Set(plan.cid),
                author_id: Set(plan.users[p % plan.users.len()]),
                title: Set(title),
                body: Set(body.into()),
                body_html: Set(format!("<p>{body}</p>")),
                theme: Set(Some(THEMES[p % 2].to_owned())),
                province: Set(Some(PROVINCES[p % 4].to_owned())),
                status: Set(Status::Published),
                official_response: Set(None),
                responded_at: Set(None),
                first_responded_at: Set(None),
                agree_count: Set(tally.agree),
                disagree_count: Set(tally.disagree),
                pass_count: Set(tally.pass),
                comment_count: Set(plan.comments_on(p) as i32),
                follower_count: Set(0),
                flag_count: Set(0),
                support_score: Set(tally.support()),
                hot_score: Set(ranking::hot(tally, created)),
                controversy_score: Set(ranking::controversy(tally)),
                hidden_at: Set(None),
                hidden_reason: Set(None),
                hidden_by: Set(None),
                locked_at: Set(None),
                pinned: Set(false),
                merged_into: Set(None),
                withdrawn_at: Set(None),
                created_at: Set(created),
                updated_at: Set(created),
                external_ref: Set(None),
                responsible_organization_id: Set(None),
                routed_by_hand: Set(false),
                answering_organization_id: Set(None),
            }
        })
        .collect();
    for chunk in rows.chunks(500) {
        proposals::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    progress("proposals", rows.len(), rows.len());
    Ok(())
}

async fn vote_rows(db: &Db, plan: &Plan, days: &mut Days) -> anyhow::Result<()> {
    let total = plan.scale.votes();
    let mut batch: Vec<votes::ActiveModel> = Vec::with_capacity(5_000);
    let mut done = 0usize;
    for (i, user) in plan.users.iter().enumerate() {
        for j in 0..plan.scale.votes_each {
            let (p, value) = plan.vote(i, j);
            let at = plan.when(i * plan.scale.votes_each + j);
            days.entry(day_of(at)).or_insert([0; 3])[0] += 1;
            batch.push(votes::ActiveModel {
                proposal_id: Set(plan.proposals[p]),
                user_id: Set(*user),
                value: Set(value),
                origin_network: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
            });
            if batch.len() == 5_000 {
                done += batch.len();
                votes::Entity::insert_many(std::mem::take(&mut batch))
                    .exec(db.writer())
                    .await?;
                if done.is_multiple_of(50_000) {
                    progress("votes", done, total);
                }
            }
        }
    }
    if !batch.is_empty() {
        done += batch.len();
        votes::Entity::insert_many(batch).exec(db.writer()).await?;
    }
    progress("votes", done, total);
    Ok(())
}

/// Comments in Thai and English; on the first proposal, a thread where every fourth comment
/// starts a discussion and the next three answer it.
async fn comment_rows(db: &Db, plan: &Plan, days: &mut Days) -> anyhow::Result<()> {
    let total = plan.scale.comments();
    let mut batch: Vec<comments::ActiveModel> = Vec::with_capacity(1_000);
    let mut done = 0usize;
    for (p, proposal) in plan.proposals.iter().enumerate() {
        let mut root = None;
        for c in 0..plan.comments_on(p) {
            let i = (p * 131 + c) % plan.scale.participants;
            let at = plan.when(p + c);
            days.entry(day_of(at)).or_insert([0; 3])[1] += 1;
            let id = Uuid::now_v7();
            let replying = p == 0 && c % 4 != 0;
            let replies_below = p == 0 && c % 4 == 0;
            let parent = if replying { root } else { None };
            if replies_below {
                root = Some(id);
            }
            let replies = (c + 1..c + 4).filter(|r| *r < plan.comments_on(p)).count();
            let body = match c % 5 {
                4 => "Weekend opening hours would help working families.",
                _ => "ศูนย์ไกล่เกลี่ยควรเปิดวันเสาร์ด้วย เพื่อคนที่ทำงานในวันธรรมดา",
            };
            batch.push(comments::ActiveModel {
                id: Set(id),
                proposal_id: Set(*proposal),
                parent_id: Set(parent),
                author_id: Set(plan.users[i]),
                depth: Set(i16::from(replying)),
                body: Set(body.into()),
                body_html: Set(format!("<p>{body}</p>")),
                stance: Set(STANCES[(mix(i as u64) % 3) as usize]),
                reply_count: Set(if replies_below { replies as i32 } else { 0 }),
                created_at: Set(at),
                ..untouched()
            });
            if batch.len() == 1_000 {
                done += batch.len();
                comments::Entity::insert_many(std::mem::take(&mut batch))
                    .exec(db.writer())
                    .await?;
            }
        }
    }
    if !batch.is_empty() {
        done += batch.len();
        comments::Entity::insert_many(batch)
            .exec(db.writer())
            .await?;
    }
    progress("comments", done, total);
    Ok(())
}

/// Quick ratings from every fifth participant; one valuator scores every proposal on every
/// criterion.
async fn ratings_and_valuations(db: &Db, plan: &Plan) -> anyhow::Result<()> {
    let start = plan.start;
    let feedback_rows: Vec<feedback::ActiveModel> = plan
        .users
        .iter()
        .step_by(5)
        .enumerate()
        .map(|(i, id)| {
            let h = mix(i as u64 + 7);
            feedback::ActiveModel {
                consultation_id: Set(plan.cid),
                user_id: Set(*id),
                usefulness: Set(1 + (h % 5) as i16),
                understanding: Set(1 + ((h >> 8) % 5) as i16),
                satisfaction: Set(1 + ((h >> 16) % 5) as i16),
                created_at: Set(start),
                updated_at: Set(start),
            }
        })
        .collect();
    for chunk in feedback_rows.chunks(2_000) {
        feedback::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    let valuator = plan.users[0];
    let valuation_rows: Vec<valuations::ActiveModel> = plan
        .proposals
        .iter()
        .enumerate()
        .flat_map(|(p, id)| {
            CRITERIA
                .iter()
                .enumerate()
                .map(move |(c, criterion)| valuations::ActiveModel {
                    proposal_id: Set(*id),
                    valuator_id: Set(valuator),
                    criterion: Set(criterion.to_string()),
                    score: Set(1 + ((p + c) % 5) as i16),
                    note: Set(None),
                    created_at: Set(start),
                    updated_at: Set(start),
                })
        })
        .collect();
    for chunk in valuation_rows.chunks(2_000) {
        valuations::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    Ok(())
}

/// The aggregates every vote, comment and proposal keeps current.
async fn aggregates(db: &Db, plan: &Plan, days: Days) -> anyhow::Result<()> {
    for (c, chunk) in plan.users.chunks(5_000).enumerate() {
        let rows = chunk.iter().enumerate().map(|(i, id)| {
            // Each participant's votes, as the vote writer keeps them (no proposal is hidden).
            let mut counts = [0i32; 3];
            for j in 0..plan.scale.votes_each {
                let (_, value) = plan.vote(c * 5_000 + i, j);
                for (n, d) in counts.iter_mut().zip(VoteValue::from_i16(value).counts()) {
                    *n += d;
                }
            }
            consultation_participants::ActiveModel {
                consultation_id: Set(plan.cid),
                user_id: Set(*id),
                first_seen_at: Set(plan.start),
                agree_votes: Set(counts[0]),
                disagree_votes: Set(counts[1]),
                pass_votes: Set(counts[2]),
            }
        });
        consultation_participants::Entity::insert_many(rows)
            .exec(db.writer())
            .await?;
    }
    // Spread each day over the shards, as concurrent writers would.
    let shards = sala::domain::agency::aggregates::SHARDS as i32;
    let activity: Vec<consultation_activity::ActiveModel> = days
        .into_iter()
        .flat_map(|(day, [v, c, p])| {
            (0..shards).map(move |s| consultation_activity::ActiveModel {
                consultation_id: Set(plan.cid),
                day: Set(day.clone()),
                shard: Set(s as i16),
                votes: Set(v / shards + i32::from(s < v % shards)),
                comments: Set(c / shards + i32::from(s < c % shards)),
                proposals: Set(p / shards + i32::from(s < p % shards)),
            })
        })
        .collect();
    for chunk in activity.chunks(1_000) {
        consultation_activity::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    // Who took part under each theme, counted from the rows just loaded.
    sala::domain::agency::theme_participants::rebuild(db.writer(), plan.cid).await?;
    Ok(())
}
