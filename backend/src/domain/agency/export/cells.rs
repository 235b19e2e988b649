//! Cells and how they are written: CSV quoting, with formula-looking text neutralised.

use chrono::{DateTime, SecondsFormat, Utc};
use uuid::Uuid;

pub(super) enum Cell {
    Text(String),
    Int(i64),
    /// A measured figure, which may have a fraction.
    Num(f64),
    Time(DateTime<Utc>),
    Null,
}

pub(super) fn opt_text(value: Option<String>) -> Cell {
    value.map_or(Cell::Null, Cell::Text)
}

pub(super) fn opt_id(value: Option<Uuid>) -> Cell {
    value.map_or(Cell::Null, |id| Cell::Text(id.to_string()))
}

pub(super) fn opt_time(value: Option<DateTime<Utc>>) -> Cell {
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

pub(super) fn csv_field(out: &mut String, text: &str) {
    let text = neutralise(text);
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&text);
    }
}

pub(super) fn time_text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
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
