//! k-anonymity: an attacker who reads every breakdown and the summary cannot recover a
//! group smaller than k, neither its size nor its votes.

use sala::db::entities::users;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

on_both_databases!(
    an_attacker_combining_breakdowns_and_the_summary_cannot_recover_a_small_group,
    k_comes_from_the_configuration,
    a_breakdown_by_an_unknown_dimension_is_refused,
);

const K: i64 = 10;
/// The three people the attacker is after: from นครพนม, aged 60 or more, non-binary, and
/// the only ones to vote against the proposal.
const SMALL: usize = 3;

struct Scene {
    agent: Person,
    consultation: String,
}

async fn set_profile(app: &TestApp, who: &Person, province: Option<&str>, age: &str, gender: &str) {
    users::Entity::update_many()
        .col_expr(
            users::Column::Province,
            Expr::value(province.map(str::to_owned)),
        )
        .col_expr(users::Column::AgeBand, Expr::value(age.to_owned()))
        .col_expr(users::Column::Gender, Expr::value(gender.to_owned()))
        .filter(users::Column::Id.eq(who.id))
        .exec(app.db.writer())
        .await
        .unwrap();
}

/// 40 participants: ภูเก็ต 20, ราชบุรี 12, นครพนม 3, one from a province outside the
/// consultation's list, 4 undeclared. The small group votes disagree, everyone else agree.
async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.responsible_agency(&admin, &consultation, &agent).await;
    let people = app.many_citizens(40).await;
    for (i, who) in people.iter().enumerate() {
        let (province, age, gender) = match i {
            0..20 => (Some("ภูเก็ต"), "18_24", "female"),
            20..32 => (Some("ราชบุรี"), "25_34", "male"),
            32..35 => (Some("นครพนม"), "60_plus", "non_binary"),
            35 => (Some("กรุงเทพมหานคร"), "25_34", "male"),
            _ => (None, "18_24", "male"),
        };
        set_profile(app, who, province, age, gender).await;
    }
    let proposal = app
        .proposal(&people[0], &consultation, "ศาลเคลื่อนที่ในหมู่บ้านห่างไกล")
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for (i, who) in people.iter().enumerate() {
        let value = if (32..35).contains(&i) {
            "disagree"
        } else {
            "agree"
        };
        app.put(
            &format!("/api/v1/proposals/{proposal}/vote"),
            Some(&who.token),
            &json!({ "value": value }),
        )
        .await
        .expect(200);
    }
    Scene {
        agent,
        consultation,
    }
}

async fn breakdown(app: &TestApp, s: &Scene, by: &str) -> Value {
    app.get(
        &format!(
            "/api/v1/agency/consultations/{}/breakdown?by={by}",
            s.consultation
        ),
        Some(&s.agent.token),
    )
    .await
    .expect(200)
}

async fn an_attacker_combining_breakdowns_and_the_summary_cannot_recover_a_small_group(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let summary = app
        .get(
            &format!("/api/v1/agency/consultations/{}/summary", s.consultation),
            Some(&s.agent.token),
        )
        .await
        .expect(200);
    let total = summary["totals"]["participants"].as_i64().unwrap();
    let total_disagree = summary["totals"]["votes"]["disagree"].as_i64().unwrap();
    assert_eq!((total, total_disagree), (40, SMALL as i64));

    for (by, small_label) in [
        ("province", Some("นครพนม")),
        ("age_band", Some("60_plus")),
        ("gender", Some("non_binary")),
        ("theme", None),
    ] {
        let got = breakdown(&app, &s, by).await;
        assert_eq!(got["k"], K);
        let groups = got["groups"].as_array().unwrap();
        assert!(
            !got.to_string().contains("กรุงเทพมหานคร"),
            "a value declared by fewer than k people is never named: {got}"
        );
        let mut visible = 0;
        let mut visible_agree = 0;
        let mut visible_disagree = 0;
        for g in groups {
            if g["suppressed"] == true {
                assert_eq!(g["participants"], Value::Null, "{g}");
                assert_eq!(g["votes"], Value::Null, "{g}");
                assert_eq!(g["support"], Value::Null, "{g}");
            } else {
                let n = g["participants"].as_i64().unwrap();
                assert!(n >= K, "a visible group under k: {g}");
                visible += n;
                visible_agree += g["votes"]["agree"].as_i64().unwrap();
                visible_disagree += g["votes"]["disagree"].as_i64().unwrap();
            }
        }
        if by == "theme" {
            // Every participant acted under the one theme of the one proposal.
            assert_eq!(visible, total, "{by}: {got}");
        }
        if let Some(label) = small_label {
            let small = groups.iter().find(|g| g["label"] == label).unwrap();
            assert_eq!(small["suppressed"], true, "{by}: {small}");
            // The attack: the total minus what is shown leaves the suppressed groups together.
            let hidden = total - visible;
            assert_ne!(
                hidden, SMALL as i64,
                "{by}: the small group recovered by subtraction"
            );
            assert!(
                hidden >= K,
                "{by}: the suppressed groups together are under k"
            );
            let hidden_disagree = total_disagree - visible_disagree;
            let hidden_agree =
                summary["totals"]["votes"]["agree"].as_i64().unwrap() - visible_agree;
            assert!(
                hidden_agree > 0,
                "{by}: the hidden votes mix the small group with others ({hidden_agree} agree, {hidden_disagree} disagree)"
            );
        }
    }
}

async fn k_comes_from_the_configuration(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_K_ANONYMITY", "3")]).await;
    let s = scene(&app).await;
    let got = breakdown(&app, &s, "province").await;
    assert_eq!(got["k"], 3);
    let group = |kind: &str, label: Option<&str>| {
        got["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["kind"] == kind && g["label"].as_str() == label)
            .unwrap()
            .clone()
    };
    // Four undeclared participants are shown under k = 3 (hidden under the default 10);
    // the lone out-of-list province hides, and นครพนม (3) hides with it so that the total
    // does not give the lone one away.
    assert_eq!(group("undeclared", None)["participants"], 4, "{got}");
    assert_eq!(group("other", None)["suppressed"], true);
    assert_eq!(group("value", Some("นครพนม"))["suppressed"], true);
    assert_eq!(group("value", Some("ราชบุรี"))["participants"], 12);
}

async fn a_breakdown_by_an_unknown_dimension_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for query in ["by=email", "by=", ""] {
        app.get(
            &format!("/api/v1/agency/consultations/{consultation}/breakdown?{query}"),
            Some(&admin.token),
        )
        .await
        .expect_problem(422, "validation_failed");
    }
}
