//! The demo data set's written content (Thai first, some English), embedded in the binary.

use serde::Deserialize;

use crate::domain::comments::Stance;
use crate::domain::consultations::Phase;

#[derive(Deserialize)]
pub struct Content {
    pub organizations: Vec<Organization>,
    pub consultations: Vec<Consultation>,
    pub first_names: Vec<FirstName>,
    pub last_names: Vec<String>,
}

/// Whose voice a text is in: Thai speakers' pronouns and polite particles (ผม/ครับ,
/// ดิฉัน/ค่ะ/คะ) say it, so a text in a male or female voice is only ever given to a speaker
/// whose first name is of that gender; neutral texts (no pronoun, no particle) fit anyone.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    Male,
    Female,
    Neutral,
}

impl Voice {
    /// Whether a speaker of this gender may say a text in `text`'s voice.
    pub fn may_say(self, text: Voice) -> bool {
        text == Voice::Neutral || text == self
    }
}

#[derive(Deserialize)]
pub struct FirstName {
    pub name: String,
    /// `neutral` for names given to women and men alike.
    pub gender: Voice,
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
    pub phase: Phase,
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
    /// How the opinion groups receive it; drawn at random when not given.
    #[serde(default)]
    pub reception: Option<Reception>,
    /// Its discussion, written for it; a proposal without threads has no comments.
    #[serde(default)]
    pub threads: Vec<Thread>,
}

/// How a proposal's votes fall across the outlooks the demo citizens lean to.
#[derive(Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Reception {
    /// Most of every outlook agrees.
    Consensus,
    /// One or two outlooks agree, the rest disagree.
    Divided,
    /// Every outlook is split.
    Mixed,
    /// Most of every outlook disagrees.
    Rejected,
}

/// A top-level comment and the replies that answer it, in order.
#[derive(Deserialize)]
pub struct Thread {
    pub stance: Stance,
    pub voice: Voice,
    pub text: String,
    #[serde(default)]
    pub replies: Vec<Reply>,
}

#[derive(Deserialize)]
pub struct Reply {
    pub voice: Voice,
    pub text: String,
}

pub fn load() -> anyhow::Result<Content> {
    Ok(serde_json::from_str(include_str!("content.json"))?)
}
