//! Comments: `/api/v1/proposals/{id}/comments` and `/api/v1/comments/{id}`.

mod create;
mod delete;
mod list;
mod update;
mod vote;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::types::Author;
use crate::domain::accounts::Account;
use crate::domain::comments::Comment;
use crate::domain::comments::{CommentVoteValue, Stance, Thread};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list::list_comments)
        .service(create::create_comment)
        .service(update::update_comment)
        .service(delete::delete_comment)
        .service(vote::put_comment_vote)
        .service(vote::delete_comment_vote);
}

#[derive(Serialize, ToSchema)]
pub struct CommentResponse {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub parent_id: Option<Uuid>,
    pub depth: i16,
    /// Absent once the comment was deleted, or hidden by a moderator (except for its author
    /// and moderators).
    pub author: Option<Author>,
    pub body: Option<String>,
    pub body_html: Option<String>,
    pub stance: Stance,
    pub up: i32,
    pub down: i32,
    pub my_vote: Option<CommentVoteValue>,
    pub deleted: bool,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub edited_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    #[schema(no_recursion)]
    pub replies: Vec<CommentResponse>,
}

/// Renders comments for one viewer: deleted text is gone for everyone, hidden text is shown
/// only to its author and to those who moderate the consultation.
pub struct CommentView<'a> {
    pub viewer: Option<&'a Account>,
    pub viewer_moderates: bool,
    pub names: &'a HashMap<Uuid, String>,
    pub my_votes: &'a HashMap<Uuid, CommentVoteValue>,
}

impl CommentView<'_> {
    pub fn render(&self, c: Comment, replies: Vec<CommentResponse>) -> CommentResponse {
        let deleted = c.deleted_at.is_some();
        let hidden = c.hidden_at.is_some();
        let privileged = self.viewer_moderates || self.viewer.is_some_and(|v| v.id == c.author_id);
        let shown = !deleted && (!hidden || privileged);
        CommentResponse {
            author: shown.then(|| Author {
                id: c.author_id,
                display_name: self.names.get(&c.author_id).cloned().unwrap_or_default(),
            }),
            body: shown.then(|| c.body.clone()),
            body_html: shown.then(|| c.body_html.clone()),
            stance: c.stance,
            my_vote: self.my_votes.get(&c.id).copied(),
            hidden_reason: if hidden {
                c.hidden_reason.clone()
            } else {
                None
            },
            id: c.id,
            proposal_id: c.proposal_id,
            parent_id: c.parent_id,
            depth: c.depth,
            up: c.up_count,
            down: c.down_count,
            deleted,
            hidden,
            edited_at: c.edited_at,
            created_at: c.created_at,
            replies,
        }
    }

    pub fn render_thread(&self, thread: Thread) -> CommentResponse {
        let replies = thread
            .replies
            .into_iter()
            .map(|r| self.render_thread(r))
            .collect();
        self.render(thread.comment, replies)
    }
}

/// Every comment id in the threads, for loading names and votes in one query each.
pub fn walk<'a>(threads: &'a [Thread], out: &mut Vec<&'a Comment>) {
    for t in threads {
        out.push(&t.comment);
        walk(&t.replies, out);
    }
}

#[derive(Serialize, ToSchema)]
pub struct CommentList {
    /// Top-level comments, each with its replies nested.
    pub items: Vec<CommentResponse>,
    /// Pass as `cursor` for the next page of top-level comments.
    pub next_cursor: Option<String>,
}
