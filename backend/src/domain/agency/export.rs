//! Streamed exports of a consultation's proposals, votes, comments and quick ratings as CSV,
//! JSON or NDJSON. Rows are read in keyset pages and encoded page by page, so a million
//! votes pass through without being held in memory. Voters and raters appear only as
//! pseudonyms keyed to the reader's audience (see `pseudonyms`); no names or email
//! addresses leave. Proposals and comments carry no author column: their authors are public
//! (the proposal and comment pages name them), so an author pseudonym would let anyone with
//! the export join those public names to the same person's votes. Hidden, merged and
//! withdrawn proposals, hidden or deleted comments, and discarded votes (deleted rows) are
//! left out.

use chrono::{DateTime, SecondsFormat, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::pseudonyms::{Audience, PseudonymKey};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::{comments, feedback, proposals, votes};
use crate::db::Db;
use crate::domain::visibility;
use crate::domain::votes::VoteValue;
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
}

impl ExportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExportKind::Proposals => "proposals",
            ExportKind::Votes => "votes",
            ExportKind::Comments => "comments",
            ExportKind::Feedback => "feedback",
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
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Csv,
    Json,
    Ndjson,
}

impl Format {
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Ndjson => "application/x-ndjson",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
        }
    }
}

enum Cell {
    Text(String),
    Int(i64),
    Time(DateTime<Utc>),
    Null,
}

fn opt_text(value: Option<String>) -> Cell {
    value.map_or(Cell::Null, Cell::Text)
}

fn opt_id(value: Option<Uuid>) -> Cell {
    value.map_or(Cell::Null, |id| Cell::Text(id.to_string()))
}

fn opt_time(value: Option<DateTime<Utc>>) -> Cell {
    value.map_or(Cell::Null, Cell::Time)
}

/// A spreadsheet runs a cell starting with one of these as a formula: such cells get a
/// leading apostrophe, which spreadsheets show as text.
fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn csv_field(out: &mut String, text: &str) {
    let text = neutralise(text);
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

fn time_text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
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
    position: Position,
    stage: Stage,
    rows_written: u64,
}

/// Prepares an export; rows are read as the stream is polled.
pub async fn open(
    db: &Db,
    consultation: &Consultation,
    kind: ExportKind,
    format: Format,
    pseudonyms: PseudonymKey,
    audience: Audience,
) -> Result<Export> {
    let proposal_ids = match kind {
        ExportKind::Votes | ExportKind::Comments => {
            proposals::Entity::find()
                .select_only()
                .column(proposals::Column::Id)
                .filter(proposals::Column::ConsultationId.eq(consultation.id))
                .filter(visibility::counted_proposals())
                .order_by_asc(proposals::Column::Id)
                .into_tuple()
                .all(db.reader())
                .await?
        }
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
        position: Position {
            proposal: 0,
            after: None,
        },
        stage: Stage::Header,
        rows_written: 0,
    })
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
                let mut line = self.kind.columns().join(",");
                line.push_str("\r\n");
                line
            }
            Format::Json => "[".to_owned(),
            Format::Ndjson => String::new(),
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
                            Cell::Time(at) => out.push_str(&time_text(at)),
                            Cell::Null => {}
                        }
                    }
                    out.push_str("\r\n");
                }
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

    /// The next non-empty page of rows, or `None` when all are read.
    async fn next_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        match self.kind {
            ExportKind::Proposals => self.proposals_page().await,
            ExportKind::Feedback => self.feedback_page().await,
            ExportKind::Votes | ExportKind::Comments => loop {
                let Some(&proposal_id) = self.proposal_ids.get(self.position.proposal) else {
                    return Ok(None);
                };
                let (rows, last, full) = if self.kind == ExportKind::Votes {
                    self.votes_page(proposal_id).await?
                } else {
                    self.comments_page(proposal_id).await?
                };
                if full {
                    self.position.after = last;
                } else {
                    self.position.proposal += 1;
                    self.position.after = None;
                }
                if !rows.is_empty() {
                    return Ok(Some(rows));
                }
            },
        }
    }

    async fn proposals_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        let mut query = proposals::Entity::find()
            .filter(proposals::Column::ConsultationId.eq(self.consultation_id))
            .filter(visibility::counted_proposals())
            .order_by_asc(proposals::Column::Id)
            .limit(PAGE_ROWS);
        if let Some(after) = self.position.after {
            query = query.filter(proposals::Column::Id.gt(after));
        }
        let page = query.all(self.db.reader()).await?;
        let Some(last) = page.last() else {
            return Ok(None);
        };
        self.position.after = Some(last.id);
        Ok(Some(
            page.into_iter()
                .map(|p| {
                    vec![
                        Cell::Text(p.id.to_string()),
                        Cell::Time(p.created_at),
                        Cell::Text(p.title),
                        Cell::Text(p.body),
                        opt_text(p.theme),
                        opt_text(p.province),
                        Cell::Text(p.status),
                        Cell::Int(p.agree_count as i64),
                        Cell::Int(p.disagree_count as i64),
                        Cell::Int(p.pass_count as i64),
                        Cell::Int(p.comment_count as i64),
                        opt_text(p.official_response),
                        opt_time(p.responded_at),
                    ]
                })
                .collect(),
        ))
    }

    async fn votes_page(&self, proposal_id: Uuid) -> Result<(Vec<Vec<Cell>>, Option<Uuid>, bool)> {
        let mut query = votes::Entity::find()
            .select_only()
            .columns([
                votes::Column::UserId,
                votes::Column::Value,
                votes::Column::CreatedAt,
                votes::Column::UpdatedAt,
            ])
            .filter(votes::Column::ProposalId.eq(proposal_id))
            .order_by_asc(votes::Column::UserId)
            .limit(PAGE_ROWS);
        if let Some(after) = self.position.after {
            query = query.filter(votes::Column::UserId.gt(after));
        }
        let page: Vec<(Uuid, i16, DateTime<Utc>, DateTime<Utc>)> =
            query.into_tuple().all(self.db.reader()).await?;
        let full = page.len() as u64 == PAGE_ROWS;
        let last = page.last().map(|v| v.0);
        let proposal = proposal_id.to_string();
        let rows = page
            .into_iter()
            .map(|(user, value, created, updated)| {
                let value = match VoteValue::from_i16(value) {
                    VoteValue::Agree => "agree",
                    VoteValue::Disagree => "disagree",
                    VoteValue::Pass => "pass",
                };
                vec![
                    Cell::Text(proposal.clone()),
                    self.participant(user),
                    Cell::Text(value.to_owned()),
                    Cell::Time(created),
                    Cell::Time(updated),
                ]
            })
            .collect();
        Ok((rows, last, full))
    }

    async fn comments_page(
        &self,
        proposal_id: Uuid,
    ) -> Result<(Vec<Vec<Cell>>, Option<Uuid>, bool)> {
        let mut query = comments::Entity::find()
            .filter(comments::Column::ProposalId.eq(proposal_id))
            .order_by_asc(comments::Column::Id)
            .limit(PAGE_ROWS);
        if let Some(after) = self.position.after {
            query = query.filter(comments::Column::Id.gt(after));
        }
        let page = query.all(self.db.reader()).await?;
        let full = page.len() as u64 == PAGE_ROWS;
        let last = page.last().map(|c| c.id);
        let rows = page
            .into_iter()
            .filter(visibility::is_public_comment)
            .map(|c| {
                vec![
                    Cell::Text(c.id.to_string()),
                    Cell::Text(c.proposal_id.to_string()),
                    opt_id(c.parent_id),
                    Cell::Text(c.stance),
                    Cell::Text(c.body),
                    Cell::Int(c.up_count as i64),
                    Cell::Int(c.down_count as i64),
                    Cell::Time(c.created_at),
                ]
            })
            .collect();
        Ok((rows, last, full))
    }

    async fn feedback_page(&mut self) -> Result<Option<Vec<Vec<Cell>>>> {
        let mut query = feedback::Entity::find()
            .filter(feedback::Column::ConsultationId.eq(self.consultation_id))
            .order_by_asc(feedback::Column::UserId)
            .limit(PAGE_ROWS);
        if let Some(after) = self.position.after {
            query = query.filter(feedback::Column::UserId.gt(after));
        }
        let page = query.all(self.db.reader()).await?;
        let Some(last) = page.last() else {
            return Ok(None);
        };
        self.position.after = Some(last.user_id);
        Ok(Some(
            page.into_iter()
                .map(|f| {
                    vec![
                        self.participant(f.user_id),
                        Cell::Int(f.usefulness as i64),
                        Cell::Int(f.understanding as i64),
                        Cell::Int(f.satisfaction as i64),
                        Cell::Time(f.updated_at),
                    ]
                })
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_quoted_cells_stay_whole() {
        for (raw, want) in [
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("plain, text", "\"plain, text\""),
            ("ข้อเสนอ", "ข้อเสนอ"),
            ("a=b", "a=b"),
        ] {
            let mut out = String::new();
            csv_field(&mut out, raw);
            assert_eq!(out, want, "{raw:?}");
        }
    }
}
