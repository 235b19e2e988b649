//! `GET /api/v1/me/export`: one download of everything Sala keeps about the caller. What
//! each kind of row looks like in it is in `records` and `documents_and_awards`.

mod documents_and_awards;
mod records;

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

pub use documents_and_awards::*;
pub use records::*;

use super::consent::AgreementView;
use super::MeResponse;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::{organizations, personal_data};

/// Everything Sala keeps about the signed-in account.
#[derive(Serialize, ToSchema)]
pub struct ExportResponse {
    pub exported_at: DateTime<Utc>,
    pub profile: MeResponse,
    pub proposals: Vec<ExportedProposal>,
    pub proposal_revisions: Vec<ExportedRevision>,
    pub comments: Vec<ExportedComment>,
    pub document_remarks: Vec<ExportedDocumentRemark>,
    /// Document versions signed on behalf of an organisation.
    pub signatures: Vec<ExportedSignature>,
    /// Award applications sent in an organisation's name.
    pub award_applications: Vec<ExportedAwardApplication>,
    /// Applications one was assigned to assess, with one's declarations of conflict.
    pub award_assessments: Vec<ExportedAwardAssessment>,
    /// Scores one gave as an assessor.
    pub award_scores: Vec<ExportedAwardScore>,
    pub votes: Vec<ExportedVote>,
    pub comment_votes: Vec<ExportedCommentVote>,
    pub follows: Vec<ExportedFollow>,
    pub flags: Vec<ExportedFlag>,
    pub quick_ratings: Vec<ExportedQuickRating>,
    pub survey_answers: Vec<ExportedSurveyAnswer>,
    pub valuations: Vec<ExportedValuation>,
    pub notifications: Vec<ExportedNotification>,
    pub notification_preferences: Vec<ExportedPreference>,
    pub participations: Vec<ExportedParticipation>,
    pub sessions: Vec<ExportedSession>,
    pub api_keys: Vec<ExportedApiKey>,
    /// The versions of the privacy notice and the terms of use agreed to, and when.
    pub consents: Vec<AgreementView>,
    /// Images and documents one uploaded; each file is at its `url`.
    pub uploads: Vec<ExportedUpload>,
}

/// Each of `rows` as the export shows it.
fn all<T, U: From<T>>(rows: Vec<T>) -> Vec<U> {
    rows.into_iter().map(U::from).collect()
}

/// Downloads one's own data as JSON: profile, proposals with their earlier versions,
/// comments, remarks on documents and the versions signed, award applications sent and
/// assessments made (declarations and scores), votes with the network each came from, follows, flags with their notes, quick
/// ratings, valuations, notifications, preferences, participations, sessions and API keys
/// (without secrets), and the versions of the privacy notice and terms agreed to. Nothing
/// about anyone else.
#[utoipa::path(tag = "me", security(("bearer" = [])), responses(
    (status = 200, body = ExportResponse, description = "Everything Sala keeps about the caller, as a JSON download"),
))]
#[get("/me/export")]
pub async fn export_me(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
) -> Result<HttpResponse, ApiError> {
    let orgs = organizations::memberships_of(state.db.reader(), account.id).await?;
    let data = personal_data::gather(state.db.reader(), account.id).await?;
    let body = ExportResponse {
        exported_at: crate::domain::now(),
        profile: MeResponse::new(account, orgs),
        proposals: all(data.proposals),
        proposal_revisions: all(data.revisions),
        comments: all(data.comments),
        document_remarks: all(data.document_remarks),
        signatures: all(data.signatures),
        award_applications: all(data.award_applications),
        award_assessments: all(data.award_assessments),
        award_scores: all(data.award_scores),
        votes: all(data.votes),
        comment_votes: all(data.comment_votes),
        follows: all(data.follows),
        flags: all(data.flags),
        quick_ratings: all(data.quick_ratings),
        survey_answers: all(data.survey_answers),
        valuations: all(data.valuations),
        notifications: all(data.notifications),
        notification_preferences: all(data.preferences),
        participations: all(data.participations),
        sessions: all(data.sessions),
        api_keys: all(data.api_keys),
        consents: all(data.consents),
        uploads: all(data.uploads),
    };
    Ok(HttpResponse::Ok()
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename("sala-my-data.json".to_owned())],
        })
        .json(body))
}
