//! Remarks on paragraphs: `GET` and `POST /api/v1/documents/{id}/remarks`, and
//! `POST /api/v1/documents/{id}/remarks/{remark_id}/decision` for the document's writers.

use actix_web::{get, post, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::{Caller, Writer};
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::documents::remarks::{self, Decision, NewRemark, RemarkView};
use crate::domain::documents::{AmendmentStatus, RemarkKind};
use crate::domain::markdown;

/// A comment on, or a suggested amendment to, one paragraph of a published version.
#[derive(Serialize, ToSchema)]
pub struct RemarkResponse {
    pub id: Uuid,
    pub version_id: Uuid,
    /// The version's number.
    pub version: i32,
    /// The paragraph's position in the version, from 0.
    pub paragraph: i32,
    pub kind: RemarkKind,
    /// Markdown as written: the comment, or why the amendment is suggested.
    pub body: String,
    /// Sanitized HTML rendering of `body`.
    pub body_html: String,
    /// An amendment's paragraph as it stood when suggested.
    pub original_text: Option<String>,
    /// An amendment's suggested words, markdown as written.
    pub proposed_text: Option<String>,
    /// Sanitized HTML rendering of `proposed_text`.
    pub proposed_html: Option<String>,
    /// An amendment's standing; absent for a comment.
    pub status: Option<AmendmentStatus>,
    /// Why the writers accepted or rejected the amendment.
    pub decision_reason: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Absent when the author's account was deleted.
    pub author_name: Option<String>,
    /// Who wrote it, so the web app knows one's own remarks (not to report them).
    pub author_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    /// Hidden by moderation: only its author and those who moderate the consultation read it.
    pub hidden: bool,
    /// The public reason it was hidden.
    pub hidden_reason: Option<String>,
}

impl From<RemarkView> for RemarkResponse {
    fn from(view: RemarkView) -> Self {
        let r = view.remark;
        RemarkResponse {
            id: r.id,
            version_id: r.version_id,
            version: view.version_number,
            paragraph: r.paragraph,
            kind: r.kind,
            body_html: markdown::render(&r.body),
            body: r.body,
            original_text: r.original_text,
            proposed_html: r.proposed_text.as_deref().map(markdown::render),
            proposed_text: r.proposed_text,
            status: r.status,
            decision_reason: r.decision_reason,
            decided_at: r.decided_at,
            author_name: view.author_name,
            author_id: r.author_id,
            created_at: r.created_at,
            hidden: r.hidden_at.is_some(),
            hidden_reason: r.hidden_at.and(r.hidden_reason),
        }
    }
}

/// A published version's remarks.
#[derive(Serialize, ToSchema)]
pub struct RemarkList {
    pub version_id: Uuid,
    /// The version's number.
    pub version: i32,
    /// In paragraph order, oldest first within a paragraph.
    pub items: Vec<RemarkResponse>,
    /// Whether the caller may accept or reject the amendments.
    pub viewer_may_decide: bool,
    /// Whether the caller moderates the document's consultation (and so reads hidden remarks).
    pub viewer_moderates: bool,
}

#[derive(Deserialize, IntoParams)]
pub struct RemarkParams {
    /// A published version's number; the current published version when absent.
    pub version: Option<i32>,
}

/// The remarks on a published version of a document. Hidden remarks are listed only to their
/// author and to those who moderate the consultation, marked hidden with the reason.
#[utoipa::path(tag = "documents", params(("id" = Uuid, Path), RemarkParams), responses(
    (status = 200, body = RemarkList, description = "The version's remarks"),
    (status = 404, description = "document_not_found; document_version_not_found: no such published version"),
))]
#[get("/documents/{id}/remarks")]
pub async fn list_remarks(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: Path<Uuid>,
    params: Query<RemarkParams>,
) -> Result<web::Json<RemarkList>, ApiError> {
    let path = path.parsed()?;
    let web::Query(params) = params.parsed()?;
    let found =
        remarks::of_version(state.db.reader(), caller.as_ref(), *path, params.version).await?;
    Ok(web::Json(RemarkList {
        version_id: found.version.id,
        version: found.version.number,
        items: found.items.into_iter().map(RemarkResponse::from).collect(),
        viewer_may_decide: found.viewer_may_decide,
        viewer_moderates: found.viewer_moderates,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRemarkRequest {
    /// The published version the remark is about; it must be the current one.
    pub version_id: Uuid,
    /// The paragraph's position in the version, from 0.
    pub paragraph: i32,
    pub kind: RemarkKind,
    /// Markdown, 1–2,000 characters: the comment, or why the amendment is suggested.
    pub body: String,
    /// An amendment's words for the paragraph, markdown, 1–10,000 characters; not sent with
    /// a comment.
    pub proposed_text: Option<String>,
}

/// Comments on, or suggests an amendment to, a paragraph of the current published version.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path)), request_body = NewRemarkRequest, responses(
    (status = 201, body = RemarkResponse, description = "The remark"),
    (status = 403),
    (status = 404, description = "document_not_found; document_version_not_found"),
    (status = 409, description = "version_not_current: the version is a draft or was replaced"),
    (status = 422),
    crate::api::openapi::RateLimited,
))]
#[post("/documents/{id}/remarks")]
pub async fn add_remark(
    state: web::Data<AppState>,
    Writer(author): Writer,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<NewRemarkRequest>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    state
        .limit(LimitedAction::Comment, client.with_account(&author))
        .await?;
    let new = NewRemark {
        version_id: body.version_id,
        paragraph: body.paragraph,
        kind: body.kind,
        body: body.body,
        proposed_text: body.proposed_text,
    };
    let view = remarks::add(&state.db, &author, *path, new).await?;
    Ok(HttpResponse::Created().json(RemarkResponse::from(view)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    pub accept: bool,
    /// 1–1,000 characters; required to reject.
    pub reason: Option<String>,
}

/// The document's writers accept a suggested amendment (its words replace the paragraph in
/// the draft, which is started if there is none) or reject it with a reason.
#[utoipa::path(tag = "documents", security(("bearer" = [])), params(("id" = Uuid, Path), ("remark_id" = Uuid, Path)), request_body = DecisionRequest, responses(
    (status = 200, body = RemarkResponse, description = "The decided amendment"),
    (status = 403),
    (status = 404, description = "document_not_found; document_remark_not_found (also for a remark hidden by moderation)"),
    (status = 409, description = "not_an_amendment; already_decided; amendment_conflict: the draft's paragraph changed since"),
    (status = 422),
))]
#[post("/documents/{id}/remarks/{remark_id}/decision")]
pub async fn decide_amendment(
    state: web::Data<AppState>,
    Writer(writer): Writer,
    path: Path<(Uuid, Uuid)>,
    body: Body<DecisionRequest>,
) -> Result<web::Json<RemarkResponse>, ApiError> {
    let path = path.parsed()?;
    let (document_id, remark_id) = *path;
    let body = body.into_inner()?;
    let decision = Decision {
        accept: body.accept,
        reason: body.reason,
    };
    let view = remarks::decide(&state.db, &writer, document_id, remark_id, decision).await?;
    Ok(web::Json(RemarkResponse::from(view)))
}
