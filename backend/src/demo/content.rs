//! The demo data set's written content (Thai first, some English), embedded in the binary.

use serde::Deserialize;

#[derive(Deserialize)]
pub struct Content {
    pub organizations: Vec<Organization>,
    pub consultations: Vec<Consultation>,
    pub comments: CommentPool,
    pub replies: Vec<String>,
    pub first_names: Vec<String>,
    pub last_names: Vec<String>,
}

#[derive(Deserialize)]
pub struct Organization {
    pub slug: String,
    pub name: String,
    pub kind: String,
    /// The slug of the organisation it belongs to (a network's member, a ministry's office).
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub province: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

#[derive(Deserialize)]
pub struct Consultation {
    pub slug: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub title_en: Option<String>,
    #[serde(default)]
    pub summary_en: Option<String>,
    pub body: String,
    pub owner: String,
    pub phase: String,
    pub themes: Vec<String>,
    pub provinces: Vec<String>,
    pub criteria: Vec<String>,
    pub proposals: Vec<Proposal>,
}

#[derive(Deserialize)]
pub struct Proposal {
    pub title: String,
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
}

#[derive(Deserialize)]
pub struct CommentPool {
    #[serde(rename = "for")]
    pub support: Vec<String>,
    pub against: Vec<String>,
    pub neutral: Vec<String>,
}

pub fn load() -> anyhow::Result<Content> {
    Ok(serde_json::from_str(include_str!("content.json"))?)
}
