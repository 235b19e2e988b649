//! `GET /api/v1/agency/consultations/{id}/export?what=…&format=…`

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use futures_util::stream;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::api::extract::Agency;
use crate::api::params::{Path, Query};
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::agency::export::{self, ExportKind, ExportReader, Format};
use crate::domain::agency::readable_consultation;

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// `proposals`, `votes`, `comments`, `feedback`, `indicators` (one row per measured value of
    /// the consultation's and its results' impact indicators) or `survey` (reader survey answers,
    /// only of subjects with at least k answers).
    #[param(inline)]
    pub what: ExportKind,
    /// `csv` (default), `json`, `ndjson` or `xlsx`.
    #[param(inline)]
    pub format: Option<Format>,
}

/// Streams the rows (CSV, a JSON array, or NDJSON), read from the database page by page, or
/// sends them as one Excel workbook (`xlsx`: one sheet named after `what`, the same columns
/// and rows as the CSV, numbers as numbers, times as ISO 8601 text in UTC, text never run
/// as a formula; built whole before it is sent, so an error is a 500, not a cut download).
/// Voters and raters appear as pseudonymous ids, stable within this consultation and for
/// this reader only (each API key, and each member, gets ids of its own, which match its
/// opinion-groups scatter); no names or email addresses. Proposals and comments carry no
/// author. An organisation responsible for part of the consultation gets the proposals
/// routed to it, and their votes and comments, only. CSV cells that a spreadsheet would run
/// as formulas are neutralised. Reader survey answers (`survey`) come without time or
/// participant, and only for subjects at least k readers answered about.
#[utoipa::path(tag = "agency", security(("bearer" = [])), params(("id" = String, Path, description = "id or slug"), ExportQuery), responses(
    (status = 200, description = "The rows, streamed (an XLSX workbook is sent whole): columns depend on `what`", content(
        (String = "text/csv"),
        (Vec<std::collections::HashMap<String, serde_json::Value>> = "application/json"),
        (String = "application/x-ndjson"),
        (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
    (status = 403),
))]
#[get("/agency/consultations/{id}/export")]
pub async fn get_export(
    state: web::Data<AppState>,
    Agency(reader): Agency,
    path: Path<String>,
    query: Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let path = path.parsed()?;
    let query = query.parsed()?;
    let (consultation, scope) = readable_consultation(state.db.reader(), &reader, &path).await?;
    let format = query.format.unwrap_or(Format::Csv);
    let disposition = ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::Filename(format!(
            "{}-{}.{}",
            consultation.slug,
            query.what.as_str(),
            format.extension()
        ))],
    };
    let export = export::open(
        &state.db,
        &consultation,
        query.what,
        format,
        scope,
        ExportReader {
            pseudonyms: state.pseudonyms.clone(),
            audience: reader.audience(),
            k: i64::from(state.settings.k_anonymity),
        },
    )
    .await?;
    let mut reply = HttpResponse::Ok();
    reply
        .content_type(format.content_type())
        .insert_header(disposition)
        .insert_header(("cache-control", "no-store"));
    if format == Format::Xlsx {
        return Ok(reply.body(export.into_xlsx().await?));
    }
    // Each poll reads one page; an error mid-way ends the stream (the status is already
    // sent), which clients see as a cut-short download.
    let body = stream::unfold(Some(export), |export| async move {
        let mut export = export?;
        match export.next_chunk().await {
            Ok(Some(bytes)) => Some((Ok(web::Bytes::from(bytes)), Some(export))),
            Ok(None) => None,
            Err(err) => {
                tracing::error!(error = ?err, "export failed part-way");
                Some((Err(err), None))
            }
        }
    });
    Ok(reply.streaming(body))
}
