//! The opinion groups as the API shows them: proposals by id and title, participants by
//! pseudonym (and, for imported consultations, by their id in the source system).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::load::Loaded;
use crate::domain::agency::pseudonyms::{Audience, PseudonymKey};
use crate::domain::opinion_groups::repness::RepfulFor;
use crate::domain::opinion_groups::OpinionGroups;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StatementRef {
    pub proposal_id: Uuid,
    pub title: String,
    /// The statement's id in the system it was imported from (Polis `comment-id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Leaning {
    Agree,
    Disagree,
}

/// A statement that sets a group apart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RepresentativeStatement {
    #[serde(flatten)]
    pub statement: StatementRef,
    /// Whether the group stands out by agreeing or by disagreeing.
    pub repful_for: Leaning,
    /// Group members who voted that way, and who voted at all.
    pub n_success: u32,
    pub n_trials: u32,
    /// Smoothed share of the group voting that way, and its z statistic.
    pub p_success: f64,
    pub p_test: f64,
    /// How many times likelier than outside the group, and its z statistic.
    pub repness: f64,
    pub repness_test: f64,
    /// The group's most agreed statement, shown first.
    pub best_agree: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct GroupReport {
    pub id: usize,
    pub size: usize,
    pub representative: Vec<RepresentativeStatement>,
}

/// A statement most participants agree (or disagree) with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConsensusStatement {
    #[serde(flatten)]
    pub statement: StatementRef,
    pub n_success: u32,
    pub n_trials: u32,
    pub p_success: f64,
    pub p_test: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ConsensusReport {
    pub agree: Vec<ConsensusStatement>,
    pub disagree: Vec<ConsensusStatement>,
}

/// Each statement's group-informed consensus: the product over groups of the smoothed
/// share of members agreeing (high when every group agrees).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct StatementConsensus {
    #[serde(flatten)]
    pub statement: StatementRef,
    pub group_informed_consensus: f64,
}

/// A participant's place on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ParticipantPoint {
    /// Pseudonymous: the same participant has the same id within this consultation and for
    /// this reader only (the id the reader's votes export shows). The cache stores the
    /// internal pseudonym; `for_audience` replaces it before it is shown.
    pub id: String,
    /// The participant's id in the system the consultation was imported from (Polis
    /// participant id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    pub x: f64,
    pub y: f64,
    /// The group's id; null for those with too few votes to be grouped.
    pub group: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Report {
    /// Participants with at least one vote, and of those the ones grouped.
    pub participant_count: usize,
    pub grouped_count: usize,
    pub vote_count: usize,
    /// Mean silhouette of the clusterings tried, for k = 2, 3, …; the best one is used.
    pub silhouettes: Vec<f64>,
    pub groups: Vec<GroupReport>,
    pub consensus: ConsensusReport,
    pub statements: Vec<StatementConsensus>,
    pub participants: Vec<ParticipantPoint>,
}

impl Report {
    /// The report as `audience` sees it: internal pseudonyms replaced by released ones.
    pub fn for_audience(mut self, pseudonyms: &PseudonymKey, audience: Audience) -> Report {
        for point in &mut self.participants {
            point.id = pseudonyms.release(audience, &point.id);
        }
        self
    }

    /// No votes, no groups.
    pub fn empty() -> Report {
        Report {
            participant_count: 0,
            grouped_count: 0,
            vote_count: 0,
            silhouettes: Vec::new(),
            groups: Vec::new(),
            consensus: ConsensusReport::default(),
            statements: Vec::new(),
            participants: Vec::new(),
        }
    }

    pub fn new(
        consultation: Uuid,
        loaded: &Loaded,
        result: &OpinionGroups,
        pseudonyms: &PseudonymKey,
    ) -> Report {
        let statement = |index: u32| {
            let info = &loaded.statements[index as usize];
            StatementRef {
                proposal_id: info.id,
                title: info.title.clone(),
                external_id: info.external_ref.clone(),
            }
        };
        Report {
            participant_count: result.positions.len(),
            grouped_count: result.groups.iter().map(|g| g.members.len()).sum(),
            vote_count: loaded.vote_count,
            silhouettes: result.silhouettes.clone(),
            groups: group_reports(result, &statement),
            consensus: consensus_report(result, &statement),
            statements: result
                .statements
                .iter()
                .map(|s| StatementConsensus {
                    statement: statement(s.statement),
                    group_informed_consensus: s.group_informed_consensus,
                })
                .collect(),
            participants: result
                .positions
                .iter()
                .map(|p| {
                    let info = &loaded.participants[p.participant as usize];
                    ParticipantPoint {
                        id: pseudonyms.internal(consultation, info.user_id),
                        external_id: info.external_ref.clone(),
                        x: p.x,
                        y: p.y,
                        group: p.group,
                    }
                })
                .collect(),
        }
    }
}

/// Each group with its representative statements.
fn group_reports(
    result: &OpinionGroups,
    statement: &impl Fn(u32) -> StatementRef,
) -> Vec<GroupReport> {
    result
        .groups
        .iter()
        .enumerate()
        .map(|(id, group)| GroupReport {
            id,
            size: group.members.len(),
            representative: group
                .representatives
                .iter()
                .map(|r| RepresentativeStatement {
                    statement: statement(r.statement),
                    repful_for: match r.repful_for {
                        RepfulFor::Agree => Leaning::Agree,
                        RepfulFor::Disagree => Leaning::Disagree,
                    },
                    n_success: r.n_success,
                    n_trials: r.n_trials,
                    p_success: r.p_success,
                    p_test: r.p_test,
                    repness: r.repness,
                    repness_test: r.repness_test,
                    best_agree: r.best_agree,
                })
                .collect(),
        })
        .collect()
}

/// The statements most agreed and most disagreed with across all groups.
fn consensus_report(
    result: &OpinionGroups,
    statement: &impl Fn(u32) -> StatementRef,
) -> ConsensusReport {
    let list = |picks: &[crate::domain::opinion_groups::consensus::Consensus]| {
        picks
            .iter()
            .map(|c| ConsensusStatement {
                statement: statement(c.statement),
                n_success: c.n_success,
                n_trials: c.n_trials,
                p_success: c.p_success,
                p_test: c.p_test,
            })
            .collect()
    };
    ConsensusReport {
        agree: list(&result.consensus.agree),
        disagree: list(&result.consensus.disagree),
    }
}
