//! The rows of the personal-data export about documents and awards: one's remarks on and
//! signatures of a consultation's documents, the award applications one sent, and one's
//! assessments.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::documents::{AmendmentStatus, RemarkKind};
use crate::domain::personal_data::{
    AwardApplicationRow, AwardAssessmentRow, AwardScoreRow, DocumentRemarkRow, SignatureRow,
};

/// One's comment on, or suggested amendment to, a paragraph of a published document version.
#[derive(Serialize, ToSchema)]
pub struct ExportedDocumentRemark {
    pub id: Uuid,
    pub document_id: Uuid,
    pub version_id: Uuid,
    pub paragraph: i32,
    pub kind: RemarkKind,
    /// Markdown as written.
    pub body: String,
    pub proposed_text: Option<String>,
    pub status: Option<AmendmentStatus>,
    pub decision_reason: Option<String>,
    /// Hidden by moderation.
    pub hidden: bool,
    pub created_at: DateTime<Utc>,
}

impl From<DocumentRemarkRow> for ExportedDocumentRemark {
    fn from(r: DocumentRemarkRow) -> Self {
        ExportedDocumentRemark {
            id: r.id,
            document_id: r.document_id,
            version_id: r.version_id,
            paragraph: r.paragraph,
            kind: r.kind,
            body: r.body,
            proposed_text: r.proposed_text,
            status: r.status,
            decision_reason: r.decision_reason,
            hidden: r.hidden_at.is_some(),
            created_at: r.created_at,
        }
    }
}

/// A document version one signed on behalf of an organisation.
#[derive(Serialize, ToSchema)]
pub struct ExportedSignature {
    pub version_id: Uuid,
    pub organization_id: Uuid,
    /// The content hash of the version as signed.
    pub content_hash: String,
    pub signed_at: DateTime<Utc>,
}

impl From<SignatureRow> for ExportedSignature {
    fn from(s: SignatureRow) -> Self {
        ExportedSignature {
            version_id: s.version_id,
            organization_id: s.organization_id,
            content_hash: s.content_hash,
            signed_at: s.signed_at,
        }
    }
}

/// An award application one sent in an organisation's name.
#[derive(Serialize, ToSchema)]
pub struct ExportedAwardApplication {
    pub id: Uuid,
    pub award_id: Uuid,
    pub organization_id: Uuid,
    pub title: String,
    pub summary: String,
    pub stage: crate::domain::awards::ApplicationStage,
    pub created_at: DateTime<Utc>,
}

impl From<AwardApplicationRow> for ExportedAwardApplication {
    fn from(a: AwardApplicationRow) -> Self {
        ExportedAwardApplication {
            id: a.id,
            award_id: a.call_id,
            organization_id: a.organization_id,
            title: a.title,
            summary: a.summary,
            stage: a.stage,
            created_at: a.created_at,
        }
    }
}

/// An application one was assigned to assess, and one's declaration of conflict.
#[derive(Serialize, ToSchema)]
pub struct ExportedAwardAssessment {
    pub application_id: Uuid,
    pub has_conflict: Option<bool>,
    pub conflict_note: Option<String>,
    pub declared_at: Option<DateTime<Utc>>,
    pub assigned_at: DateTime<Utc>,
}

impl From<AwardAssessmentRow> for ExportedAwardAssessment {
    fn from(a: AwardAssessmentRow) -> Self {
        ExportedAwardAssessment {
            application_id: a.application_id,
            has_conflict: a.has_conflict,
            conflict_note: a.conflict_note,
            declared_at: a.declared_at,
            assigned_at: a.assigned_at,
        }
    }
}

/// A score one gave as an assessor.
#[derive(Serialize, ToSchema)]
pub struct ExportedAwardScore {
    pub application_id: Uuid,
    pub criterion_id: Uuid,
    pub score: i32,
    pub scored_at: DateTime<Utc>,
}

impl From<AwardScoreRow> for ExportedAwardScore {
    fn from(s: AwardScoreRow) -> Self {
        ExportedAwardScore {
            application_id: s.application_id,
            criterion_id: s.criterion_id,
            score: s.score,
            scored_at: s.scored_at,
        }
    }
}
