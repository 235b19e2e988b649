//! Who may call what: one table naming, for every operation in the OpenAPI document, who may
//! call it, and a walk of every operation as every role. A role the table refuses is answered
//! 401 or 403 before its path, query or body is looked at; a role it allows is never answered
//! 401 or 403. An operation added to the API without a line here fails the walk.

use std::collections::BTreeSet;

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(every_operation_answers_every_role_as_the_table_says);

/// Who may call an operation, as far as the caller's account decides. What the domain narrows
/// further (an author's own proposal, a lab's own consultations) is the table's third column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Nobody needs to sign in.
    Anyone,
    /// Whoever holds a live refresh token (cookie or body); an access token does not count,
    /// so every caller of the walk, which sends none, is answered 401.
    RefreshToken,
    /// Any signed-in account, its email address verified or not.
    SignedIn,
    /// A signed-in account allowed to take part: verified, not suspended or banned.
    Writer,
    /// A writer who moderates (every consultation or some), or an administrator.
    Moderator,
    /// An administrator.
    Admin,
    /// A writer who may run consultations: an administrator or a policy-lab member.
    LabMember,
    /// Someone who acts for an agency: an administrator, a policy-lab member, or a member of
    /// an organisation some consultation names as responsible (the `agency` role alone is not).
    AgencyMember,
    /// A writer who values proposals: a valuator or an administrator.
    Valuator,
}

impl Who {
    /// A role beyond taking part: refusals of these are audited.
    pub fn is_privileged(self) -> bool {
        !matches!(
            self,
            Who::Anyone | Who::RefreshToken | Who::SignedIn | Who::Writer
        )
    }
}

/// Every operation of the API: `(method, path template, who, what the domain narrows)`.
const TABLE: &[(&str, &str, Who, &str)] = &[
    // Accounts and sessions: the body carries whatever credential there is.
    ("post", "/api/v1/auth/register", Who::Anyone, ""),
    ("post", "/api/v1/auth/login", Who::Anyone, ""),
    ("post", "/api/v1/auth/refresh", Who::RefreshToken, ""),
    ("post", "/api/v1/auth/logout", Who::Anyone, ""),
    ("post", "/api/v1/auth/verify-email", Who::Anyone, ""),
    (
        "post",
        "/api/v1/auth/verify-email/resend",
        Who::SignedIn,
        "",
    ),
    ("post", "/api/v1/auth/password-reset", Who::Anyone, ""),
    (
        "post",
        "/api/v1/auth/password-reset/confirm",
        Who::Anyone,
        "",
    ),
    ("get", "/api/v1/me", Who::SignedIn, ""),
    ("patch", "/api/v1/me", Who::SignedIn, ""),
    ("delete", "/api/v1/me", Who::SignedIn, ""),
    ("get", "/api/v1/me/export", Who::SignedIn, ""),
    ("get", "/api/v1/me/activity/proposals", Who::SignedIn, ""),
    ("get", "/api/v1/me/activity/comments", Who::SignedIn, ""),
    ("get", "/api/v1/me/activity/votes", Who::SignedIn, ""),
    ("get", "/api/v1/me/activity/follows", Who::SignedIn, ""),
    ("get", "/api/v1/me/consent", Who::SignedIn, ""),
    ("post", "/api/v1/me/consent", Who::SignedIn, ""),
    ("get", "/api/v1/me/notifications", Who::SignedIn, ""),
    ("post", "/api/v1/me/notifications/read", Who::SignedIn, ""),
    (
        "get",
        "/api/v1/me/notification-preferences",
        Who::SignedIn,
        "",
    ),
    (
        "put",
        "/api/v1/me/notification-preferences",
        Who::SignedIn,
        "",
    ),
    (
        "get",
        "/api/v1/unsubscribe",
        Who::Anyone,
        "the mailed token",
    ),
    (
        "post",
        "/api/v1/unsubscribe",
        Who::Anyone,
        "the mailed token",
    ),
    // Consultations.
    ("get", "/api/v1/consultations", Who::Anyone, ""),
    (
        "post",
        "/api/v1/consultations",
        Who::LabMember,
        "for their own labs",
    ),
    ("get", "/api/v1/consultations/{id_or_slug}", Who::Anyone, ""),
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/scorecard",
        Who::Anyone,
        "",
    ),
    ("get", "/api/v1/provinces", Who::Anyone, ""),
    ("get", "/api/v1/legal/{kind}", Who::Anyone, ""),
    ("get", "/api/v1/legal/{kind}/versions", Who::Anyone, ""),
    ("put", "/api/v1/legal/{kind}", Who::Admin, ""),
    (
        "patch",
        "/api/v1/consultations/{id_or_slug}",
        Who::LabMember,
        "the ones they run",
    ),
    (
        "post",
        "/api/v1/consultations/{id_or_slug}/follow",
        Who::Writer,
        "",
    ),
    (
        "delete",
        "/api/v1/consultations/{id_or_slug}/follow",
        Who::Writer,
        "",
    ),
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/responsibilities",
        Who::LabMember,
        "the ones they run",
    ),
    (
        "put",
        "/api/v1/consultations/{id_or_slug}/responsibilities",
        Who::LabMember,
        "the ones they run",
    ),
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/proposals",
        Who::Anyone,
        "",
    ),
    (
        "post",
        "/api/v1/consultations/{id_or_slug}/proposals",
        Who::Writer,
        "while open",
    ),
    (
        "post",
        "/api/v1/consultations/{id_or_slug}/similar",
        Who::Anyone,
        "",
    ),
    (
        "put",
        "/api/v1/consultations/{id}/feedback",
        Who::Writer,
        "",
    ),
    (
        "put",
        "/api/v1/consultations/{id_or_slug}/survey",
        Who::Anyone,
        "",
    ),
    // Proposals and their discussion.
    ("get", "/api/v1/proposals/{id}", Who::Anyone, ""),
    ("patch", "/api/v1/proposals/{id}", Who::Writer, "its author"),
    (
        "delete",
        "/api/v1/proposals/{id}",
        Who::Writer,
        "its author",
    ),
    ("get", "/api/v1/proposals/{id}/revisions", Who::Anyone, ""),
    (
        "post",
        "/api/v1/proposals/{id}/images",
        Who::Writer,
        "its author",
    ),
    (
        "delete",
        "/api/v1/proposals/{id}/images/{image_id}",
        Who::SignedIn,
        "its author or its moderators",
    ),
    (
        "post",
        "/api/v1/consultations/{id_or_slug}/attachments",
        Who::LabMember,
        "administrators and the owning lab",
    ),
    (
        "delete",
        "/api/v1/consultations/{id_or_slug}/attachments/{attachment_id}",
        Who::LabMember,
        "administrators and the owning lab",
    ),
    (
        "post",
        "/api/v1/proposals/{id}/response/attachments",
        Who::AgencyMember,
        "proposals routed to an organisation they represent",
    ),
    (
        "delete",
        "/api/v1/proposals/{id}/response/attachments/{attachment_id}",
        Who::AgencyMember,
        "proposals routed to an organisation they represent",
    ),
    (
        "post",
        "/api/v1/results/{id}/milestones/{milestone_id}/attachments",
        Who::AgencyMember,
        "those who may write the result",
    ),
    (
        "delete",
        "/api/v1/results/{id}/milestones/{milestone_id}/attachments/{attachment_id}",
        Who::AgencyMember,
        "those who may write the result",
    ),
    (
        "get",
        "/api/v1/media/{id}",
        Who::Anyone,
        "what may see its owner",
    ),
    (
        "get",
        "/api/v1/media/{id}/thumbnail",
        Who::Anyone,
        "what may see its owner",
    ),
    ("put", "/api/v1/proposals/{id}/vote", Who::Writer, ""),
    ("delete", "/api/v1/proposals/{id}/vote", Who::Writer, ""),
    (
        "post",
        "/api/v1/proposals/{id}/endorsements",
        Who::Writer,
        "for organisations they own or represent",
    ),
    (
        "delete",
        "/api/v1/proposals/{id}/endorsements",
        Who::Writer,
        "for organisations they own or represent",
    ),
    ("post", "/api/v1/proposals/{id}/follow", Who::Writer, ""),
    ("delete", "/api/v1/proposals/{id}/follow", Who::Writer, ""),
    ("get", "/api/v1/proposals/{id}/comments", Who::Anyone, ""),
    ("post", "/api/v1/proposals/{id}/comments", Who::Writer, ""),
    ("patch", "/api/v1/comments/{id}", Who::Writer, "its author"),
    (
        "delete",
        "/api/v1/comments/{id}",
        Who::SignedIn,
        "its author or its moderators",
    ),
    ("put", "/api/v1/comments/{id}/vote", Who::Writer, ""),
    ("delete", "/api/v1/comments/{id}/vote", Who::Writer, ""),
    ("put", "/api/v1/proposals/{id}/valuation", Who::Valuator, ""),
    (
        "put",
        "/api/v1/proposals/{id}/response",
        Who::AgencyMember,
        "proposals routed to an organisation they represent",
    ),
    (
        "put",
        "/api/v1/proposals/{id}/responsible-organization",
        Who::Writer,
        "moderators of its consultation, administrators and its lab",
    ),
    // Results.
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/results",
        Who::Anyone,
        "",
    ),
    ("get", "/api/v1/results", Who::Anyone, ""),
    ("get", "/api/v1/results/{id}", Who::Anyone, ""),
    ("put", "/api/v1/results/{id}/survey", Who::Anyone, ""),
    ("put", "/api/v1/documents/{id}/survey", Who::Anyone, ""),
    (
        "post",
        "/api/v1/consultations/{id}/results",
        Who::AgencyMember,
        "owners and representatives of an organisation answering for it, its lab",
    ),
    (
        "patch",
        "/api/v1/results/{id}",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    (
        "post",
        "/api/v1/results/{id}/updates",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    (
        "post",
        "/api/v1/results/{id}/milestones",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    (
        "patch",
        "/api/v1/results/{id}/milestones/{milestone_id}",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    (
        "put",
        "/api/v1/results/{id}/proposals/{proposal_id}",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    (
        "delete",
        "/api/v1/results/{id}/proposals/{proposal_id}",
        Who::AgencyMember,
        "owners and representatives of its organisation, its lab",
    ),
    // Documents.
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/documents",
        Who::Anyone,
        "",
    ),
    ("get", "/api/v1/documents/{id}", Who::Anyone, ""),
    (
        "post",
        "/api/v1/consultations/{id}/documents",
        Who::Writer,
        "its lab, owners and representatives of an organisation answering for it",
    ),
    (
        "put",
        "/api/v1/documents/{id}/draft",
        Who::Writer,
        "its lab, owners and representatives of an organisation answering for it",
    ),
    (
        "post",
        "/api/v1/documents/{id}/draft",
        Who::Writer,
        "its lab, owners and representatives of an organisation answering for it",
    ),
    (
        "post",
        "/api/v1/documents/{id}/publish",
        Who::Writer,
        "its lab, owners and representatives of an organisation answering for it",
    ),
    (
        "post",
        "/api/v1/documents/{id}/versions/{version_id}/signatures",
        Who::Writer,
        "owners and representatives of the verified organisation signing",
    ),
    ("get", "/api/v1/documents/{id}/remarks", Who::Anyone, ""),
    ("post", "/api/v1/documents/{id}/remarks", Who::Writer, ""),
    (
        "post",
        "/api/v1/documents/{id}/remarks/{remark_id}/decision",
        Who::Writer,
        "its lab, owners and representatives of an organisation answering for it",
    ),
    // Impact indicators.
    ("get", "/api/v1/results/{id}/indicators", Who::Anyone, ""),
    (
        "get",
        "/api/v1/consultations/{id_or_slug}/indicators",
        Who::Anyone,
        "",
    ),
    (
        "post",
        "/api/v1/results/{id}/indicators",
        Who::AgencyMember,
        "those who may write the result",
    ),
    (
        "post",
        "/api/v1/consultations/{id}/indicators",
        Who::AgencyMember,
        "its lab",
    ),
    (
        "patch",
        "/api/v1/indicators/{id}",
        Who::AgencyMember,
        "those who may write its result, or its consultation's lab",
    ),
    (
        "delete",
        "/api/v1/indicators/{id}",
        Who::AgencyMember,
        "those who may write its result, or its consultation's lab",
    ),
    (
        "post",
        "/api/v1/indicators/{id}/values",
        Who::AgencyMember,
        "those who may write its result, or its consultation's lab",
    ),
    // Awards.
    ("get", "/api/v1/awards", Who::Anyone, ""),
    (
        "post",
        "/api/v1/awards",
        Who::Writer,
        "owners and representatives of the organisation running it",
    ),
    ("get", "/api/v1/awards/{id}", Who::Anyone, ""),
    (
        "post",
        "/api/v1/awards/{id}/advance",
        Who::Writer,
        "the award's managers",
    ),
    (
        "post",
        "/api/v1/awards/{id}/applications",
        Who::Writer,
        "owners and representatives of the applying organisation",
    ),
    (
        "get",
        "/api/v1/award-applications/{id}/assessment",
        Who::Writer,
        "the award's managers and the application's assessors",
    ),
    (
        "post",
        "/api/v1/award-applications/{id}/assessors",
        Who::Writer,
        "the award's managers",
    ),
    (
        "delete",
        "/api/v1/award-applications/{id}/assessors/{user_id}",
        Who::Writer,
        "the award's managers",
    ),
    (
        "put",
        "/api/v1/award-applications/{id}/declaration",
        Who::Writer,
        "the application's assessors",
    ),
    (
        "put",
        "/api/v1/award-applications/{id}/scores",
        Who::Writer,
        "the application's assessors",
    ),
    ("get", "/api/v1/search", Who::Anyone, ""),
    // Moderation.
    ("post", "/api/v1/flags", Who::Writer, ""),
    (
        "get",
        "/api/v1/moderation/queue",
        Who::Moderator,
        "consultations they moderate",
    ),
    (
        "post",
        "/api/v1/moderation/actions",
        Who::Moderator,
        "consultations they moderate",
    ),
    (
        "get",
        "/api/v1/moderation/anomalies",
        Who::Moderator,
        "consultations they moderate",
    ),
    ("get", "/api/v1/moderation/log", Who::Anyone, ""),
    // Agencies.
    (
        "get",
        "/api/v1/agency/api-keys",
        Who::SignedIn,
        "their own keys",
    ),
    (
        "post",
        "/api/v1/agency/api-keys",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "delete",
        "/api/v1/agency/api-keys/{id}",
        Who::SignedIn,
        "their own keys",
    ),
    (
        "get",
        "/api/v1/agency/consultations",
        Who::AgencyMember,
        "only the consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/summary",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/survey",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/breakdown",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/export",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/opinion-groups",
        Who::AgencyMember,
        "consultations they may read",
    ),
    (
        "get",
        "/api/v1/agency/consultations/{id}/answers-due",
        Who::AgencyMember,
        "consultations they may read",
    ),
    ("get", "/api/v1/agency/queue", Who::AgencyMember, ""),
    // Organisations.
    ("get", "/api/v1/organizations", Who::Anyone, ""),
    ("post", "/api/v1/organizations", Who::Writer, ""),
    ("get", "/api/v1/organizations/{slug}", Who::Anyone, ""),
    (
        "patch",
        "/api/v1/organizations/{slug}",
        Who::Writer,
        "owners of it (and administrators)",
    ),
    (
        "put",
        "/api/v1/organizations/{slug}/verification",
        Who::Admin,
        "",
    ),
    (
        "delete",
        "/api/v1/organizations/{slug}/verification",
        Who::Admin,
        "",
    ),
    (
        "get",
        "/api/v1/organizations/{slug}/members",
        Who::Anyone,
        "members and administrators see who",
    ),
    (
        "post",
        "/api/v1/organizations/{slug}/invitations",
        Who::Writer,
        "owners of it (and administrators)",
    ),
    (
        "get",
        "/api/v1/organizations/{slug}/invitations",
        Who::Writer,
        "owners of it (and administrators)",
    ),
    (
        "delete",
        "/api/v1/organizations/{slug}/invitations/{id}",
        Who::Writer,
        "owners of it (and administrators)",
    ),
    (
        "put",
        "/api/v1/organizations/{slug}/members/{user_id}/role",
        Who::Writer,
        "owners of it (and administrators)",
    ),
    (
        "delete",
        "/api/v1/organizations/{slug}/members/{user_id}",
        Who::Writer,
        "owners of it (and administrators); a member themself",
    ),
    (
        "delete",
        "/api/v1/organizations/{slug}/membership",
        Who::SignedIn,
        "members of it",
    ),
    (
        "post",
        "/api/v1/organization-invitations/accept",
        Who::Writer,
        "the holder of the invited address",
    ),
    // Administration.
    ("get", "/api/v1/admin/audit-log", Who::Admin, ""),
    ("get", "/api/v1/admin/users", Who::Admin, ""),
    ("get", "/api/v1/admin/accounts", Who::Admin, ""),
    ("put", "/api/v1/admin/users/{id}/role", Who::Admin, ""),
    ("get", "/api/v1/admin/moderators", Who::Admin, ""),
    (
        "post",
        "/api/v1/admin/consultations/{id_or_slug}/moderators",
        Who::Admin,
        "",
    ),
    (
        "delete",
        "/api/v1/admin/consultations/{id}/moderators/{user_id}",
        Who::Admin,
        "",
    ),
    ("get", "/api/v1/admin/outbox/dead-letters", Who::Admin, ""),
    ("post", "/api/v1/admin/outbox/{id}/retry", Who::Admin, ""),
    // Operations.
    ("get", "/health/live", Who::Anyone, ""),
    ("get", "/health/ready", Who::Anyone, ""),
    ("get", "/metrics", Who::Anyone, ""),
];

/// Who may call `method path` (lower-case method, path template as in the document).
pub fn who_may_call(method: &str, path: &str) -> Option<Who> {
    TABLE
        .iter()
        .find(|(m, p, _, _)| *m == method && *p == path)
        .map(|(_, _, who, _)| *who)
}

/// The roles the walk signs in as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum As {
    Anonymous,
    Unverified,
    Citizen,
    Moderator,
    Valuator,
    Agency,
    LabMember,
    Admin,
}

const ROLES: [As; 8] = [
    As::Anonymous,
    As::Unverified,
    As::Citizen,
    As::Moderator,
    As::Valuator,
    As::Agency,
    As::LabMember,
    As::Admin,
];

fn may(who: Who, role: As) -> bool {
    match who {
        Who::Anyone => true,
        Who::RefreshToken => false,
        Who::SignedIn => role != As::Anonymous,
        Who::Writer => !matches!(role, As::Anonymous | As::Unverified),
        Who::Moderator => matches!(role, As::Moderator | As::Admin),
        Who::Admin => role == As::Admin,
        Who::LabMember => matches!(role, As::LabMember | As::Admin),
        Who::AgencyMember => matches!(role, As::LabMember | As::Admin),
        Who::Valuator => matches!(role, As::Valuator | As::Admin),
    }
}

/// One operation of the document, ready to send.
#[derive(Debug, Clone)]
pub struct Operation {
    pub method: Method,
    /// The template, as the document and the audit log name it.
    pub template: String,
    /// The template with every path parameter naming nothing that exists, and every query
    /// parameter the document lists given a value no parameter accepts as a number, id or
    /// choice.
    pub target: String,
    pub takes_body: bool,
    pub who: Who,
}

/// An id (and slug) that names nothing.
pub const NOTHING: &str = "0190a0b0-0000-7000-8000-000000000000";

/// Every operation in the served OpenAPI document, each with its line of the table. Fails
/// when an operation has no line or a line names no operation.
pub async fn operations(app: &TestApp) -> Vec<Operation> {
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    let mut found = Vec::new();
    let mut unlisted = Vec::new();
    let mut seen = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("operations") {
            if !["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                continue;
            }
            seen.insert((method.clone(), path.clone()));
            let Some(who) = who_may_call(method, path) else {
                unlisted.push(format!("{} {path}", method.to_uppercase()));
                continue;
            };
            found.push(Operation {
                method: Method::from_bytes(method.to_uppercase().as_bytes()).expect("method"),
                template: path.clone(),
                target: concrete(path, operation),
                takes_body: operation.get("requestBody").is_some(),
                who,
            });
        }
    }
    let stale: Vec<String> = TABLE
        .iter()
        .filter(|(m, p, _, _)| !seen.contains(&(m.to_string(), p.to_string())))
        .map(|(m, p, _, _)| format!("{} {p}", m.to_uppercase()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "operations with no line in role_matrix::TABLE (say who may call them): {unlisted:#?}"
    );
    assert!(
        stale.is_empty(),
        "lines in role_matrix::TABLE for operations the API no longer has: {stale:#?}"
    );
    found
}

/// The path with its parameters filled, and every documented query parameter set to a value
/// a typed parameter refuses.
fn concrete(template: &str, operation: &Value) -> String {
    let path = template
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                NOTHING
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    let query: Vec<String> = operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str())
        .map(|name| format!("{name}=%C2%BFnot-valid%3F"))
        .collect();
    if query.is_empty() {
        path
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// Sends the operation as `token`, with `{}` as its body when it takes one.
async fn send(app: &TestApp, op: &Operation, token: Option<&str>) -> sala_tests::Reply {
    let body = op.takes_body.then(|| json!({}));
    app.call(op.method.clone(), &op.target, token, body.as_ref())
        .await
}

/// A signed-in person for each role but the anonymous one.
async fn people(app: &TestApp) -> Vec<(As, Option<Person>)> {
    use sala::domain::organizations;
    let lab_member = app.operator_creates("lab@example.org", Role::Citizen).await;
    let txn = app.db.begin_write().await.expect("transaction");
    let lab = organizations::create(&txn, "justice-lab", "ห้องปฏิบัติการนโยบาย", "lab")
        .await
        .expect("lab");
    organizations::add_member(&txn, lab.id, lab_member.id, "member")
        .await
        .expect("member");
    txn.commit().await.expect("commit");
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "unverified@example.org", "password": sala_tests::PASSWORD,
                "display_name": "ยังไม่ยืนยัน", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let unverified = app.sign_in("unverified@example.org").await;
    let mut people = Vec::new();
    for role in ROLES {
        let person = match role {
            As::Anonymous => None,
            As::Unverified => Some(unverified.clone()),
            As::LabMember => Some(lab_member.clone()),
            As::Citizen => Some(
                app.operator_creates("citizen@example.org", Role::Citizen)
                    .await,
            ),
            As::Moderator => Some(
                app.operator_creates("moderator@example.org", Role::Moderator)
                    .await,
            ),
            As::Valuator => Some(
                app.operator_creates("valuator@example.org", Role::Valuator)
                    .await,
            ),
            As::Agency => Some(
                app.operator_creates("agency@example.org", Role::Agency)
                    .await,
            ),
            As::Admin => Some(app.operator_creates("admin@example.org", Role::Admin).await),
        };
        people.push((role, person));
    }
    people
}

/// The refusals of privileged operations the audit log holds for `actor`, as
/// `(method, route)`.
async fn denials_of(app: &TestApp, admin: &Person, actor: &Person) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut query = format!("action=access.denied&actor={}&limit=100", actor.id);
    loop {
        let page = app
            .get(
                &format!("/api/v1/admin/audit-log?{query}"),
                Some(&admin.token),
            )
            .await
            .expect(200);
        for row in page["items"].as_array().expect("items") {
            rows.push((
                row["after"]["method"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                row["after"]["route"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
            ));
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                query = format!(
                    "action=access.denied&actor={}&limit=100&cursor={cursor}",
                    actor.id
                )
            }
            None => return rows,
        }
    }
}

async fn every_operation_answers_every_role_as_the_table_says(backend: Backend) {
    let app = spawn_app(backend).await;
    let operations = operations(&app).await;
    assert!(operations.len() >= 70, "{} operations", operations.len());
    let people = people(&app).await;
    let mut wrong = Vec::new();
    let mut refused_privileged: Vec<(As, String, String)> = Vec::new();
    for op in &operations {
        for (role, person) in &people {
            let reply = send(&app, op, person.as_ref().map(|p| p.token.as_str())).await;
            let status = reply.status.as_u16();
            let what = format!("{} {} as {role:?}", op.method, op.target);
            if may(op.who, *role) {
                if matches!(status, 401 | 403) {
                    wrong.push(format!(
                        "{what}: {status}, but {:?} may call it: {}",
                        op.who, reply.body
                    ));
                }
                continue;
            }
            let (expected, code) = if *role == As::Anonymous || op.who == Who::RefreshToken {
                (401, "unauthenticated")
            } else {
                (403, "forbidden")
            };
            if status != expected
                || reply.content_type != "application/problem+json"
                || reply.body["code"] != code
            {
                wrong.push(format!(
                    "{what}: {status} {}, expected {expected} {code}: {}",
                    reply.content_type, reply.body
                ));
            } else if op.who.is_privileged() {
                refused_privileged.push((*role, op.method.to_string(), op.template.clone()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} answers differ from the table: {wrong:#?}",
        wrong.len()
    );

    // Each refusal of a signed-in account on a privileged operation left one audit row naming
    // the operation; the anonymous ones left none.
    let admin = people
        .iter()
        .find(|(role, _)| *role == As::Admin)
        .and_then(|(_, p)| p.clone())
        .expect("admin");
    for (role, person) in &people {
        let Some(person) = person else { continue };
        let mut expected: Vec<(String, String)> = refused_privileged
            .iter()
            .filter(|(r, _, _)| r == role)
            .map(|(_, m, t)| (m.clone(), t.clone()))
            .collect();
        let mut recorded = denials_of(&app, &admin, person).await;
        expected.sort();
        recorded.sort();
        assert_eq!(recorded, expected, "refusals audited for {role:?}");
    }
    let anonymous_rows = app
        .get(
            "/api/v1/admin/audit-log?action=access.denied&limit=100",
            Some(&admin.token),
        )
        .await
        .expect(200)["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|row| row["actor"].is_null())
        .count();
    assert_eq!(anonymous_rows, 0, "anonymous refusals are not audited");
}
