//! Agency exports as Excel workbooks: the CSV's rows and columns, in cells a spreadsheet
//! reads as text and numbers, never as formulas, within the reader's scope.

use std::io::{Cursor, Read};

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

use super::agency_exports::{csv_rows, export};

on_both_databases!(an_xlsx_export_holds_the_csv_rows_in_typed_cells_within_scope,);

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A workbook as a spreadsheet opens it.
pub(crate) struct Workbook {
    pub sheets: Vec<String>,
    /// The first sheet's cells, row by row.
    pub cells: Vec<Vec<Data>>,
    /// Whether each cell of the first row is bold.
    pub bold_header: Vec<bool>,
    /// Formulas on the first sheet (empty when none).
    pub formulas: Vec<String>,
    /// Whether the first sheet's header row stays in view when scrolling, and its columns
    /// have widths set.
    pub frozen_header: bool,
    pub sized_columns: bool,
}

/// Downloads `…/export?what={what}&format=xlsx` as `token`: the status, the filename it is
/// offered under, and the workbook when it is one.
pub(crate) async fn download_xlsx(
    app: &TestApp,
    token: &str,
    consultation: &str,
    what: &str,
) -> (u16, String, Option<Workbook>) {
    let reply = app
        .client
        .get(app.url(&format!(
            "/api/v1/agency/consultations/{consultation}/export?what={what}&format=xlsx"
        )))
        .bearer_auth(token)
        .send()
        .await
        .expect("request sent");
    let status = reply.status().as_u16();
    let header = |name: &str| {
        reply
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let disposition = header("content-disposition");
    let is_xlsx = header("content-type") == XLSX;
    let bytes = reply.bytes().await.expect("body read").to_vec();
    if status != 200 || !is_xlsx {
        return (status, disposition, None);
    }
    assert!(bytes.starts_with(b"PK"), "an XLSX is a zip archive");
    let mut sheet_xml = String::new();
    zip::ZipArchive::new(Cursor::new(&bytes))
        .expect("a zip archive")
        .by_name("xl/worksheets/sheet1.xml")
        .expect("a first sheet")
        .read_to_string(&mut sheet_xml)
        .expect("the sheet's XML");
    let frozen_header =
        sheet_xml.contains(r#"ySplit="1""#) && sheet_xml.contains(r#"state="frozen""#);
    let sized_columns = sheet_xml.contains("<cols>") && sheet_xml.contains("customWidth=\"1\"");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("an XLSX");
    let sheets = book.sheet_names();
    let range = book.worksheet_range(&sheets[0]).expect("first sheet");
    let cells = range.rows().map(<[Data]>::to_vec).collect::<Vec<_>>();
    let styles = book.worksheet_style(&sheets[0]).expect("styles");
    let width = cells.first().map_or(0, Vec::len) as u32;
    let bold_header = (0..width)
        .map(|c| {
            styles
                .get((0, c))
                .and_then(|s| s.font.as_ref())
                .is_some_and(|f| f.is_bold())
        })
        .collect();
    let formulas = book
        .worksheet_formula(&sheets[0])
        .expect("formulas")
        .used_cells()
        .map(|(_, _, f)| f.clone())
        .filter(|f| !f.is_empty())
        .collect();
    let workbook = Workbook {
        sheets,
        cells,
        bold_header,
        formulas,
        frozen_header,
        sized_columns,
    };
    (status, disposition, Some(workbook))
}

/// A cell as its CSV field reads: whole numbers without a decimal point, and text that a
/// spreadsheet would run as a formula with the CSV's leading apostrophe.
fn as_in_csv(cell: &Data) -> String {
    match cell {
        Data::String(text) if text.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
            format!("'{text}")
        }
        Data::String(text) => text.clone(),
        Data::Float(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Data::Int(n) => n.to_string(),
        Data::Empty => String::new(),
        other => panic!("an unexpected cell: {other:?}"),
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"ดูที่นี่\")";

struct Scene {
    /// Responsible for `here`.
    agent: Person,
    /// Responsible for another consultation only.
    outsider: Person,
    people: Vec<Person>,
    here: String,
}

/// Two proposals in `here` (one titled like a formula), each with one agree, one disagree
/// and one pass vote.
async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let outsider = app
        .operator_creates("outsider@moj.go.th", Role::Agency)
        .await;
    let here = id(&app.consultation(&admin, "ideation").await);
    let elsewhere = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &here, &agent).await;
    app.responsible_agency(&admin, &elsewhere, &outsider).await;
    let people = app.many_citizens(3).await;
    let proposals = [
        id(&app.proposal(&people[0], &here, FORMULA).await),
        id(&app
            .proposal(&people[1], &here, "ศาลชุมชนเคลื่อนที่ทุกอำเภอ")
            .await),
    ];
    for (who, value) in people.iter().zip(["agree", "disagree", "pass"]) {
        for proposal in &proposals {
            app.put(
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&who.token),
                &json!({ "value": value }),
            )
            .await
            .expect(200);
        }
    }

    Scene {
        agent,
        outsider,
        people,
        here,
    }
}

async fn an_xlsx_export_holds_the_csv_rows_in_typed_cells_within_scope(backend: Backend) {
    let app = spawn_app(backend).await;
    let Scene {
        agent,
        outsider,
        people,
        here,
    } = scene(&app).await;
    for (what, rows) in [("proposals", 2), ("votes", 6)] {
        let csv = csv_rows(&export(&app, &agent, &here, what, "csv").await);
        let (status, disposition, book) = download_xlsx(&app, &agent.token, &here, what).await;
        assert_eq!(status, 200, "{what}");
        assert!(
            disposition.starts_with("attachment") && disposition.contains(&format!("{what}.xlsx")),
            "{disposition}"
        );
        let book = book.expect("a workbook");
        assert_eq!(
            book.sheets,
            [what],
            "one sheet named after what is exported"
        );
        assert_eq!(
            book.cells.len(),
            rows + 1,
            "{what}: the header and the rows"
        );
        let seen: Vec<Vec<String>> = book
            .cells
            .iter()
            .map(|row| row.iter().map(as_in_csv).collect())
            .collect();
        assert_eq!(seen, csv, "{what}: the CSV's header and rows, in its order");
        assert!(
            book.bold_header.iter().all(|bold| *bold),
            "{what}: bold header"
        );
        assert!(book.frozen_header, "{what}: the header row stays in view");
        assert!(
            book.sized_columns,
            "{what}: columns sized to what they hold"
        );
        assert!(book.formulas.is_empty(), "{what}: {:?}", book.formulas);
    }

    typed_cells(&app, &agent, &here).await;

    // Scope as in the CSV: nothing of another agency's consultation, no workbook for a citizen.
    for who in [&outsider, &people[0]] {
        let (status, _, book) = download_xlsx(&app, &who.token, &here, "votes").await;
        assert_eq!(status, 403);
        assert!(book.is_none());
    }
    refused_as_problem(&app, &outsider, &here).await;
}

/// Text as written, never a formula; counts as numbers.
async fn typed_cells(app: &TestApp, agent: &Person, here: &str) {
    let (_, _, book) = download_xlsx(app, &agent.token, here, "proposals").await;
    let book = book.expect("a workbook");
    let header = &book.cells[0];
    let at = |name: &str| header.iter().position(|h| *h == Data::String(name.into()));
    let titles: Vec<&Data> = book.cells[1..]
        .iter()
        .map(|r| &r[at("title").expect("title")])
        .collect();
    assert!(
        titles.contains(&&Data::String(FORMULA.to_owned())),
        "the formula-looking title is a text cell, as written: {titles:?}"
    );
    for row in &book.cells[1..] {
        for count in ["agree", "disagree", "pass"] {
            assert_eq!(row[at(count).expect(count)], Data::Float(1.0), "{count}");
        }
    }
}

async fn refused_as_problem(app: &TestApp, who: &Person, consultation: &str) {
    app.get(
        &format!("/api/v1/agency/consultations/{consultation}/export?what=votes&format=xlsx"),
        Some(&who.token),
    )
    .await
    .expect_problem(403, "forbidden");
}
