//! The demo's proposals, their votes and their comment threads, drawn from the seeded
//! generator. Every demo citizen leans to one of three outlooks, and each proposal has a
//! reception — agreed by every outlook, dividing them, splitting each, or rejected by all —
//! so the opinion groups computed from the votes find both common ground and divides. Only
//! the rows are drawn here; `domain::bulk` derives their counters and scores.

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::Rng;
use uuid::Uuid;

use super::content::{self, Reception, Voice};
use super::id_at;
use crate::domain::bulk::{NewComment, NewCommentVote, NewProposal, NewVote};
use crate::domain::comments::{CommentVoteValue, Stance};
use crate::domain::votes::VoteValue;

/// How many outlooks the demo citizens lean to.
pub const OUTLOOKS: u8 = 3;

/// A demo citizen: the outlook (0, 1 or 2) their votes lean to, and the gender of their first
/// name, which the polite particles of what they write must fit.
#[derive(Debug, Clone, Copy)]
pub struct Citizen {
    pub id: Uuid,
    pub outlook: u8,
    pub voice: Voice,
}

/// The consultation's proposals, spread between its opening and `now`.
pub fn draw(
    rng: &mut StdRng,
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
        let author = citizens
            .choose(rng)
            .ok_or_else(|| anyhow::anyhow!("no citizens"))?
            .id;
        let reception = p.reception.unwrap_or_else(|| any_reception(rng));
        let votes = draw_votes(rng, reception, created_at, now, citizens);
        let comments = draw_threads(rng, &p.threads, author, created_at, now, citizens)?;
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

/// The reception of a proposal the content leaves open: mostly agreed or dividing, some
/// split, a few rejected.
fn any_reception(rng: &mut StdRng) -> Reception {
    match rng.random_range(0..10) {
        0..=2 => Reception::Consensus,
        3..=6 => Reception::Divided,
        7..=8 => Reception::Mixed,
        _ => Reception::Rejected,
    }
}

/// The chance that a citizen of each outlook agrees, for a proposal so received.
fn agreement(rng: &mut StdRng, reception: Reception) -> [f64; OUTLOOKS as usize] {
    let mut each = |low: f64, high: f64| std::array::from_fn(|_| rng.random_range(low..high));
    match reception {
        Reception::Consensus => each(0.72, 0.92),
        Reception::Mixed => each(0.4, 0.62),
        Reception::Rejected => each(0.08, 0.25),
        Reception::Divided => {
            let favoured = rng.random_range(0..OUTLOOKS);
            let also = rng.random_bool(0.4).then(|| (favoured + 1) % OUTLOOKS);
            std::array::from_fn(|outlook| {
                let outlook = outlook as u8;
                if outlook == favoured || Some(outlook) == also {
                    rng.random_range(0.75..0.92)
                } else {
                    rng.random_range(0.08..0.25)
                }
            })
        }
    }
}

/// A turnout of citizens, each agreeing as likely as the proposal's reception in their outlook.
fn draw_votes(
    rng: &mut StdRng,
    reception: Reception,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[Citizen],
) -> Vec<NewVote> {
    let agree_p = agreement(rng, reception);
    let mut voters: Vec<&Citizen> = citizens.iter().collect();
    voters.shuffle(rng);
    let turnout = rng.random_range(8..(citizens.len() / 4).max(9));
    let mut votes = Vec::with_capacity(turnout);
    for voter in voters.into_iter().take(turnout) {
        let p = agree_p[usize::from(voter.outlook % OUTLOOKS)];
        let value = if rng.random_bool(0.1) {
            VoteValue::Pass
        } else if rng.random_bool(p) {
            VoteValue::Agree
        } else {
            VoteValue::Disagree
        };
        let at = created_at
            + Duration::minutes(rng.random_range(1..(now - created_at).num_minutes().max(2)));
        votes.push(NewVote {
            user_id: voter.id,
            value,
            at,
        });
    }
    votes
}

/// The proposal's own threads, in order: each opening comment by a citizen other than the
/// proposal's author, each reply (to the opening comment) by someone else in the thread
/// again, every speaker of a gender the text's particles fit.
fn draw_threads(
    rng: &mut StdRng,
    threads: &[content::Thread],
    proposal_author: Uuid,
    created_at: DateTime<Utc>,
    now: DateTime<Utc>,
    citizens: &[Citizen],
) -> anyhow::Result<Vec<NewComment>> {
    let mut drawn = Vec::new();
    let mut at = created_at;
    let messages: usize = threads.iter().map(|t| 1 + t.replies.len()).sum();
    let gap = ((now - created_at).num_minutes() / (messages as i64 + 1)).max(1);
    for thread in threads {
        let mut speakers = vec![proposal_author];
        at += Duration::minutes(rng.random_range(1..=gap));
        let author = speaker(rng, thread.voice, &speakers, citizens)?;
        speakers.push(author);
        let top = draw_comment(rng, None, author, thread.stance, &thread.text, at, citizens);
        let parent = top.id;
        drawn.push(top);
        for reply in &thread.replies {
            at += Duration::minutes(rng.random_range(1..=gap));
            let author = speaker(rng, reply.voice, &speakers[1..], citizens)?;
            speakers.push(author);
            drawn.push(draw_comment(
                rng,
                Some(parent),
                author,
                Stance::Neutral,
                &reply.text,
                at,
                citizens,
            ));
        }
    }
    Ok(drawn)
}

/// A citizen whose first name fits `voice`, not one of `taken`.
fn speaker(
    rng: &mut StdRng,
    voice: Voice,
    taken: &[Uuid],
    citizens: &[Citizen],
) -> anyhow::Result<Uuid> {
    let fitting: Vec<&Citizen> = citizens
        .iter()
        .filter(|c| c.voice.may_say(voice) && !taken.contains(&c.id))
        .collect();
    fitting
        .choose(rng)
        .map(|c| c.id)
        .ok_or_else(|| anyhow::anyhow!("no demo citizen can speak in a {voice:?} voice"))
}

/// One comment, with up to eleven votes from the other citizens, mostly up.
fn draw_comment(
    rng: &mut StdRng,
    parent_id: Option<Uuid>,
    author: Uuid,
    stance: Stance,
    text: &str,
    at: DateTime<Utc>,
    citizens: &[Citizen],
) -> NewComment {
    let id = id_at(rng, at);
    let mut voters: Vec<Uuid> = citizens
        .iter()
        .map(|c| c.id)
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
