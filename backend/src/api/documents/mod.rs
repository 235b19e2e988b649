//! Documents: `/api/v1/consultations/{id}/documents` and `/api/v1/documents/{id}`: charters
//! and strategies a consultation produces, their versions and the organisations that signed.

mod read;
mod remarks;
mod sign;
mod write;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::domain::documents::content::{self, DraftInput};
use crate::domain::documents::read::DocumentView;
use crate::domain::documents::signatures::Signatory;
use crate::domain::documents::DocumentKind;
use crate::domain::documents::Version;
use crate::domain::markdown;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(read::list_documents)
        .service(read::get_document)
        .service(write::create_document)
        .service(write::save_draft)
        .service(write::start_draft)
        .service(write::publish)
        .service(sign::sign)
        .service(remarks::list_remarks)
        .service(remarks::add_remark)
        .service(remarks::decide_amendment);
}

/// One paragraph of a version.
#[derive(Serialize, ToSchema)]
pub struct Paragraph {
    /// Markdown as written.
    pub text: String,
    /// Sanitized HTML rendering of `text`.
    pub html: String,
}

/// An organisation's signature on a version.
#[derive(Serialize, ToSchema)]
pub struct SignatureResponse {
    pub organization_id: Uuid,
    pub organization_name: String,
    /// The representative who signed; absent when their account was deleted.
    pub signer_name: Option<String>,
    /// The content hash of the version as signed.
    pub content_hash: String,
    pub signed_at: DateTime<Utc>,
}

impl From<&Signatory> for SignatureResponse {
    fn from(s: &Signatory) -> Self {
        SignatureResponse {
            organization_id: s.signature.organization_id,
            organization_name: s.organization_name.clone(),
            signer_name: s.signer_name.clone(),
            content_hash: s.signature.content_hash.clone(),
            signed_at: s.signature.signed_at,
        }
    }
}

/// A version of a document: the draft (shown to its writers only) or a published one, frozen.
#[derive(Serialize, ToSchema)]
pub struct VersionResponse {
    pub id: Uuid,
    /// 1, 2, 3… in the order versions were started.
    pub number: i32,
    pub title: String,
    pub title_en: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// SHA-256 (hex) of the title, English title and paragraphs; absent on a draft.
    pub content_hash: Option<String>,
    /// Absent on a draft.
    pub published_at: Option<DateTime<Utc>>,
    /// The organisations that signed this version, oldest first.
    pub signatures: Vec<SignatureResponse>,
}

impl VersionResponse {
    fn of(v: &Version, signatures: Option<&Vec<Signatory>>) -> Self {
        VersionResponse {
            id: v.id,
            number: v.number,
            title: v.title.clone(),
            title_en: v.title_en.clone(),
            paragraphs: content::paragraphs(v)
                .into_iter()
                .map(|text| Paragraph {
                    html: markdown::render(&text),
                    text,
                })
                .collect(),
            content_hash: v.content_hash.clone(),
            published_at: v.published_at,
            signatures: signatures
                .map(|s| s.iter().map(SignatureResponse::from).collect())
                .unwrap_or_default(),
        }
    }
}

/// A document as listed under its consultation.
#[derive(Serialize, ToSchema)]
pub struct DocumentSummary {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub kind: DocumentKind,
    /// The title of the newest version the reader sees.
    pub title: String,
    pub title_en: Option<String>,
    /// The number of the current published version; absent while none is.
    pub current_version: Option<i32>,
    pub published_at: Option<DateTime<Utc>>,
    /// Whether a draft is under way (told to writers only; false for others).
    pub has_draft: bool,
    pub updated_at: DateTime<Utc>,
}

impl From<&DocumentView> for DocumentSummary {
    fn from(v: &DocumentView) -> Self {
        let newest = v.newest();
        let current = v.current();
        DocumentSummary {
            id: v.document.id,
            consultation_id: v.document.consultation_id,
            kind: DocumentKind::parse(&v.document.kind),
            title: newest.map(|n| n.title.clone()).unwrap_or_default(),
            title_en: newest.and_then(|n| n.title_en.clone()),
            current_version: current.map(|c| c.number),
            published_at: current.and_then(|c| c.published_at),
            has_draft: newest.is_some_and(|n| n.published_at.is_none()),
            updated_at: v.document.updated_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct DocumentList {
    /// Oldest first.
    pub items: Vec<DocumentSummary>,
    /// Whether the caller may start documents here.
    pub viewer_may_write: bool,
}

/// An organisation the caller may sign for.
#[derive(Serialize, ToSchema)]
pub struct SignableFor {
    pub organization_id: Uuid,
    pub organization_name: String,
}

/// One document with its current version, its draft (for writers) and every version.
#[derive(Serialize, ToSchema)]
pub struct DocumentDetail {
    #[serde(flatten)]
    pub summary: DocumentSummary,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub consultation_title_en: Option<String>,
    /// The newest published version: the one organisations sign.
    pub current: Option<VersionResponse>,
    /// The draft under way, for its writers.
    pub draft: Option<VersionResponse>,
    /// Every published version, newest first, each with its own signatures.
    pub versions: Vec<VersionResponse>,
    /// Whether the caller may edit the draft and publish.
    pub viewer_may_write: bool,
    /// The verified organisations the caller represents that have not signed the current
    /// version.
    pub viewer_may_sign_for: Vec<SignableFor>,
}

impl DocumentDetail {
    fn of(page: crate::domain::documents::read::DocumentPage) -> Self {
        let sigs: &HashMap<Uuid, Vec<Signatory>> = &page.signatures;
        let view = &page.view;
        let current = view
            .current()
            .map(|v| VersionResponse::of(v, sigs.get(&v.id)));
        let draft = view
            .newest()
            .filter(|v| v.published_at.is_none())
            .map(|v| VersionResponse::of(v, None));
        let versions = view
            .versions
            .iter()
            .filter(|v| v.published_at.is_some())
            .map(|v| VersionResponse::of(v, sigs.get(&v.id)))
            .collect();
        DocumentDetail {
            summary: DocumentSummary::from(view),
            consultation_slug: page.consultation.slug.clone(),
            consultation_title: page.consultation.title.clone(),
            consultation_title_en: page.consultation.title_en.clone(),
            current,
            draft,
            versions,
            viewer_may_write: page.may_write,
            viewer_may_sign_for: page
                .may_sign_for
                .iter()
                .map(|(id, name)| SignableFor {
                    organization_id: *id,
                    organization_name: name.clone(),
                })
                .collect(),
        }
    }
}

/// A draft's words; the whole draft is replaced.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftRequest {
    /// 3–200 characters.
    pub title: String,
    /// 3–200 characters; empty or absent for none.
    pub title_en: Option<String>,
    /// The paragraphs in order, markdown, each 1–10,000 characters; at most 200.
    #[serde(default)]
    pub paragraphs: Vec<String>,
}

impl From<DraftRequest> for DraftInput {
    fn from(r: DraftRequest) -> Self {
        DraftInput {
            title: r.title,
            title_en: r.title_en,
            paragraphs: r.paragraphs,
        }
    }
}
