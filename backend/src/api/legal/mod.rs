//! `/api/v1/legal`: the privacy notice and the terms of use, in force or in any earlier
//! version; administrators publish new versions, and each account agrees to the versions in
//! force (at sign-up, and again after a change, through `/me/consent`).

mod get;
mod history;
mod publish;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::api::problem::ApiError;
use crate::domain::legal::{AgreedVersions, LegalDocument, LegalDocumentKind};
use crate::error::{Error, Resource};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(get::get_legal_document)
        .service(history::list_versions)
        .service(publish::publish_legal_document);
}

/// A document kind named in a path: `privacy` or `terms`.
fn kind_in_path(raw: &str) -> Result<LegalDocumentKind, ApiError> {
    LegalDocumentKind::parse(raw).ok_or_else(|| Error::NotFound(Resource::LegalDocument).into())
}

/// One version of the privacy notice or the terms of use.
#[derive(Serialize, ToSchema)]
pub struct LegalDocumentResponse {
    pub kind: LegalDocumentKind,
    /// 1, 2, …: a new version is published with each change; old ones stay readable.
    pub version: i32,
    pub title_th: String,
    pub title_en: String,
    /// The Markdown as written (for editing).
    pub body_th: String,
    pub body_en: String,
    /// The same, rendered to safe HTML (for reading).
    pub html_th: String,
    pub html_en: String,
    pub published_at: DateTime<Utc>,
}

impl From<LegalDocument> for LegalDocumentResponse {
    fn from(d: LegalDocument) -> Self {
        let v = d.row;
        LegalDocumentResponse {
            kind: v.kind,
            version: v.version,
            title_th: v.title_th,
            title_en: v.title_en,
            body_th: v.body_th,
            body_en: v.body_en,
            html_th: d.html_th,
            html_en: d.html_en,
            published_at: v.published_at,
        }
    }
}

/// The versions a person read and agrees to: both must be the ones in force.
#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(deny_unknown_fields)]
pub struct ConsentVersions {
    /// The privacy notice's version in force.
    pub privacy: i32,
    /// The terms of use's version in force.
    pub terms: i32,
}

impl From<ConsentVersions> for AgreedVersions {
    fn from(c: ConsentVersions) -> Self {
        AgreedVersions {
            privacy: c.privacy,
            terms: c.terms,
        }
    }
}
