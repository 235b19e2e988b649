//! Documents `Idempotency-Key` once, as a reusable header parameter, on every authenticated
//! POST and PATCH of the OpenAPI document.

use utoipa::openapi::path::{Operation, ParameterBuilder, ParameterIn};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{OpenApi, Ref, RefOr, Required};

const PARAMETER: &str = "IdempotencyKey";

/// Adds the header parameter to the components and a reference to it on each operation.
pub fn document_header(doc: &mut OpenApi) {
    let parameter = ParameterBuilder::new()
        .name("Idempotency-Key")
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some(
            "1 to 255 printable ASCII characters chosen by the client, unique per request it \
             means. A retry with the same key and the same request gets the first successful \
             answer again, with `Idempotent-Replayed: true`, without acting twice. The same key \
             with another request: 422 `idempotency_key_reused`; while the first is still \
             running: 409 `conflict` with Retry-After; a malformed key: 400 \
             `invalid_idempotency_key`. A failed first attempt is not remembered. Keys belong \
             to the caller and are kept for 24 hours.",
        ))
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(super::key::MAX_LEN)),
        ))
        .build();
    doc.components
        .get_or_insert_with(Default::default)
        .parameters
        .insert(PARAMETER.to_owned(), parameter.into());
    for item in doc.paths.paths.values_mut() {
        for operation in [item.post.as_mut(), item.patch.as_mut()]
            .into_iter()
            .flatten()
        {
            if is_authenticated(operation) {
                operation
                    .parameters
                    .get_or_insert_with(Vec::new)
                    .push(RefOr::Ref(Ref::new(format!(
                        "#/components/parameters/{PARAMETER}"
                    ))));
            }
        }
    }
}

/// Whether `document_header` gave the operation the header (so it can answer the header's
/// problems).
pub fn takes_idempotency_key(operation: &Operation) -> bool {
    let reference = format!("#/components/parameters/{PARAMETER}");
    operation
        .parameters
        .iter()
        .flatten()
        .any(|parameter| matches!(parameter, RefOr::Ref(r) if r.ref_location == reference))
}

/// Keys belong to a caller, so only operations that name one take the header.
fn is_authenticated(operation: &Operation) -> bool {
    operation
        .security
        .as_ref()
        .is_some_and(|requirements| !requirements.is_empty())
}
