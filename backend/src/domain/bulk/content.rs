//! A consultation loaded in bulk with its proposals, their votes, followers and comment
//! threads. Every counter and score is derived here from the rows being written, by the rules
//! the live use-cases apply one write at a time: a vote moves its proposal's tally and scores
//! (`votes::cast`), a comment its proposal's comment count and its parent's reply count, a
//! comment vote the comment's up or down count, a follow the follower count, a listed
//! proposal its consultation's proposal count.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, IntoActiveModel, NotSet, Set};
use serde_json::Value;
use uuid::Uuid;

use super::{insert_chunked, Progress};
use crate::db::entities::{comment_votes, comments, consultations, follows, proposals, votes};
use crate::domain::comments::{untouched, CommentVoteValue, Stance};
use crate::domain::consultations::Phase;
use crate::domain::follows::Target;
use crate::domain::proposals::Status;
use crate::domain::ranking::{self, Tally};
use crate::domain::votes::VoteValue;
use crate::domain::{markdown, visibility};
use crate::outbox::search::{self, DocType};

/// A consultation as it should stand after the load; its proposal count is derived.
#[derive(Debug, Clone)]
pub struct NewConsultation {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub title_en: Option<String>,
    pub summary_en: Option<String>,
    /// Markdown; rendered here.
    pub body: String,
    pub owner_organization_id: Option<Uuid>,
    pub phase: Phase,
    pub themes: Vec<String>,
    pub provinces: Vec<String>,
    pub criteria: Vec<String>,
    pub ideation_starts_at: Option<DateTime<Utc>>,
    pub voting_starts_at: Option<DateTime<Utc>>,
    pub review_starts_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub external_ref: Option<String>,
}

/// Why and since when a proposal is hidden by moderation.
#[derive(Debug, Clone)]
pub struct Hidden {
    pub at: DateTime<Utc>,
    pub reason: String,
}

/// A published proposal with everything said and done about it; its counters and scores are
/// derived from `votes`, `followers` and `comments`.
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    /// Markdown; rendered here.
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub hidden: Option<Hidden>,
    pub created_at: DateTime<Utc>,
    pub external_ref: Option<String>,
    /// At most one per voter.
    pub votes: Vec<NewVote>,
    /// People following the proposal, with when they started.
    pub followers: Vec<(Uuid, DateTime<Utc>)>,
    /// A thread in posting order: a reply comes after its parent.
    pub comments: Vec<NewComment>,
}

#[derive(Debug, Clone, Copy)]
pub struct NewVote {
    pub user_id: Uuid,
    pub value: VoteValue,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewComment {
    pub id: Uuid,
    /// An earlier comment of the same proposal; its depth gives this one's.
    pub parent_id: Option<Uuid>,
    pub author_id: Uuid,
    pub stance: Stance,
    /// Markdown; rendered here.
    pub body: String,
    pub at: DateTime<Utc>,
    /// At most one per voter.
    pub votes: Vec<NewCommentVote>,
}

#[derive(Debug, Clone, Copy)]
pub struct NewCommentVote {
    pub user_id: Uuid,
    pub value: CommentVoteValue,
    pub at: DateTime<Utc>,
}

/// What a load wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Loaded {
    pub proposals: usize,
    pub votes: usize,
    pub comments: usize,
}

/// The rows of a load, counters filled in, in insert order.
#[derive(Default)]
struct Rows {
    proposals: Vec<proposals::ActiveModel>,
    proposal_ids: Vec<Uuid>,
    counted_proposals: i32,
    votes: Vec<votes::ActiveModel>,
    follows: Vec<follows::ActiveModel>,
    comments: Vec<comments::ActiveModel>,
    comment_ids: Vec<Uuid>,
    comment_votes: Vec<comment_votes::ActiveModel>,
}

/// Inserts the consultation and its proposals in the caller's transaction, and marks every
/// document for the search index, like any other write.
pub async fn insert_consultation<C: ConnectionTrait>(
    conn: &C,
    consultation: NewConsultation,
    proposals: Vec<NewProposal>,
    progress: Progress<'_>,
) -> Result<Loaded, DbErr> {
    let consultation_id = consultation.id;
    let rows = rows_of(consultation_id, proposals);
    let loaded = Loaded {
        proposals: rows.proposals.len(),
        votes: rows.votes.len(),
        comments: rows.comments.len(),
    };
    let consultation = consultation_row(consultation, rows.counted_proposals);
    insert_chunked(conn, vec![consultation], progress).await?;
    search::touch(conn, DocType::Consultation, consultation_id).await?;
    insert_chunked(conn, rows.proposals, progress).await?;
    insert_chunked(conn, rows.votes, progress).await?;
    insert_chunked(conn, rows.comments, progress).await?;
    insert_chunked(conn, rows.comment_votes, progress).await?;
    insert_chunked(conn, rows.follows, progress).await?;
    search::touch_many(conn, DocType::Proposal, &rows.proposal_ids).await?;
    search::touch_many(conn, DocType::Comment, &rows.comment_ids).await?;
    Ok(loaded)
}

fn consultation_row(c: NewConsultation, proposal_count: i32) -> consultations::ActiveModel {
    consultations::ActiveModel {
        id: Set(c.id),
        slug: Set(c.slug),
        title: Set(c.title),
        summary: Set(c.summary),
        title_en: Set(c.title_en),
        summary_en: Set(c.summary_en),
        body_html: Set(markdown::render(&c.body)),
        body: Set(c.body),
        owner_organization_id: Set(c.owner_organization_id),
        phase: Set(c.phase),
        themes: Set(Value::from(c.themes)),
        provinces: Set(Value::from(c.provinces)),
        criteria: Set(Value::from(c.criteria)),
        ideation_starts_at: Set(c.ideation_starts_at),
        voting_starts_at: Set(c.voting_starts_at),
        review_starts_at: Set(c.review_starts_at),
        closes_at: Set(c.closes_at),
        proposal_count: Set(proposal_count),
        answer_due_days: Set(None),
        answer_support_threshold: Set(None),
        created_by: Set(c.created_by),
        created_at: Set(c.created_at),
        updated_at: Set(c.updated_at),
        external_ref: Set(c.external_ref),
    }
}

fn rows_of(consultation_id: Uuid, proposals: Vec<NewProposal>) -> Rows {
    let mut rows = Rows::default();
    for p in proposals {
        let tally = tally_of(&p.votes);
        let proposal = proposal_row(consultation_id, &p, tally);
        rows.counted_proposals += i32::from(visibility::counts_toward_consultation(&proposal));
        rows.proposal_ids.push(p.id);
        rows.proposals.push(proposal.into_active_model());
        rows.votes.extend(p.votes.iter().map(|v| vote_row(p.id, v)));
        rows.follows.extend(
            p.followers
                .iter()
                .map(|&(user_id, at)| follows::ActiveModel {
                    user_id: Set(user_id),
                    target_type: Set(Target::Proposal),
                    target_id: Set(p.id),
                    created_at: Set(at),
                }),
        );
        thread_rows(&mut rows, p.id, p.comments);
    }
    rows
}

fn tally_of(votes: &[NewVote]) -> Tally {
    let mut tally = Tally::default();
    for v in votes {
        match v.value {
            VoteValue::Agree => tally.agree += 1,
            VoteValue::Disagree => tally.disagree += 1,
            VoteValue::Pass => tally.pass += 1,
        }
    }
    tally
}

fn proposal_row(consultation_id: Uuid, p: &NewProposal, tally: Tally) -> proposals::Model {
    proposals::Model {
        id: p.id,
        consultation_id,
        author_id: p.author_id,
        title: p.title.clone(),
        body: p.body.clone(),
        body_html: markdown::render(&p.body),
        theme: p.theme.clone(),
        province: p.province.clone(),
        status: Status::Published,
        official_response: None,
        responded_at: None,
        first_responded_at: None,
        agree_count: tally.agree,
        disagree_count: tally.disagree,
        pass_count: tally.pass,
        comment_count: p.comments.len() as i32,
        follower_count: p.followers.len() as i32,
        flag_count: 0,
        support_score: tally.support(),
        hot_score: ranking::hot(tally, p.created_at),
        controversy_score: ranking::controversy(tally),
        hidden_at: p.hidden.as_ref().map(|h| h.at),
        hidden_reason: p.hidden.as_ref().map(|h| h.reason.clone()),
        hidden_by: None,
        locked_at: None,
        pinned: false,
        merged_into: None,
        withdrawn_at: None,
        created_at: p.created_at,
        updated_at: p.created_at,
        external_ref: p.external_ref.clone(),
        responsible_organization_id: None,
        routed_by_hand: false,
        answering_organization_id: None,
    }
}

fn vote_row(proposal_id: Uuid, v: &NewVote) -> votes::ActiveModel {
    votes::ActiveModel {
        proposal_id: Set(proposal_id),
        user_id: Set(v.user_id),
        value: Set(v.value.as_i16()),
        // Left out of the statement (NULL): a loaded vote has no client address, and one
        // column fewer is a sixth fewer parameters on the largest table.
        origin_network: NotSet,
        created_at: Set(v.at),
        updated_at: Set(v.at),
    }
}

/// A thread's comments with their depth, reply counts and vote counts, and its votes.
fn thread_rows(rows: &mut Rows, proposal_id: Uuid, thread: Vec<NewComment>) {
    let mut depth_of: HashMap<Uuid, i16> = HashMap::new();
    let mut replies: HashMap<Uuid, i32> = HashMap::new();
    for c in &thread {
        if let Some(parent) = c.parent_id {
            *replies.entry(parent).or_default() += 1;
        }
    }
    for c in thread {
        let depth = c
            .parent_id
            .and_then(|parent| depth_of.get(&parent))
            .map_or(0, |d| d + 1);
        depth_of.insert(c.id, depth);
        let up = c
            .votes
            .iter()
            .filter(|v| v.value == CommentVoteValue::Up)
            .count() as i32;
        let down = c.votes.len() as i32 - up;
        rows.comment_votes
            .extend(c.votes.iter().map(|v| comment_votes::ActiveModel {
                comment_id: Set(c.id),
                user_id: Set(v.user_id),
                value: Set(match v.value {
                    CommentVoteValue::Up => 1,
                    CommentVoteValue::Down => -1,
                }),
                created_at: Set(v.at),
            }));
        rows.comment_ids.push(c.id);
        rows.comments.push(comments::ActiveModel {
            id: Set(c.id),
            proposal_id: Set(proposal_id),
            parent_id: Set(c.parent_id),
            author_id: Set(c.author_id),
            depth: Set(depth),
            body_html: Set(markdown::render(&c.body)),
            body: Set(c.body),
            stance: Set(c.stance),
            up_count: Set(up),
            down_count: Set(down),
            reply_count: Set(replies.get(&c.id).copied().unwrap_or(0)),
            created_at: Set(c.at),
            ..untouched()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: u128, parent: Option<u128>, votes: &[CommentVoteValue]) -> NewComment {
        let at = crate::clock::now();
        NewComment {
            id: Uuid::from_u128(id),
            parent_id: parent.map(Uuid::from_u128),
            author_id: Uuid::from_u128(100),
            stance: Stance::Neutral,
            body: "text".to_owned(),
            at,
            votes: votes
                .iter()
                .enumerate()
                .map(|(i, &value)| NewCommentVote {
                    user_id: Uuid::from_u128(200 + i as u128),
                    value,
                    at,
                })
                .collect(),
        }
    }

    #[test]
    fn a_thread_gets_the_depths_reply_counts_and_vote_counts_its_rows_imply() {
        use CommentVoteValue::{Down, Up};
        let mut rows = Rows::default();
        let thread = vec![
            comment(1, None, &[Up, Up, Down]),
            comment(2, Some(1), &[]),
            comment(3, Some(2), &[Down]),
            comment(4, Some(1), &[Up]),
        ];
        thread_rows(&mut rows, Uuid::from_u128(9), thread);
        let got: Vec<(i16, i32, i32, i32)> = rows
            .comments
            .iter()
            .map(|c| {
                (
                    *c.depth.as_ref(),
                    *c.reply_count.as_ref(),
                    *c.up_count.as_ref(),
                    *c.down_count.as_ref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [(0, 2, 2, 1), (1, 1, 0, 0), (2, 0, 0, 1), (1, 0, 1, 0)]
        );
        assert_eq!(rows.comment_votes.len(), 5);
    }

    #[test]
    fn a_proposal_is_scored_from_its_votes_and_hidden_ones_are_not_counted() {
        let at = crate::clock::now();
        let vote = |n: u128, value| NewVote {
            user_id: Uuid::from_u128(n),
            value,
            at,
        };
        let proposal = |id: u128, hidden: Option<Hidden>| NewProposal {
            id: Uuid::from_u128(id),
            author_id: Uuid::from_u128(100),
            title: "title".to_owned(),
            body: "body".to_owned(),
            theme: None,
            province: None,
            hidden,
            created_at: at,
            external_ref: None,
            votes: vec![
                vote(1, VoteValue::Agree),
                vote(2, VoteValue::Agree),
                vote(3, VoteValue::Disagree),
                vote(4, VoteValue::Pass),
            ],
            followers: vec![(Uuid::from_u128(5), at)],
            comments: vec![comment(10 + id, None, &[])],
        };
        let hidden = Hidden {
            at,
            reason: "moderated".to_owned(),
        };
        let rows = rows_of(
            Uuid::from_u128(7),
            vec![proposal(1, None), proposal(2, Some(hidden))],
        );
        assert_eq!(rows.counted_proposals, 1);
        let p = &rows.proposals[0];
        let tally = Tally {
            agree: 2,
            disagree: 1,
            pass: 1,
        };
        assert_eq!(*p.agree_count.as_ref(), 2);
        assert_eq!(*p.pass_count.as_ref(), 1);
        assert_eq!(*p.support_score.as_ref(), 1);
        assert_eq!(*p.hot_score.as_ref(), ranking::hot(tally, at));
        assert_eq!(*p.controversy_score.as_ref(), ranking::controversy(tally));
        assert_eq!(*p.comment_count.as_ref(), 1);
        assert_eq!(*p.follower_count.as_ref(), 1);
        assert_eq!(rows.votes.len(), 8);
        assert_eq!(rows.follows.len(), 2);
    }
}
