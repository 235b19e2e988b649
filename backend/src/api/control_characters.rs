//! Control characters (NUL, the other C0 and C1 controls, DEL) are refused where a request
//! enters the service: no text Sala keeps or looks up needs them, PostgreSQL cannot store NUL
//! at all, and they hide in logs and exports. Tab, line feed and carriage return stay allowed
//! in JSON text, where a multi-line body needs them.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use percent_encoding::percent_decode_str;

use crate::api::problem::ApiError;
use crate::error::FieldError;

/// The stable field code of a JSON string holding a control character.
pub const FIELD_CODE: &str = "control_character";

/// A control character no text may hold, in a path or query string (where nothing may).
fn is_control(c: char) -> bool {
    c.is_control()
}

/// A control character refused in JSON text (tab, line feed and carriage return are fine).
fn is_refused_in_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether the percent-decoded `raw` (a path or query string) holds a control character.
fn decodes_to_control(raw: &str) -> bool {
    // `+` is a space in a query string and never a control: no need to translate it.
    raw.chars().any(is_control)
        || percent_decode_str(raw)
            .decode_utf8_lossy()
            .chars()
            .any(is_control)
}

/// Middleware: refuses a request whose path or query string holds a control character with
/// `400 malformed_request`, before any route sees it.
pub async fn refuse_in_request_target(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let uri = req.uri();
    let part = if decodes_to_control(uri.path()) {
        Some("path")
    } else if uri.query().is_some_and(decodes_to_control) {
        Some("query string")
    } else {
        None
    };
    if let Some(part) = part {
        let error = ApiError::MalformedRequest(format!(
            "the {part} contains a control character (such as NUL)"
        ));
        return Ok(req.error_response(error).map_into_right_body());
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}

/// One problem per JSON string (value or key) in `value` that holds a refused control
/// character, each naming its field as `title`, `scores[0].note`.
pub fn find_in_json(value: &serde_json::Value) -> Vec<FieldError> {
    let mut found = Vec::new();
    walk(value, String::new(), &mut found);
    found
}

fn walk(value: &serde_json::Value, path: String, found: &mut Vec<FieldError>) {
    use serde_json::Value;
    let field = |path: &str| {
        if path.is_empty() {
            "body".to_owned()
        } else {
            path.to_owned()
        }
    };
    match value {
        Value::String(text) if text.chars().any(is_refused_in_text) => {
            found.push(refused(&field(&path)));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), found);
            }
        }
        Value::Object(members) => {
            for (key, member) in members {
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                if key.chars().any(is_refused_in_text) {
                    found.push(refused(&child));
                } else {
                    walk(member, child, found);
                }
            }
        }
        _ => {}
    }
}

fn refused(field: &str) -> FieldError {
    FieldError::new(
        field,
        FIELD_CODE,
        "must not contain control characters (such as NUL); tab and line breaks are fine",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn percent_encoded_and_raw_controls_are_found() {
        assert!(decodes_to_control("/api/v1/consultations/a%00b"));
        assert!(decodes_to_control("q=%0a"));
        assert!(decodes_to_control("q=%C2%85"));
        assert!(!decodes_to_control(
            "/api/v1/consultations/%E0%B8%A8%E0%B8%B2"
        ));
        assert!(!decodes_to_control("q=a+b%20c"));
    }

    #[test]
    fn json_controls_are_named_by_field_and_line_breaks_pass() {
        let body = json!({
            "title": "a\u{0}b",
            "body": "line one\r\n\tline two",
            "scores": [{"note": "x\u{1b}"}],
            "ok": 1,
        });
        let mut fields: Vec<String> = find_in_json(&body).into_iter().map(|e| e.field).collect();
        fields.sort();
        assert_eq!(
            fields,
            vec!["scores[0].note".to_owned(), "title".to_owned()]
        );
        assert!(find_in_json(&json!("\u{85}")).len() == 1);
    }
}
