//! The profile fields people write, parsed: a name, a description, a website, a parent
//! organisation and a province.

use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::{Organization, ProfileInput};
use crate::db::entities::organizations;
use crate::domain::{provinces, text};
use crate::error::{FieldError, FieldErrors, Result};

/// How far up a chain of parents is followed; deeper chains are refused.
const MAX_DEPTH: usize = 8;

/// Profile fields after parsing; `None` leaves a field as it is.
#[derive(Default)]
pub(super) struct ProfileFields {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
    pub website: Option<Option<String>>,
    pub parent_organization_id: Option<Option<Uuid>>,
    pub province: Option<Option<String>>,
}

/// One of Thailand's 77 provinces, stored by its Thai name whichever name was sent.
fn province(raw: Option<&str>) -> std::result::Result<Option<String>, FieldError> {
    let Some(name) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    provinces::find(name)
        .map(|p| Some(p.th.to_owned()))
        .ok_or_else(|| {
            FieldError::new(
                "province",
                "unknown_province",
                format!("{name:?} is not one of Thailand's 77 provinces"),
            )
        })
}

fn website(raw: Option<&str>) -> std::result::Result<Option<String>, FieldError> {
    let Some(raw) = raw.map(str::trim).filter(|r| !r.is_empty()) else {
        return Ok(None);
    };
    let valid = (raw.starts_with("https://") || raw.starts_with("http://"))
        && raw.len() <= 300
        && raw.len() > "https://".len()
        && !raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"');
    if valid {
        Ok(Some(raw.to_owned()))
    } else {
        Err(FieldError::new(
            "website",
            "invalid",
            "must be an http(s) address of at most 300 characters",
        ))
    }
}

/// Parses the fields; `this` is the organisation being edited (none when creating), so a
/// parent cannot be the organisation itself or one of its descendants.
pub(super) async fn parse<C: ConnectionTrait>(
    conn: &C,
    raw: &ProfileInput,
    this: Option<Uuid>,
) -> Result<ProfileFields> {
    let mut errors = FieldErrors::new();
    let name = match &raw.name {
        Some(name) => errors.check(text::title("name", name, 2, 120)),
        None => None,
    };
    let description = match &raw.description {
        // `None` from `check` is an error that `finish` reports.
        Some(d) => errors.check(text::optional_label("description", d.as_deref(), 2000)),
        None => None,
    };
    let website = match &raw.website {
        Some(w) => errors.check(website(w.as_deref())),
        None => None,
    };
    let province = match &raw.province {
        Some(p) => errors.check(province(p.as_deref())),
        None => None,
    };
    let parent = match raw.parent_organization_id {
        Some(Some(parent)) => errors
            .check(check_parent(conn, parent, this).await?)
            .map(|()| Some(parent)),
        other => other,
    };
    errors.finish()?;
    Ok(ProfileFields {
        name,
        description,
        website,
        parent_organization_id: parent,
        province,
    })
}

/// The parent exists, and following its parents never leads back to `this`.
async fn check_parent<C: ConnectionTrait>(
    conn: &C,
    parent: Uuid,
    this: Option<Uuid>,
) -> Result<std::result::Result<(), FieldError>> {
    let field = "parent_organization_id";
    let mut next = Some(parent);
    for _ in 0..MAX_DEPTH {
        let Some(id) = next else {
            return Ok(Ok(()));
        };
        if Some(id) == this {
            return Ok(Err(FieldError::new(
                field,
                "cycle",
                "an organisation cannot sit under itself or one of its own members",
            )));
        }
        let found: Option<Organization> = organizations::Entity::find_by_id(id).one(conn).await?;
        match found {
            Some(org) => next = org.parent_organization_id,
            None if id == parent => {
                return Ok(Err(FieldError::new(
                    field,
                    "not_found",
                    "no organisation has this id",
                )))
            }
            None => return Ok(Ok(())),
        }
    }
    Ok(Err(FieldError::new(
        field,
        "invalid",
        "organisations nest at most eight levels deep",
    )))
}
