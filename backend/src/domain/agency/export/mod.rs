//! Streamed exports of a consultation's proposals, votes, comments, quick ratings and reader
//! survey answers as CSV,
//! JSON or NDJSON, and the same rows as an Excel workbook (`xlsx`, see `xlsx` for its memory).
//! Rows are read in keyset pages and encoded page by page, so a million votes pass through
//! without being held in memory. Voters and raters appear only as
//! pseudonyms keyed to the reader's audience (see `pseudonyms`); no names or email
//! addresses leave. Proposals and comments carry no author column: their authors are public
//! (the proposal and comment pages name them), so an author pseudonym would let anyone with
//! the export join those public names to the same person's votes. Hidden, merged and
//! withdrawn proposals, hidden or deleted comments, and discarded votes (deleted rows) are
//! left out. Impact indicators are public, so every reader gets all of them.

mod cells;
mod pages;
mod xlsx;

use cells::{csv_field, opt_id, opt_text, opt_time, time_text, Cell};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::pseudonyms::{Audience, PseudonymKey};
use super::scope::Scope;
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals;
use crate::db::Db;
use crate::domain::visibility;
use crate::error::Result;

/// Rows read per query.
pub const PAGE_ROWS: u64 = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ExportKind {
    Proposals,
    Votes,
    Comments,
    Feedback,
    /// Impact indicators of the consultation and its results: one row per measured value.
    Indicators,
    /// Reader survey answers about the consultation, its results and its documents.
    Survey,
}

impl ExportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportKind::Proposals => "proposals",
            ExportKind::Votes => "votes",
            ExportKind::Comments => "comments",
            ExportKind::Feedback => "feedback",
            ExportKind::Indicators => "indicators",
            ExportKind::Survey => "survey",
        }
    }

    fn columns(self) -> &'static [&'static str] {
        match self {
            ExportKind::Proposals => &[
                "id",
                "created_at",
                "title",
                "body",
                "theme",
                "province",
                "status",
                "agree",
                "disagree",
                "pass",
                "comments",
                "official_response",
                "responded_at",
            ],
            ExportKind::Votes => &[
                "proposal_id",
                "participant",
                "value",
                "created_at",
                "updated_at",
            ],
            ExportKind::Comments => &[
                "id",
                "proposal_id",
                "parent_id",
                "stance",
                "body",
                "up",
                "down",
                "created_at",
            ],
            ExportKind::Feedback => &[
                "participant",
                "usefulness",
                "understanding",
                "satisfaction",
                "updated_at",
            ],
            ExportKind::Indicators => &[
                "indicator_id",
                "result_id",
                "result_title",
                "indicator_name",
                "indicator_name_en",
                "unit",
                "baseline",
                "target",
                "value",
                "measured_on",
                "source",
                "source_url",
                "note",
                "recorded_at",
            ],
            // No time and no participant: a comment must not join to the pseudonymous rows
            // of the other exports.
            ExportKind::Survey => &[
                "subject_type",
                "subject_id",
                "usefulness",
                "understanding",
                "satisfaction",
                "comment",
            ],
        }
    }
}

pub const XLSX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Json,
    Ndjson,
    Xlsx,
}

impl Format {
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Ndjson => "application/x-ndjson",
            Format::Xlsx => XLSX_CONTENT_TYPE,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Where the next page starts: the proposal being read (votes and comments are read
/// proposal by proposal over their primary keys) and the last key read.
struct Position {
    proposal: usize,
    after: Option<Uuid>,
}

enum Stage {
    Header,
    Rows,
    Footer,
    Done,
}

pub struct Export {
    db: Db,
    consultation_id: Uuid,
    kind: ExportKind,
    format: Format,
    pseudonyms: PseudonymKey,
    audience: Audience,
    proposal_ids: Vec<Uuid>,
    /// For a survey export: the subjects with at least k answers (the others give no row).
    survey_subjects: Vec<Uuid>,
    /// The proposals the reader may read.
    scope: Scope,
    position: Position,
    stage: Stage,
    rows_written: u64,
}

/// Who reads an export, as far as its rows care.
pub struct ExportReader {
    /// Participants appear under this audience's pseudonyms.
    pub pseudonyms: PseudonymKey,
    pub audience: Audience,
    /// The smallest number of answers a survey subject needs to give rows (`k_anonymity`).
    pub k: i64,
}

/// Prepares an export; rows are read as the stream is polled.
pub async fn open(
    db: &Db,
    consultation: &Consultation,
    kind: ExportKind,
    format: Format,
    scope: Scope,
    reader: ExportReader,
) -> Result<Export> {
    let ExportReader {
        pseudonyms,
        audience,
        k,
    } = reader;
    let proposal_ids = match kind {
        ExportKind::Votes | ExportKind::Comments => {
            proposals::Entity::find()
                .select_only()
                .column(proposals::Column::Id)
                .filter(proposals::Column::ConsultationId.eq(consultation.id))
                .filter(visibility::counted_proposals())
                .filter(scope.proposals())
                .order_by_asc(proposals::Column::Id)
                .into_tuple()
                .all(db.reader())
                .await?
        }
        _ => Vec::new(),
    };
    let survey_subjects = match kind {
        ExportKind::Survey => shown_survey_subjects(db, consultation, k).await?,
        _ => Vec::new(),
    };
    Ok(Export {
        db: db.clone(),
        consultation_id: consultation.id,
        kind,
        format,
        pseudonyms,
        audience,
        proposal_ids,
        survey_subjects,
        scope,
        position: Position {
            proposal: 0,
            after: None,
        },
        stage: Stage::Header,
        rows_written: 0,
    })
}

/// The consultation and those of its results that at least k readers answered about.
async fn shown_survey_subjects(db: &Db, consultation: &Consultation, k: i64) -> Result<Vec<Uuid>> {
    use crate::domain::surveys::summary::{enough_answers, subjects_of};
    let conn = db.reader();
    let mut shown = Vec::new();
    for (subject_type, id, _) in subjects_of(conn, consultation).await? {
        if enough_answers(conn, subject_type, id, k).await? {
            shown.push(id);
        }
    }
    Ok(shown)
}

impl Export {
    /// The next piece of the body, or `None` at the end.
    pub async fn next_chunk(&mut self) -> Result<Option<Vec<u8>>> {
        loop {
            match self.stage {
                Stage::Header => {
                    self.stage = Stage::Rows;
                    let header = self.header();
                    if !header.is_empty() {
                        return Ok(Some(header.into_bytes()));
                    }
                }
                Stage::Rows => match self.next_page().await? {
                    Some(rows) => return Ok(Some(self.encode(&rows).into_bytes())),
                    None => self.stage = Stage::Footer,
                },
                Stage::Footer => {
                    self.stage = Stage::Done;
                    if self.format == Format::Json {
                        return Ok(Some(b"\n]\n".to_vec()));
                    }
                }
                Stage::Done => return Ok(None),
            }
        }
    }

    fn header(&self) -> String {
        match self.format {
            Format::Csv => {
                // The byte-order mark is how Excel, which ministries open exports in, knows
                // the file is UTF-8; without it Thai text shows as mojibake.
                let mut line = String::from('\u{feff}');
                line.push_str(&self.kind.columns().join(","));
                line.push_str("\r\n");
                line
            }
            Format::Json => "[".to_owned(),
            // A workbook is written whole by `into_xlsx`, never as text.
            Format::Ndjson | Format::Xlsx => String::new(),
        }
    }

    fn encode(&mut self, rows: &[Vec<Cell>]) -> String {
        let mut out = String::with_capacity(rows.len() * 128);
        let columns = self.kind.columns();
        for row in rows {
            match self.format {
                Format::Csv => {
                    for (i, cell) in row.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        match cell {
                            Cell::Text(t) => csv_field(&mut out, t),
                            Cell::Int(n) => out.push_str(&n.to_string()),
                            Cell::Num(x) => out.push_str(&x.to_string()),
                            Cell::Time(at) => out.push_str(&time_text(at)),
                            Cell::Null => {}
                        }
                    }
                    out.push_str("\r\n");
                }
                Format::Xlsx => {}
                Format::Json | Format::Ndjson => {
                    if self.format == Format::Json {
                        out.push_str(if self.rows_written == 0 { "\n" } else { ",\n" });
                    }
                    out.push('{');
                    for (i, (name, cell)) in columns.iter().zip(row).enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push('"');
                        out.push_str(name);
                        out.push_str("\":");
                        let value = match cell {
                            Cell::Text(t) => serde_json::Value::from(t.as_str()),
                            Cell::Int(n) => serde_json::Value::from(*n),
                            Cell::Num(x) => serde_json::Value::from(*x),
                            Cell::Time(at) => serde_json::Value::from(time_text(at)),
                            Cell::Null => serde_json::Value::Null,
                        };
                        out.push_str(&value.to_string());
                    }
                    out.push('}');
                    if self.format == Format::Ndjson {
                        out.push('\n');
                    }
                }
            }
            self.rows_written += 1;
        }
        out
    }

    fn participant(&self, user_id: Uuid) -> Cell {
        Cell::Text(
            self.pseudonyms
                .for_audience(self.audience, self.consultation_id, user_id),
        )
    }
}
