//! `GET /api/v1/consultations/{id_or_slug}`

use actix_web::{get, web};

use super::ConsultationResponse;
use crate::api::extract::Caller;
use crate::api::media::attachments_of;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::accountability;
use crate::domain::follows::{self, Target};
use crate::domain::media::OwnerKind;
use crate::domain::{consultations, feedback};

/// One consultation, by id or slug, with how its answer deadline is kept and, for a signed-in
/// caller, whether they follow it and their own quick ratings.
#[utoipa::path(tag = "consultations", params(("id_or_slug" = String, Path)), responses(
    (status = 200, body = ConsultationResponse, description = "The consultation"),
))]
#[get("/consultations/{id_or_slug}")]
pub async fn get_consultation(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<String>,
) -> Result<web::Json<ConsultationResponse>, ApiError> {
    let consultation = consultations::get(state.db.reader(), caller.as_ref(), &path).await?;
    let (following, my_ratings) = match &caller {
        Some(me) => (
            Some(
                follows::is_following(
                    state.db.reader(),
                    me.id,
                    Target::Consultation,
                    consultation.id,
                )
                .await?,
            ),
            feedback::of(state.db.reader(), consultation.id, me.id).await?,
        ),
        None => (None, None),
    };
    let accountability = accountability::figures(state.db.reader(), &consultation).await?;
    let mut response = ConsultationResponse::from(consultation);
    response.following = following;
    response.accountability = accountability;
    response.my_ratings = my_ratings.map(Into::into);
    response.attachments =
        Some(attachments_of(state.db.reader(), OwnerKind::Consultation, response.id).await?);
    Ok(web::Json(response))
}
