//! Completes the OpenAPI document with what no single handler says: the problem answers that
//! whole kinds of operation share (they come from middleware and extractors, not from the
//! handler), and one description per problem status, so every response is described.
//!
//! A handler lists what is its own (its success answers, and the problems its use-case raises,
//! as `(status = 409)` or with a description when the generic one would not say enough);
//! every error status a handler lists without a body is a problem (`application/problem+json`),
//! and everything else here follows from the operation's shape: its path and query
//! parameters, its body, its security.

use std::collections::btree_map::Entry;

use utoipa::openapi::header::{Header, HeaderBuilder};
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, Response};

use crate::api::problem::{ProblemCode, PROBLEM_JSON};
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
    code: ProblemCode,
    when: &'static str,
}

fn shared(code: ProblemCode, when: &'static str) -> Shared {
    Shared {
        status: code.status().as_u16(),
        code,
        when,
    }
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
        ProblemCode::MalformedRequest,
        "the path or query string holds a control character",
    )];
    if has(ParameterIn::Path) {
        // `api::path_config`: an id that cannot be parsed names nothing.
        problems.push(shared(
            ProblemCode::NotFound,
            "nothing the caller may see has this id",
        ));
    }
    if has(ParameterIn::Query) {
        problems.push(shared(
            ProblemCode::ValidationFailed,
            "a query parameter is not valid (`errors` names it)",
        ));
    }
    if operation.request_body.is_some() {
        // `api::body::Body`.
        problems.extend([
            shared(ProblemCode::MalformedRequest, "the body is not JSON"),
            shared(
                ProblemCode::PayloadTooLarge,
                "the body is larger than the server accepts",
            ),
            shared(
                ProblemCode::UnsupportedMediaType,
                "the body is missing or not `application/json`",
            ),
            shared(
                ProblemCode::ValidationFailed,
                "the body does not have the documented shape (`errors` names the field)",
            ),
        ]);
    }
    if idempotency::openapi::takes_idempotency_key(operation) {
        problems.extend([
            shared(
                ProblemCode::InvalidIdempotencyKey,
                "the Idempotency-Key header is malformed",
            ),
            shared(
                ProblemCode::RequestInProgress,
                "a request with this Idempotency-Key is still running (with Retry-After)",
            ),
            shared(
                ProblemCode::IdempotencyKeyReused,
                "this Idempotency-Key was used for another request",
            ),
        ]);
    }
    if requires_sign_in(operation) {
        problems.push(shared(
            ProblemCode::Unauthenticated,
            "no valid access token (missing, malformed, expired or revoked)",
        ));
    }
    problems
}

/// "`code`: when; when. `other_code`: when." for the problems with this status, in order.
fn describe<'a>(problems: impl IntoIterator<Item = &'a Shared>, status: u16) -> String {
    let mut codes: Vec<(ProblemCode, Vec<&str>)> = Vec::new();
    for problem in problems.into_iter().filter(|p| p.status == status) {
        match codes.iter_mut().find(|(code, _)| *code == problem.code) {
            Some((_, whens)) if whens.contains(&problem.when) => {}
            Some((_, whens)) => whens.push(problem.when),
            None => codes.push((problem.code, vec![problem.when])),
        }
    }
    codes
        .iter()
        .map(|(code, whens)| format!("`{}`: {}.", code.as_str(), whens.join("; ")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a problem status means wherever a handler lists it without saying more: the codes
/// that answer with it, from the one table of codes (`api::problem`, `docs/ERRORS.md`).
fn generic_description(status: u16) -> String {
    let codes: Vec<String> = ProblemCode::ALL
        .iter()
        .filter(|code| code.status().as_u16() == status)
        .map(|code| format!("`{}`", code.as_str()))
        .collect();
    format!(
        "One of {} (see docs/ERRORS.md for when each is sent).",
        codes.join(", ")
    )
}

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
        if status >= 400 && response.content.is_empty() {
            // A handler writes `(status = 409)`: every error answer is a problem.
            response.content = problem_response().content;
        }
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
            response.description = if added.contains(&status) {
                describe(&problems, status)
            } else {
                generic_description(status)
            };
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

/// `rate_limited` (429, with Retry-After), for every route that spends a rate limit; its
/// description and header are completed like every other problem's.
#[derive(utoipa::IntoResponses)]
#[response(status = 429, description = "rate_limited, with Retry-After")]
pub struct RateLimited;
