//! Response pieces several resources share.

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// Who wrote something, as shown beside it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Author {
    pub id: Uuid,
    pub display_name: String,
}
