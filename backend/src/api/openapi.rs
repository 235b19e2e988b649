//! Completes the OpenAPI document with what no single handler says: the problem answers that
//! whole kinds of operation share (they come from middleware and extractors, not from the
//! handler), and one description per problem status, so every response is described.
//!
//! A handler lists what is its own (its success answers, and the problems its use-case raises,
//! with a description when the generic one would not say enough); everything here follows
//! from the operation's shape: its path and query parameters, its body, its security.

use std::collections::btree_map::Entry;

use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, Response};

use crate::api::problem::PROBLEM_JSON;
use crate::idempotency;

/// Adds the shared problem answers to every operation and describes every problem status a
/// handler left undescribed. Success answers are described by their handlers.
pub fn complete(doc: &mut OpenApi) {
    idempotency::openapi::document_header(doc);
    for item in doc.paths.paths.values_mut() {
        for operation in [
            item.get.as_mut(),
            item.put.as_mut(),
            item.post.as_mut(),
            item.delete.as_mut(),
            item.patch.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            add_shared_problems(operation);
        }
    }
}

/// A problem answer an operation can give because of its shape: its status, its code, and
/// when.
struct Shared {
    status: u16,
    code: &'static str,
    when: &'static str,
}

const fn shared(status: u16, code: &'static str, when: &'static str) -> Shared {
    Shared { status, code, when }
}

/// Why an operation of this shape can answer with a problem, whatever its handler does.
fn shared_problems(operation: &Operation) -> Vec<Shared> {
    let has = |place: ParameterIn| {
        operation.parameters.iter().flatten().any(
            |parameter| matches!(parameter, RefOr::T(parameter) if parameter.parameter_in == place),
        )
    };
    // Control characters are refused before routing (`api::control_characters`).
    let mut problems = vec![shared(
        400,
        "malformed_request",
        "the path or query string holds a control character",
    )];
    if has(ParameterIn::Path) {
        // `api::path_config`: an id that cannot be parsed names nothing.
        problems.push(shared(
            404,
            "not_found",
            "nothing the caller may see has this id",
        ));
    }
    if has(ParameterIn::Query) {
        problems.push(shared(
            422,
            "validation_failed",
            "a query parameter is not valid (`errors` names it)",
        ));
    }
    if operation.request_body.is_some() {
        // `api::body::Body`.
        problems.extend([
            shared(400, "malformed_request", "the body is not JSON"),
            shared(
                413,
                "payload_too_large",
                "the body is larger than the server accepts",
            ),
            shared(
                415,
                "unsupported_media_type",
                "the body is missing or not `application/json`",
            ),
            shared(
                422,
                "validation_failed",
                "the body does not have the documented shape (`errors` names the field)",
            ),
        ]);
    }
    if idempotency::openapi::takes_idempotency_key(operation) {
        problems.extend([
            shared(
                400,
                "invalid_idempotency_key",
                "the Idempotency-Key header is malformed",
            ),
            shared(
                409,
                "conflict",
                "a request with this Idempotency-Key is still running (with Retry-After)",
            ),
            shared(
                422,
                "idempotency_key_reused",
                "this Idempotency-Key was used for another request",
            ),
        ]);
    }
    if requires_sign_in(operation) {
        problems.push(shared(
            401,
            "unauthenticated",
            "no valid access token (missing, malformed, expired or revoked)",
        ));
    }
    problems
}

/// "`code`: when; when. `other_code`: when." for the problems with this status, in order.
fn describe<'a>(problems: impl IntoIterator<Item = &'a Shared>, status: u16) -> String {
    let mut codes: Vec<(&str, Vec<&str>)> = Vec::new();
    for problem in problems.into_iter().filter(|p| p.status == status) {
        match codes.iter_mut().find(|(code, _)| *code == problem.code) {
            Some((_, whens)) if whens.contains(&problem.when) => {}
            Some((_, whens)) => whens.push(problem.when),
            None => codes.push((problem.code, vec![problem.when])),
        }
    }
    codes
        .iter()
        .map(|(code, whens)| format!("`{code}`: {}.", whens.join("; ")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What each problem status means wherever a handler lists it: the error codes of
/// `crate::error` that answer with it.
const GENERIC: &[Shared] = &[
    shared(
        401,
        "unauthenticated",
        "no valid access token (missing, malformed, expired or revoked)",
    ),
    shared(
        403,
        "forbidden",
        "the caller's role, account state or relation to the item does not allow this",
    ),
    shared(404, "not_found", "nothing the caller may see has this id"),
    shared(
        409,
        "conflict",
        "the item's current state does not allow this",
    ),
    shared(
        409,
        "phase_closed",
        "the consultation's phase does not allow this",
    ),
    shared(
        422,
        "validation_failed",
        "a field is not valid (`errors` names each one)",
    ),
    shared(423, "locked", "a moderator locked this proposal"),
    shared(
        429,
        "rate_limited",
        "too many requests; Retry-After says when to try again",
    ),
    shared(
        503,
        "unavailable",
        "a service Sala needs is unreachable; Retry-After says when to try again",
    ),
];

fn add_shared_problems(operation: &mut Operation) {
    let problems = shared_problems(operation);
    let responses = &mut operation.responses.responses;
    let mut added = Vec::new();
    for problem in &problems {
        if let Entry::Vacant(vacant) = responses.entry(problem.status.to_string()) {
            vacant.insert(RefOr::T(problem_response()));
            added.push(problem.status);
        }
    }
    for (status, response) in responses.iter_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        let Ok(status) = status.parse::<u16>() else {
            continue;
        };
        if !is_problem(response) {
            continue;
        }
        if matches!(status, 429 | 503) {
            response
                .headers
                .entry("Retry-After".to_owned())
                .or_insert_with(retry_after);
        }
        if response.description.is_empty() {
            let listed_by_handler = !added.contains(&status);
            let generic = GENERIC.iter().filter(|_| listed_by_handler);
            response.description = describe(generic.chain(&problems), status);
        }
    }
}

/// Sent with every `rate_limited` and `unavailable` problem.
fn retry_after() -> RefOr<Header> {
    HeaderBuilder::new()
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0)),
        ))
        .description(Some("Seconds to wait before trying again."))
        .build()
        .into()
}

/// A problem answer, described by `add_shared_problems`.
fn problem_response() -> Response {
    let mut response = Response::new("");
    response.content.insert(
        PROBLEM_JSON.to_owned(),
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build()
            .into(),
    );
    response
}

fn is_problem(response: &Response) -> bool {
    response.content.contains_key(PROBLEM_JSON)
}

/// Every security requirement of the operation names a scheme: there is no anonymous way in.
fn requires_sign_in(operation: &Operation) -> bool {
    operation.security.as_ref().is_some_and(|requirements| {
        !requirements.is_empty()
            && requirements
                .iter()
                .all(|requirement| requirement != &Default::default())
    })
}
