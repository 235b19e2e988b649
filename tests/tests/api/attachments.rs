//! Documents attached to a consultation by those who run it, to an official answer by the
//! organisation that gives it and to a result's milestone by those who write the result: told
//! by their bytes, stored as uploaded, listed where they belong and downloaded under their own
//! (Thai) names.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    a_lab_attaches_documents_that_readers_download_under_their_thai_names,
    the_answering_organisation_attaches_documents_to_its_answer,
    a_result_writer_attaches_evidence_to_a_milestone,
);

const PDF: &[u8] =
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'.' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn attach(
    app: &TestApp,
    path: &str,
    token: &str,
    name: &str,
    bytes: &[u8],
) -> sala_tests::Reply {
    app.upload(
        &format!("{path}?filename={}", encoded(name)),
        Some(token),
        "application/octet-stream",
        bytes.to_vec(),
    )
    .await
}

async fn a_lab_attaches_documents_that_readers_download_under_their_thai_names(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("somsri@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let path = format!("/api/v1/consultations/{cid}/attachments");

    let name = "เอกสารประกอบการรับฟัง 2570.pdf";
    let pdf = attach(&app, &path, &admin.token, name, PDF)
        .await
        .expect(201);
    assert_eq!(pdf["filename"], name);
    assert_eq!(pdf["content_type"], "application/pdf");
    assert_eq!(pdf["bytes"], PDF.len());
    let csv = "จังหวัด,จำนวน\nสุโขทัย,12\n";
    attach(&app, &path, &admin.token, "สรุปรายจังหวัด.csv", csv.as_bytes())
        .await
        .expect(201);

    // What its name or its bytes do not vouch for is refused.
    attach(
        &app,
        &path,
        &admin.token,
        "แบบฟอร์ม.pdf",
        b"MZ\x90\x00\x03\x00\x00\x00",
    )
    .await
    .expect_problem(415, "unsupported_document_type");
    attach(&app, &path, &admin.token, "รายงาน.docx", PDF)
        .await
        .expect_problem(415, "unsupported_document_type");
    attach(
        &app,
        &path,
        &admin.token,
        "page.html",
        b"<script>alert(1)</script>",
    )
    .await
    .expect_problem(415, "unsupported_document_type");
    let mut huge = PDF.to_vec();
    huge.resize(20 * 1024 * 1024 + 1, b' ');
    attach(&app, &path, &admin.token, "ใหญ่.pdf", &huge)
        .await
        .expect_problem(413, "file_too_large");
    attach(&app, &path, &citizen.token, "ของฉัน.pdf", PDF)
        .await
        .expect_problem(403, "forbidden");

    let page = app
        .get(&format!("/api/v1/consultations/{cid}"), None)
        .await
        .expect(200);
    let names: Vec<&Value> = page["attachments"]
        .as_array()
        .expect("attachments")
        .iter()
        .map(|a| &a["filename"])
        .collect();
    assert_eq!(names, [&json!(name), &json!("สรุปรายจังหวัด.csv")]);

    let (status, headers, bytes) = app.download(pdf["url"].as_str().expect("url"), None).await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PDF);
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let disposition = headers["content-disposition"].to_str().expect("ASCII");
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.contains(&format!(
            "filename*=UTF-8''{}",
            encoded(name).replace('.', "%2E")
        )),
        "{disposition}"
    );

    let id = pdf["id"].as_str().expect("id");
    app.delete(&format!("{path}/{id}"), Some(&citizen.token))
        .await
        .expect_problem(403, "forbidden");
    app.delete(&format!("{path}/{id}"), Some(&admin.token))
        .await
        .expect(204);
    app.get(pdf["url"].as_str().expect("url"), None)
        .await
        .expect_problem(404, "media_not_found");
}

async fn the_answering_organisation_attaches_documents_to_its_answer(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let author = app
        .operator_creates("somchai@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    app.responsible_agency(&admin, cid, &agent).await;
    let proposal = app.proposal(&author, cid, "ศูนย์ไกล่เกลี่ยในตำบล").await;
    let pid = proposal["id"].as_str().expect("id");
    app.put(
        &format!("/api/v1/proposals/{pid}/response"),
        Some(&agent.token),
        &json!({"status": "under_review", "answer": "อยู่ระหว่างศึกษางบประมาณ ดูรายละเอียดในเอกสารแนบ"}),
    )
    .await
    .expect(200);

    let path = format!("/api/v1/proposals/{pid}/response/attachments");
    attach(&app, &path, &author.token, "ของผู้เสนอ.pdf", PDF)
        .await
        .expect_problem(403, "forbidden");
    let memo = attach(
        &app,
        &path,
        &agent.token,
        "บันทึกข้อความ สป.ยธ..txt",
        "งบประมาณปี 2571".as_bytes(),
    )
    .await
    .expect(201);
    assert_eq!(memo["content_type"], "text/plain; charset=utf-8");

    let page = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200);
    let attached = &page["official_response"]["attachments"];
    assert_eq!(attached[0]["filename"], "บันทึกข้อความ สป.ยธ..txt");
    let (status, headers, bytes) = app
        .download(attached[0]["url"].as_str().expect("url"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(String::from_utf8(bytes).expect("text"), "งบประมาณปี 2571");
    assert!(headers["content-disposition"]
        .to_str()
        .expect("ASCII")
        .starts_with("attachment;"));

    let id = memo["id"].as_str().expect("id");
    app.delete(&format!("{path}/{id}"), Some(&agent.token))
        .await
        .expect(204);
    let page = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200);
    assert_eq!(page["official_response"]["attachments"], json!([]));
}

async fn a_result_writer_attaches_evidence_to_a_milestone(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let outsider = app
        .operator_creates("other@example.org", Role::Agency)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let org = app.responsible_agency(&admin, cid, &agent).await;
    let result = app
        .post(
            &format!("/api/v1/consultations/{cid}/results"),
            Some(&agent.token),
            &json!({"title": "ศูนย์ไกล่เกลี่ยชุมชน", "description": "เปิดศูนย์สี่แห่ง", "organization_id": org}),
        )
        .await
        .expect(201);
    let rid = result["id"].as_str().expect("id");
    let milestone = app
        .post(
            &format!("/api/v1/results/{rid}/milestones"),
            Some(&agent.token),
            &json!({"title": "ลงนามบันทึกข้อตกลง", "due_date": "2027-03-01"}),
        )
        .await
        .expect(201);
    assert_eq!(milestone["attachments"], json!([]));
    let mid = milestone["id"].as_str().expect("id");
    let path = format!("/api/v1/results/{rid}/milestones/{mid}/attachments");

    // Only those who may write the result attach; another result's path finds no milestone.
    attach(&app, &path, &outsider.token, "บันทึก.pdf", PDF)
        .await
        .expect_problem(403, "forbidden");
    let elsewhere = format!(
        "/api/v1/results/{rid}/milestones/{}/attachments",
        uuid::Uuid::now_v7()
    );
    attach(&app, &elsewhere, &agent.token, "บันทึก.pdf", PDF)
        .await
        .expect_problem(404, "milestone_not_found");
    attach(&app, &path, &agent.token, "ภาพ.png", b"\x89PNG\r\n")
        .await
        .expect_problem(415, "unsupported_document_type");
    let mou = attach(&app, &path, &agent.token, "บันทึกข้อตกลงกับเทศบาล.pdf", PDF)
        .await
        .expect(201);

    // The public reads it under the milestone and downloads it.
    let detail = app
        .get(&format!("/api/v1/results/{rid}"), None)
        .await
        .expect(200);
    let attached = &detail["milestones"][0]["attachments"];
    assert_eq!(attached[0]["filename"], "บันทึกข้อตกลงกับเทศบาล.pdf");
    let (status, _, bytes) = app
        .download(attached[0]["url"].as_str().expect("url"), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PDF);
    // Marking the milestone done keeps its evidence in the reply.
    let done = app
        .patch(
            &format!("/api/v1/results/{rid}/milestones/{mid}"),
            Some(&agent.token),
            &json!({"done_date": "2027-02-20", "evidence": "ลงนามแล้ว"}),
        )
        .await
        .expect(200);
    assert_eq!(done["attachments"][0]["id"], mou["id"]);

    app.delete(
        &format!("{path}/{}", mou["id"].as_str().expect("id")),
        Some(&agent.token),
    )
    .await
    .expect(204);
    let detail = app
        .get(&format!("/api/v1/results/{rid}"), None)
        .await
        .expect(200);
    assert_eq!(detail["milestones"][0]["attachments"], json!([]));
}
