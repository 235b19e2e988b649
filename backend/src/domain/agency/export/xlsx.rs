//! The export as an Excel workbook: the same rows and columns as the CSV, read by the same
//! pages, on a sheet named after what is exported, with a bold and frozen header row.
//!
//! Text is written as text cells, which Excel never runs as formulas, so it is written as it
//! is (no leading apostrophe as in the CSV). Numbers are number cells. Times are ISO 8601
//! text in UTC, exactly as in the CSV (`2026-05-01T09:30:00.123456Z`): Excel dates carry no
//! time zone and round microseconds away, whereas this text is lossless and still sorts in
//! time order.
//!
//! Memory: an XLSX is a zip archive, so it cannot go out page by page as the CSV does. Each
//! sheet is written in `constant_memory` mode: a row goes to a temporary file (in the system
//! temporary folder, `/tmp`, which the Compose and Helm deployments keep writable) as soon as
//! it is written, so the rows are never all held. The finished archive is built in memory once
//! and sent whole; compressed, it is about a quarter of the same rows as CSV (200,000 votes:
//! 23 MB of CSV, 6 MB of XLSX), so a million votes hold some 30 MB for the request. Past
//! Excel's limit of 1,048,576 rows a sheet, the rows go on in a second sheet (`votes 2`).

use rust_xlsxwriter::{Format as CellFormat, Workbook, XlsxError};

use super::cells::{time_text, Cell};
use super::{Export, ExportKind};
use crate::error::{Error, Result};

/// Excel's rows per sheet, the header row included.
const SHEET_ROWS: u32 = 1_048_576;
/// Excel's longest text in one cell, in characters. Proposal and comment bodies are far
/// shorter; a longer text would be cut here rather than fail the export.
const CELL_CHARS: usize = 32_767;

impl Export {
    /// Reads every page and returns the finished workbook.
    pub async fn into_xlsx(mut self) -> Result<Vec<u8>> {
        let mut book = Book::new(self.kind, SHEET_ROWS).map_err(failed)?;
        while let Some(rows) = self.next_page().await? {
            book.append(&rows).map_err(failed)?;
        }
        // Compressing the sheets is CPU work: off the request threads.
        tokio::task::spawn_blocking(move || book.finish())
            .await
            .map_err(|e| Error::Internal(anyhow::Error::new(e).context("XLSX export task")))?
            .map_err(failed)
    }
}

fn failed(err: XlsxError) -> Error {
    Error::Internal(anyhow::Error::new(err).context("writing the XLSX export"))
}

/// Column width in characters, by what the column holds.
fn width(column: &str) -> f64 {
    match column {
        "title" => 40.0,
        "body" | "official_response" => 60.0,
        "participant" => 18.0,
        c if c == "id" || c.ends_with("_id") => 38.0,
        c if c.ends_with("_at") => 28.0,
        _ => 12.0,
    }
}

fn cell_text(text: &str) -> &str {
    match text.char_indices().nth(CELL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

struct Book {
    workbook: Workbook,
    kind: ExportKind,
    bold: CellFormat,
    rows_per_sheet: u32,
    sheets: usize,
    /// The next row to write on the last sheet.
    row: u32,
}

impl Book {
    fn new(kind: ExportKind, rows_per_sheet: u32) -> std::result::Result<Self, XlsxError> {
        let mut book = Book {
            workbook: Workbook::new(),
            kind,
            bold: CellFormat::new().set_bold(),
            rows_per_sheet,
            sheets: 0,
            row: 0,
        };
        book.add_sheet()?;
        Ok(book)
    }

    fn add_sheet(&mut self) -> std::result::Result<(), XlsxError> {
        self.sheets += 1;
        let name = match self.sheets {
            1 => self.kind.as_str().to_owned(),
            n => format!("{} {n}", self.kind.as_str()),
        };
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        sheet.set_freeze_panes(1, 0)?;
        for (col, column) in (0u16..).zip(self.kind.columns()) {
            sheet.set_column_width(col, width(column))?;
            sheet.write_string_with_format(0, col, *column, &self.bold)?;
        }
        self.row = 1;
        Ok(())
    }

    fn append(&mut self, rows: &[Vec<Cell>]) -> std::result::Result<(), XlsxError> {
        for row in rows {
            if self.row >= self.rows_per_sheet {
                self.add_sheet()?;
            }
            let at = self.row;
            let sheet = self.workbook.worksheet_from_index(self.sheets - 1)?;
            for (col, cell) in (0u16..).zip(row) {
                match cell {
                    Cell::Text(text) => {
                        sheet.write_string(at, col, cell_text(text))?;
                    }
                    Cell::Int(n) => {
                        sheet.write_number(at, col, *n as f64)?;
                    }
                    Cell::Num(x) => {
                        sheet.write_number(at, col, *x)?;
                    }
                    Cell::Time(time) => {
                        sheet.write_string(at, col, time_text(time))?;
                    }
                    Cell::Null => {}
                }
            }
            self.row += 1;
        }
        Ok(())
    }

    fn finish(mut self) -> std::result::Result<Vec<u8>, XlsxError> {
        self.workbook.save_to_buffer()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(n: i64) -> Vec<Cell> {
        vec![
            Cell::Text("p".into()),
            Cell::Text(format!("person {n}")),
            Cell::Text("agree".into()),
            Cell::Null,
            Cell::Null,
        ]
    }

    #[test]
    fn rows_past_a_full_sheet_go_on_in_the_next() {
        let mut book = Book::new(ExportKind::Votes, 3).expect("book");
        book.append(&(0..5).map(vote).collect::<Vec<_>>())
            .expect("rows");
        assert_eq!(book.sheets, 3, "2 rows a sheet under the header");
        let names: Vec<String> = (0..3)
            .map(|i| book.workbook.worksheet_from_index(i).expect("sheet").name())
            .collect();
        assert_eq!(names, ["votes", "votes 2", "votes 3"]);
        let bytes = book.finish().expect("workbook");
        assert!(bytes.starts_with(b"PK"), "a zip archive");
    }

    #[test]
    fn an_overlong_text_is_cut_at_the_cell_limit_on_a_character_boundary() {
        let long = "ก".repeat(CELL_CHARS + 5);
        assert_eq!(cell_text(&long).chars().count(), CELL_CHARS);
        assert_eq!(cell_text("ข้อเสนอ"), "ข้อเสนอ");
    }
}
