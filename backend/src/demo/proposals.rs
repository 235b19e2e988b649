//! The demo's proposals, their votes and their comment threads, drawn from the seeded
//! generator: each proposal appeals to one outlook more than the others, so votes have
//! structure. Only the rows are drawn here; `domain::bulk` derives their counters and scores.

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::Rng;
use uuid::Uuid;

use super::{content, id_at};
use crate::domain::bulk::{NewComment, NewCommentVote, NewProposal, NewVote};
use crate::domain::comments::{CommentVoteValue, Stance};
use crate::domain::votes::VoteValue;

/// A demo citizen and the outlook (0, 1 or 2) their votes lean to.
pub type Citizen = (Uuid, u8);

/// The consultation's proposals, spread between its opening and `now`.
pub fn draw(
    rng: &mut StdRng,
    content: &content::Content,
    c: &content::Consultation,
    opened: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[Citizen],
) -> anyhow::Result<Vec<NewProposal>> {
    let span = (now - opened).num_minutes().max(60);
    let step = span / (c.proposals.len() as i64 + 1);
    let mut drawn = Vec::with_capacity(c.proposals.len());
    for (i, p) in c.proposals.iter().enumerate() {
        let created_at =
            opened + Duration::minutes(step * i as i64 + rng.random_range(0..step.max(2)));
        let id = id_at(rng, created_at);
        let (author, _) = *citizens
            .choose(rng)
            .ok_or_else(|| anyhow::anyhow!("no citizens"))?;
        let votes = draw_votes(rng, created_at, now, citizens);
        let comments = draw_thread(rng, content, created_at, now, citizens);
        drawn.push(NewProposal {
            id,
            author_id: author,
            title: p.title.clone(),
            body: p.body.clone(),
            theme: p.theme.clone(),
            province: p.province.clone(),
            hidden: None,
            created_at,
            external_ref: None,
            votes,
            followers: Vec::new(),
            comments,
        });
    }
    Ok(drawn)
}

/// A turnout of citizens, each agreeing more often when the proposal favours their outlook.
fn draw_votes(
    rng: &mut StdRng,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[Citizen],
) -> Vec<NewVote> {
    let favoured = rng.random_range(0..3u8);
    let appeal: f64 = rng.random_range(0.35..0.9);
    let mut voters: Vec<&Citizen> = citizens.iter().collect();
    voters.shuffle(rng);
    let turnout = rng.random_range(8..(citizens.len() / 4).max(9));
    let mut votes = Vec::with_capacity(turnout);
    for (voter, outlook) in voters.into_iter().take(turnout) {
        let agree_p = if *outlook == favoured {
            appeal
        } else {
            1.0 - appeal
        };
        let value = if rng.random_bool(0.12) {
            VoteValue::Pass
        } else if rng.random_bool(agree_p.clamp(0.05, 0.95)) {
            VoteValue::Agree
        } else {
            VoteValue::Disagree
        };
        let at = created_at
            + Duration::minutes(rng.random_range(1..(now - created_at).num_minutes().max(2)));
        votes.push(NewVote {
            user_id: *voter,
            value,
            at,
        });
    }
    votes
}

/// Zero to four top-level comments, some with a reply or a reply to the reply.
fn draw_thread(
    rng: &mut StdRng,
    content: &content::Content,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[Citizen],
) -> Vec<NewComment> {
    let mut thread = Vec::new();
    let pools = [
        (Stance::For, &content.comments.support),
        (Stance::Against, &content.comments.against),
        (Stance::Neutral, &content.comments.neutral),
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
        let top = draw_comment(rng, None, stance, text, at, citizens);
        let mut parent = top.id;
        thread.push(top);
        let replies = rng.random_range(0..3);
        for _ in 0..replies {
            let Some(reply) = content.replies.choose(rng) else {
                break;
            };
            at += Duration::minutes(rng.random_range(1..=gap));
            let reply = draw_comment(rng, Some(parent), Stance::Neutral, reply, at, citizens);
            let reply_id = reply.id;
            thread.push(reply);
            if rng.random_bool(0.4) {
                parent = reply_id;
            }
        }
    }
    thread
}

/// One comment by a random citizen, with up to eleven votes from the others, mostly up.
fn draw_comment(
    rng: &mut StdRng,
    parent_id: Option<Uuid>,
    stance: Stance,
    text: &str,
    at: DateTime<Utc>,
    citizens: &[Citizen],
) -> NewComment {
    let id = id_at(rng, at);
    let author = citizens.choose(rng).map(|c| c.0).unwrap_or_default();
    let mut voters: Vec<Uuid> = citizens
        .iter()
        .map(|c| c.0)
        .filter(|v| *v != author)
        .collect();
    voters.shuffle(rng);
    let mut votes = Vec::new();
    for voter in voters.into_iter().take(rng.random_range(0..12)) {
        let value = if rng.random_bool(0.75) {
            CommentVoteValue::Up
        } else {
            CommentVoteValue::Down
        };
        votes.push(NewCommentVote {
            user_id: voter,
            value,
            at,
        });
    }
    NewComment {
        id,
        parent_id,
        author_id: author,
        stance,
        body: text.to_owned(),
        at,
        votes,
    }
}
