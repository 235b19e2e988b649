//! Answer reminders and escalations, through a real SMTP server: before an official answer
//! falls due its organisation's owners and representatives get one message listing what is
//! due; once overdue, the consultation's owning lab does; each once, however often the pass
//! runs.

use std::time::Duration;

use sala::db::Db;
use sala::domain::accounts::Role;
use sala::domain::agency::reminders::{self, Sent};
use sala_tests::{on_both_databases, spawn_app_with, Mail, Person, SmtpServer, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    a_reminder_reaches_the_responsible_office_once_listing_what_falls_due,
    an_overdue_answer_is_escalated_once_to_the_owning_lab,
);

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

async fn propose(
    app: &TestApp,
    author: &Person,
    consultation: &str,
    title: &str,
    province: &str,
) -> String {
    id(&app
        .post(
            &format!("/api/v1/consultations/{consultation}/proposals"),
            Some(&author.token),
            &json!({"title": title, "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ",
                    "theme": "ยุติธรรมชุมชน", "province": province}),
        )
        .await
        .expect(201))
}

async fn answer(app: &TestApp, who: &Person, proposal: &str) {
    app.put(
        &format!("/api/v1/proposals/{proposal}/response"),
        Some(&who.token),
        &json!({"status": "under_review", "answer": "อยู่ระหว่างพิจารณางบประมาณ"}),
    )
    .await
    .expect(200);
}

async fn pass(app: &TestApp) -> Sent {
    pass_on(&app.db, app).await
}

/// A pass through `db`: the test's own pool, or another process's.
async fn pass_on(db: &Db, app: &TestApp) -> Sent {
    reminders::send_due(db, &app.settings.public_url, 3)
        .await
        .expect("reminder pass")
}

/// The messages to `to` once `n` of them arrived (at most 10 s).
async fn mails_to(smtp: &SmtpServer, to: &str, n: usize) -> Vec<Mail> {
    for _ in 0..100 {
        let mails: Vec<Mail> = smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.contains(to))
            .collect();
        if mails.len() >= n {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{n} messages to {to} did not arrive within 10 s");
}

fn received_by(smtp: &SmtpServer, to: &str) -> usize {
    smtp.messages().iter().filter(|m| m.to.contains(to)).count()
}

/// Asserts the plain text holds each of `present` and none of `absent`.
fn says(mail: &Mail, present: &[&str], absent: &[&str]) {
    for needle in present {
        assert!(
            mail.text.contains(needle),
            "{needle:?} missing: {}",
            mail.text
        );
    }
    for needle in absent {
        assert!(
            !mail.text.contains(needle),
            "{needle:?} present: {}",
            mail.text
        );
    }
}

/// Two provincial offices answering one consultation: Phuket's (a representative and a
/// plain member) and Sukhothai's (a representative).
struct Offices {
    consultation: String,
    citizen: Person,
    phuket: Person,
}

async fn offices(app: &TestApp) -> Offices {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let phuket = app.operator_creates("phuket@moj.go.th", Role::Agency).await;
    let clerk = app.operator_creates("clerk@moj.go.th", Role::Agency).await;
    let sukhothai = app
        .operator_creates("sukhothai@moj.go.th", Role::Agency)
        .await;
    let phuket_office = app
        .organization(
            "phuket-office",
            "agency",
            &[(&phuket, "representative"), (&clerk, "member")],
        )
        .await;
    let sukhothai_office = app
        .organization(
            "sukhothai-office",
            "agency",
            &[(&sukhothai, "representative")],
        )
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    app.add_responsibilities(
        &admin,
        &consultation,
        &[
            (None, Some("ภูเก็ต"), phuket_office),
            (None, Some("สุโขทัย"), sukhothai_office),
        ],
    )
    .await;
    Offices {
        consultation,
        citizen,
        phuket,
    }
}

async fn a_reminder_reaches_the_responsible_office_once_listing_what_falls_due(
    backend: sala_tests::Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let Offices {
        consultation: c,
        citizen,
        phuket,
    } = offices(&app).await;
    let soon = propose(&app, &citizen, &c, "อาสาสมัครยุติธรรมชุมชนภูเก็ต", "ภูเก็ต").await;
    let also_soon = propose(&app, &citizen, &c, "ทนายอาสาบนเกาะ", "ภูเก็ต").await;
    let answered = propose(&app, &citizen, &c, "ห้องสมุดกฎหมายชุมชน", "ภูเก็ต").await;
    let later = propose(&app, &citizen, &c, "ศูนย์ไกล่เกลี่ยในตำบล", "สุโขทัย").await;
    for p in [&soon, &also_soon, &answered] {
        // Started 28 days ago, due after 30: due in two days.
        app.clock_started(&c, p, 28).await;
    }
    app.clock_started(&c, &later, 10).await;
    answer(&app, &phuket, &answered).await;

    // Two processes at once, each with its own connections: one message between them.
    let other = Db::connect(&app.settings.database_url, 2)
        .await
        .expect("another process's pool");
    let (first, second) = tokio::join!(pass_on(&app.db, &app), pass_on(&other, &app));
    assert_eq!(
        first.reminders + second.reminders,
        1,
        "{first:?} {second:?}"
    );
    assert_eq!(first.escalations + second.escalations, 0);
    let mail = &mails_to(&smtp, "phuket@moj.go.th", 1).await[0];
    assert!(
        mail.subject.contains("ใกล้ครบกำหนดตอบข้อเสนอ 2 เรื่อง"),
        "{}",
        mail.subject
    );
    says(
        mail,
        &[
            &format!("/p/{soon}"),
            &format!("/p/{also_soon}"),
            "องค์กร phuket-office",
            "อีก 2 วัน",
            "/agency/queue",
        ],
        &[&answered, &later],
    );
    // The passes queued one message, and it went to the representative.
    assert_eq!(received_by(&smtp, "clerk@"), 0, "not to a plain member");
    assert_eq!(received_by(&smtp, "sukhothai@"), 0, "not to another office");
    assert_eq!(
        pass(&app).await,
        Sent::default(),
        "a second pass sends nothing"
    );
}

/// A consultation run by a lab (an owner and a plain member), Phuket's office answering for
/// Phuket; the office's representative and a citizen.
struct Lab {
    admin: Person,
    consultation: String,
    citizen: Person,
    phuket: Person,
}

async fn lab(app: &TestApp) -> Lab {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let phuket = app.operator_creates("phuket@moj.go.th", Role::Agency).await;
    let owner = app.operator_creates("owner@lab.go.th", Role::Citizen).await;
    let member = app
        .operator_creates("member@lab.go.th", Role::Citizen)
        .await;
    let lab = app
        .organization(
            "justice-lab",
            "lab",
            &[(&owner, "owner"), (&member, "member")],
        )
        .await;
    let office = app
        .organization("phuket-office", "agency", &[(&phuket, "representative")])
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    app.patch(
        &format!("/api/v1/consultations/{consultation}"),
        Some(&admin.token),
        &json!({"owner_organization_id": lab}),
    )
    .await
    .expect(200);
    app.add_responsibilities(&admin, &consultation, &[(None, Some("ภูเก็ต"), office)])
        .await;
    Lab {
        admin,
        consultation,
        citizen,
        phuket,
    }
}

async fn an_overdue_answer_is_escalated_once_to_the_owning_lab(backend: sala_tests::Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let Lab {
        admin,
        consultation: c,
        citizen,
        phuket,
    } = lab(&app).await;
    let late = propose(&app, &citizen, &c, "อาสาสมัครยุติธรรมชุมชนภูเก็ต", "ภูเก็ต").await;
    let answered_late = propose(&app, &citizen, &c, "ทนายอาสาบนเกาะ", "ภูเก็ต").await;
    // Routed to nobody: its reminder goes to the lab that runs the consultation.
    let unrouted = propose(&app, &citizen, &c, "ลานยุติธรรมราชบุรี", "ราชบุรี").await;
    for p in [&late, &answered_late] {
        // Started 35 days ago, due after 30: five days late.
        app.clock_started(&c, p, 35).await;
    }
    app.clock_started(&c, &unrouted, 28).await;
    answer(&app, &phuket, &answered_late).await;

    let expected = Sent {
        reminders: 1,
        escalations: 1,
    };
    assert_eq!(pass(&app).await, expected);
    let mails = mails_to(&smtp, "owner@lab.go.th", 2).await;
    let subject = |needle: &str| mails.iter().find(|m| m.subject.contains(needle));
    let escalation = subject("เลยกำหนด").expect("an escalation");
    says(
        escalation,
        &[
            &format!("/p/{late}"),
            "ผู้รับผิดชอบ องค์กร phuket-office",
            "เลยกำหนด 5 วัน",
        ],
        &[&answered_late, &unrouted],
    );
    let reminder = subject("ใกล้ครบกำหนด").expect("a reminder");
    says(reminder, &[&format!("/p/{unrouted}")], &[&late]);
    assert_eq!(received_by(&smtp, "member@lab"), 0, "not to a plain member");
    assert_eq!(
        received_by(&smtp, "phuket@"),
        0,
        "the office is past reminding"
    );

    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=10&action=answer_clocks.escalated",
            Some(&admin.token),
        )
        .await
        .expect(200);
    let rows = audit["items"].as_array().expect("items");
    assert_eq!(rows.len(), 1, "{audit}");
    assert_eq!(rows[0]["target_id"], json!(late));
    assert_eq!(
        pass(&app).await,
        Sent::default(),
        "a second pass sends nothing"
    );
}
