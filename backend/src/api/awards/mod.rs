//! Award-style assessment: `/api/v1/awards` (calls, their criteria and applications) and
//! `/api/v1/award-applications/{id}/…` (assessors, declarations of conflict, scores, and the
//! assessment's figures).

mod assessment;
mod calls;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::domain::awards::assessment::{Assessment, AssessorView};
use crate::domain::awards::calls::{ApplicationEntry, CallView};
use crate::domain::awards::input::{ApplicationFields, CallFields, CriterionFields};
use crate::domain::awards::scoring::Spread;
use crate::domain::awards::{ApplicationStage, AwardDimension, CallStage, Criterion};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(calls::list_awards)
        .service(calls::create_award)
        .service(calls::get_award)
        .service(calls::advance_award)
        .service(calls::apply_to_award)
        .service(assessment::get_assessment)
        .service(assessment::assign_assessor)
        .service(assessment::remove_assessor)
        .service(assessment::declare_conflict)
        .service(assessment::score_application);
}

/// A criterion an award is judged on.
#[derive(Serialize, ToSchema)]
pub struct AwardCriterionResponse {
    pub id: Uuid,
    pub dimension: AwardDimension,
    pub name: String,
    pub name_en: Option<String>,
    /// 1–100, relative to the award's other criteria.
    pub weight: i32,
}

impl From<Criterion> for AwardCriterionResponse {
    fn from(c: Criterion) -> Self {
        AwardCriterionResponse {
            id: c.id,
            dimension: c.dimension,
            name: c.name,
            name_en: c.name_en,
            weight: c.weight,
        }
    }
}

/// An award call as listed.
#[derive(Serialize, ToSchema)]
pub struct AwardSummary {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub title: String,
    pub title_en: Option<String>,
    pub stage: CallStage,
    /// Percent of the highest possible weighted score an application needs for a site visit.
    pub site_visit_threshold: i32,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct AwardList {
    /// Newest first.
    pub items: Vec<AwardSummary>,
}

/// An assessor as the award's managers see them on the call's page.
#[derive(Serialize, ToSchema)]
pub struct AwardAssessorSummary {
    pub user_id: Uuid,
    pub display_name: String,
    /// Absent until they declare; `true` recuses them.
    pub has_conflict: Option<bool>,
    /// How many criteria they have scored.
    pub scored: usize,
}

impl From<&AssessorView> for AwardAssessorSummary {
    fn from(a: &AssessorView) -> Self {
        AwardAssessorSummary {
            user_id: a.user_id,
            display_name: a.display_name.clone(),
            has_conflict: a.has_conflict,
            scored: a.scores.len(),
        }
    }
}

/// An organisation's application.
#[derive(Serialize, ToSchema)]
pub struct AwardApplicationResponse {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub title: String,
    pub summary: String,
    pub stage: ApplicationStage,
    /// The mean weighted score (percent) it was decided on; for the award's managers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    /// Its assessors; for the award's managers only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessors: Option<Vec<AwardAssessorSummary>>,
    /// Whether the caller is one of its assessors.
    pub viewer_assesses: bool,
}

impl AwardApplicationResponse {
    fn of(entry: ApplicationEntry, manages: bool) -> Self {
        let a = entry.application;
        AwardApplicationResponse {
            id: a.id,
            organization_id: a.organization_id,
            organization_name: entry.organization_name,
            title: a.title,
            summary: a.summary,
            stage: a.stage,
            score: a.score.filter(|_| manages),
            created_at: a.created_at,
            decided_at: a.decided_at,
            assessors: entry
                .assessors
                .map(|list| list.iter().map(AwardAssessorSummary::from).collect()),
            viewer_assesses: entry.viewer_assesses,
        }
    }
}

/// An organisation the caller may apply for.
#[derive(Serialize, ToSchema)]
pub struct ApplicantOrganization {
    pub id: Uuid,
    pub name: String,
}

/// An award call with its criteria and applications.
#[derive(Serialize, ToSchema)]
pub struct AwardResponse {
    #[serde(flatten)]
    pub summary: AwardSummary,
    pub description: String,
    /// In their order.
    pub criteria: Vec<AwardCriterionResponse>,
    /// Oldest first.
    pub applications: Vec<AwardApplicationResponse>,
    /// Whether the caller manages the award.
    pub viewer_manages: bool,
    /// Organisations the caller may apply for (while the award takes applications).
    pub viewer_may_apply_for: Vec<ApplicantOrganization>,
}

impl From<CallView> for AwardResponse {
    fn from(v: CallView) -> Self {
        let manages = v.viewer_manages;
        let c = v.call;
        AwardResponse {
            summary: AwardSummary {
                id: c.id,
                organization_id: c.organization_id,
                organization_name: v.organization_name,
                title: c.title,
                title_en: c.title_en,
                stage: c.stage,
                site_visit_threshold: c.site_visit_threshold,
                created_at: c.created_at,
            },
            description: c.description,
            criteria: v
                .criteria
                .into_iter()
                .map(AwardCriterionResponse::from)
                .collect(),
            applications: v
                .applications
                .into_iter()
                .map(|e| AwardApplicationResponse::of(e, manages))
                .collect(),
            viewer_manages: manages,
            viewer_may_apply_for: v
                .viewer_may_apply_for
                .into_iter()
                .map(|(id, name)| ApplicantOrganization { id, name })
                .collect(),
        }
    }
}

/// A criterion of a new award.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardCriterionRequest {
    pub dimension: AwardDimension,
    /// 3–200 characters.
    pub name: String,
    pub name_en: Option<String>,
    /// 1–100, relative to the award's other criteria.
    pub weight: i32,
}

/// A new award call.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardRequest {
    /// The organisation running it, by id or slug; the caller speaks for it.
    pub organization: String,
    /// 5–200 characters.
    pub title: String,
    pub title_en: Option<String>,
    /// 10–5,000 characters.
    pub description: String,
    /// 0–100: percent of the highest possible weighted score for a site visit.
    pub site_visit_threshold: i32,
    /// 1–30 criteria, in their order.
    pub criteria: Vec<AwardCriterionRequest>,
}

impl From<AwardRequest> for CallFields {
    fn from(r: AwardRequest) -> Self {
        CallFields {
            organization: r.organization,
            title: r.title,
            title_en: r.title_en,
            description: r.description,
            site_visit_threshold: r.site_visit_threshold,
            criteria: r
                .criteria
                .into_iter()
                .map(|c| CriterionFields {
                    dimension: c.dimension,
                    name: c.name,
                    name_en: c.name_en,
                    weight: c.weight,
                })
                .collect(),
        }
    }
}

/// An application in an organisation's name.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardApplicationRequest {
    /// The applying organisation, by id or slug; the caller speaks for it.
    pub organization: String,
    /// 5–200 characters.
    pub title: String,
    /// 20–10,000 characters: what the organisation did and what changed.
    pub summary: String,
}

impl From<AwardApplicationRequest> for ApplicationFields {
    fn from(r: AwardApplicationRequest) -> Self {
        ApplicationFields {
            organization: r.organization,
            title: r.title,
            summary: r.summary,
        }
    }
}

/// One criterion's score.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardCriterionScore {
    pub criterion_id: Uuid,
    /// 1 (weak) to 5 (excellent).
    pub score: i32,
}

/// Scores for some or all criteria; each replaces the caller's earlier score for it.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoresRequest {
    pub scores: Vec<AwardCriterionScore>,
}

/// The caller's declaration of any conflict of interest with the application.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationRequest {
    /// `true` recuses the caller: their scores are removed, and it cannot be taken back.
    pub has_conflict: bool,
    /// Required with a conflict: what it is (3–1,000 characters).
    pub note: Option<String>,
}

/// Assign the account with this email address as an assessor.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssessorRequest {
    pub email: String,
}

/// A weighted percentage for one dimension.
#[derive(Serialize, ToSchema)]
pub struct DimensionScore {
    pub dimension: AwardDimension,
    /// Percent of the highest possible weighted score in this dimension.
    pub percent: f64,
}

/// One assessor's part of an assessment.
#[derive(Serialize, ToSchema)]
pub struct AssessorResponse {
    pub user_id: Uuid,
    pub display_name: String,
    /// Absent until they declare; `true` recuses them.
    pub has_conflict: Option<bool>,
    pub conflict_note: Option<String>,
    pub scores: Vec<AwardCriterionScore>,
    /// Their weighted total in percent, once every criterion is scored.
    pub total: Option<f64>,
    /// Each dimension whose criteria are all scored.
    pub dimensions: Vec<DimensionScore>,
}

fn dimension_scores(dimensions: BTreeMap<AwardDimension, f64>) -> Vec<DimensionScore> {
    dimensions
        .into_iter()
        .map(|(dimension, percent)| DimensionScore { dimension, percent })
        .collect()
}

impl From<AssessorView> for AssessorResponse {
    fn from(a: AssessorView) -> Self {
        AssessorResponse {
            user_id: a.user_id,
            display_name: a.display_name,
            has_conflict: a.has_conflict,
            conflict_note: a.conflict_note,
            scores: a
                .scores
                .into_iter()
                .map(|(criterion_id, score)| AwardCriterionScore {
                    criterion_id,
                    score,
                })
                .collect(),
            total: a.total,
            dimensions: dimension_scores(a.dimensions),
        }
    }
}

/// One criterion's scores across the assessors whose scores count.
#[derive(Serialize, ToSchema)]
pub struct CriterionSpread {
    pub criterion_id: Uuid,
    pub count: usize,
    pub mean: f64,
    pub lowest: i32,
    pub highest: i32,
}

/// How far the assessors agree.
#[derive(Serialize, ToSchema)]
pub struct AgreementResponse {
    /// Criteria two or more assessors scored.
    pub criteria_compared: usize,
    /// Of those, the ones on which all were within one point.
    pub criteria_within_one_point: usize,
    /// Percentage points between the lowest and highest complete total.
    pub total_range: Option<f64>,
    /// Two points or more apart on some criterion: worth a word before deciding.
    pub diverges: bool,
}

/// The figures across assessors, for the award's managers.
#[derive(Serialize, ToSchema)]
pub struct AssessmentFigures {
    /// By criterion, in the award's order; criteria nobody scored are left out.
    pub criteria: Vec<CriterionSpread>,
    /// The mean of the complete totals, compared with the threshold.
    pub mean: Option<f64>,
    pub agreement: AgreementResponse,
    /// Every assessor has declared and scored (or recused), and one total counts.
    pub complete: bool,
    /// Whether the mean reaches the site-visit threshold.
    pub reaches_threshold: bool,
}

/// An application's assessment: every assessor's part and the figures for the award's
/// managers; the caller's own part for an assessor.
#[derive(Serialize, ToSchema)]
pub struct AssessmentResponse {
    pub award_id: Uuid,
    pub award_title: String,
    pub award_stage: CallStage,
    pub site_visit_threshold: i32,
    pub application: AwardApplicationResponse,
    pub criteria: Vec<AwardCriterionResponse>,
    pub assessors: Vec<AssessorResponse>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<AssessmentFigures>,
    pub viewer_manages: bool,
}

fn spread_response(criterion_id: Uuid, s: Spread) -> CriterionSpread {
    CriterionSpread {
        criterion_id,
        count: s.count,
        mean: s.mean,
        lowest: s.lowest,
        highest: s.highest,
    }
}

impl From<Assessment> for AssessmentResponse {
    fn from(a: Assessment) -> Self {
        let threshold = a.call.site_visit_threshold;
        let figures = a.figures.map(|f| AssessmentFigures {
            criteria: a
                .criteria
                .iter()
                .zip(f.spreads)
                .filter_map(|(c, s)| s.map(|s| spread_response(c.id, s)))
                .collect(),
            reaches_threshold: f.mean.is_some_and(|m| m >= f64::from(threshold)),
            mean: f.mean,
            agreement: AgreementResponse {
                diverges: f.agreement.diverges(),
                criteria_compared: f.agreement.criteria_compared,
                criteria_within_one_point: f.agreement.criteria_within_one_point,
                total_range: f.agreement.total_range,
            },
            complete: f.complete,
        });
        let entry = ApplicationEntry {
            application: a.application,
            organization_name: a.organization_name,
            assessors: None,
            viewer_assesses: a.viewer_assesses,
        };
        AssessmentResponse {
            award_id: a.call.id,
            award_title: a.call.title,
            award_stage: a.call.stage,
            site_visit_threshold: threshold,
            application: AwardApplicationResponse::of(entry, a.viewer_manages),
            criteria: a
                .criteria
                .into_iter()
                .map(AwardCriterionResponse::from)
                .collect(),
            assessors: a
                .assessors
                .into_iter()
                .map(AssessorResponse::from)
                .collect(),
            figures,
            viewer_manages: a.viewer_manages,
        }
    }
}
