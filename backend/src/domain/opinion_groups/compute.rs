//! The whole computation, from the vote matrix to groups, positions, representative and
//! consensus statements.

use serde::Serialize;

use super::clusters::{kmeans, kmeans_from, silhouette, Cluster, Point};
use super::consensus::{self, ConsensusPicks};
use super::matrix::VoteMatrix;
use super::pca::{self, Centred};
use super::repness::{self, Representative};

/// Polis's settings.
const BASE_CLUSTERS: usize = 100;
const BASE_ITERATIONS: usize = 100;
const GROUP_ITERATIONS: usize = 20;
const MAX_GROUPS: usize = 5;
/// A participant is clustered after this many votes (or all statements, if fewer)...
const MIN_VOTES: usize = 7;
/// ...and the most active are added until at least this many are.
const MIN_CLUSTERED: usize = 15;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Position {
    /// The caller's participant index.
    pub participant: u32,
    pub x: f64,
    pub y: f64,
    /// Index into `groups`; none for those with too few votes to be clustered.
    pub group: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// The caller's participant indexes.
    pub members: Vec<u32>,
    pub representatives: Vec<Representative>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatementConsensus {
    pub statement: u32,
    pub group_informed_consensus: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct OpinionGroups {
    pub positions: Vec<Position>,
    pub groups: Vec<Group>,
    /// Mean silhouette of each k tried, from k = 2.
    pub silhouettes: Vec<f64>,
    pub consensus: ConsensusPicks,
    /// For every statement voted on and not excluded.
    pub statements: Vec<StatementConsensus>,
}

/// What a run leaves for the next run on a later state of the same votes: its two
/// components (by the matrix's columns) and its base clusters' centres. Started from them, the
/// power iteration and k-means have little left to do when few votes changed, and positions
/// and groups keep their orientation instead of flipping between runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WarmStart {
    pub components: [Vec<f64>; 2],
    pub base_centres: Vec<Point>,
}

/// Rows clustered: at least `MIN_VOTES` votes (or every statement), and the first
/// `MIN_CLUSTERED` rows to vote; topped up with the most active participants (earlier rows
/// first on a tie) to `MIN_CLUSTERED`. Polis tops up while a conversation is young and
/// never drops a participant it once clustered, so its first participants stay in whatever
/// their count; keeping them makes a computation from scratch agree with Polis's history.
pub fn clustered_rows(matrix: &VoteMatrix) -> Vec<bool> {
    let counts = matrix.vote_counts();
    let threshold = MIN_VOTES.min(matrix.column_count());
    let mut clustered: Vec<bool> = counts
        .iter()
        .enumerate()
        .map(|(r, c)| *c >= threshold || r < MIN_CLUSTERED)
        .collect();
    let mut missing = MIN_CLUSTERED.saturating_sub(clustered.iter().filter(|c| **c).count());
    if missing > 0 {
        let mut others: Vec<usize> = (0..counts.len()).filter(|r| !clustered[*r]).collect();
        others.sort_by_key(|r| std::cmp::Reverse(counts[*r]));
        for r in others {
            if missing == 0 {
                break;
            }
            clustered[r] = true;
            missing -= 1;
        }
    }
    clustered
}

/// Groups over the base clusters' centres, weighted by their sizes, for k = 2..=max, and
/// the clustering with the best silhouette (the larger k on a tie).
fn group_clusters(base: &[Cluster]) -> (Vec<Cluster>, Vec<f64>) {
    let centers: Vec<Point> = base.iter().map(|c| c.center).collect();
    let weights: Vec<f64> = base.iter().map(|c| c.members.len() as f64).collect();
    let max_k = MAX_GROUPS.min(2 + base.len() / 12);
    let mut best: Option<(Vec<Cluster>, f64)> = None;
    let mut silhouettes = Vec::new();
    for k in 2..=max_k {
        let clustering = kmeans(&centers, k, GROUP_ITERATIONS, Some(&weights));
        let score = silhouette(&centers, &clustering);
        silhouettes.push(score);
        // Polis's max-key: the first pair by `>`, then later ones win ties.
        let better = match &best {
            None => true,
            Some((_, best_score)) if k == 3 => {
                best_score.partial_cmp(&score) != Some(std::cmp::Ordering::Greater)
            }
            Some((_, best_score)) => score >= *best_score,
        };
        if better {
            best = Some((clustering, score));
        }
    }
    (best.map(|(c, _)| c).unwrap_or_default(), silhouettes)
}

/// Opinion groups of a vote matrix, from a cold start. A matrix with fewer than two rows or
/// columns has none.
pub fn compute(matrix: &VoteMatrix) -> OpinionGroups {
    compute_from(matrix, None).0
}

/// Opinion groups of a vote matrix, started from `warm` (its components given column for
/// column of this matrix) when there is one, and what this run leaves for the next. The same
/// matrix and the same warm start give the same result.
pub fn compute_from(matrix: &VoteMatrix, warm: Option<&WarmStart>) -> (OpinionGroups, WarmStart) {
    if matrix.row_count() < 2 || matrix.column_count() < 2 {
        return (OpinionGroups::default(), WarmStart::default());
    }
    let centred = Centred::new(matrix);
    let comps = pca::components(&centred, warm.map(|w| &w.components));
    let points = pca::project(matrix, &centred, &comps);

    let clustered = clustered_rows(matrix);
    let clustered_rows: Vec<usize> = (0..matrix.row_count()).filter(|r| clustered[*r]).collect();
    let clustered_points: Vec<Point> = clustered_rows.iter().map(|r| points[*r]).collect();
    let start: &[Point] = warm.map_or(&[], |w| &w.base_centres);
    let base = kmeans_from(
        &clustered_points,
        BASE_CLUSTERS,
        BASE_ITERATIONS,
        None,
        start,
    );
    let (groups, silhouettes) = group_clusters(&base);
    let next = WarmStart {
        base_centres: base.iter().map(|c| c.center).collect(),
        components: comps,
    };

    // Each group's rows: its base clusters' members, base clusters in id order.
    let group_rows: Vec<Vec<usize>> = groups
        .iter()
        .map(|group| {
            let mut bases = group.members.clone();
            bases.sort_unstable();
            bases
                .iter()
                .flat_map(|b| base[*b].members.iter().map(|m| clustered_rows[*m]))
                .collect()
        })
        .collect();
    let mut group_of_row = vec![None; matrix.row_count()];
    for (g, rows) in group_rows.iter().enumerate() {
        for r in rows {
            group_of_row[*r] = Some(g);
        }
    }

    let representatives = repness::representatives(matrix, &group_rows);
    let informed = consensus::group_informed(matrix, &group_rows);
    let result = OpinionGroups {
        positions: points
            .iter()
            .enumerate()
            .map(|(r, p)| Position {
                participant: matrix.row_participant[r],
                x: p[0],
                y: p[1],
                group: group_of_row[r],
            })
            .collect(),
        groups: group_rows
            .iter()
            .zip(representatives)
            .map(|(rows, representatives)| Group {
                members: rows.iter().map(|r| matrix.row_participant[*r]).collect(),
                representatives,
            })
            .collect(),
        silhouettes,
        consensus: consensus::picks(matrix),
        statements: informed
            .iter()
            .enumerate()
            .filter(|(c, _)| !matrix.column_excluded[*c])
            .map(|(c, value)| StatementConsensus {
                statement: matrix.column_statement[c],
                group_informed_consensus: *value,
            })
            .collect(),
    };
    (result, next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinion_groups::matrix::Vote;

    /// Two camps of 20 that vote opposite ways on 10 statements, with a few passes.
    fn two_camps() -> VoteMatrix {
        let mut votes = Vec::new();
        for p in 0..40u32 {
            for s in 0..10u32 {
                let camp = if p < 20 { 1 } else { -1 };
                let value = if (p + s) % 7 == 0 { 0 } else { camp };
                votes.push(Vote {
                    participant: p,
                    statement: s,
                    value: if s == 9 { 1 } else { value },
                });
            }
        }
        VoteMatrix::new(40, &[false; 10], &votes)
    }

    #[test]
    fn two_camps_make_two_groups_sharing_the_statement_all_agree_with() {
        let result = compute(&two_camps());
        assert_eq!(result.groups.len(), 2);
        let mut first: Vec<u32> = result.groups[0].members.clone();
        first.sort_unstable();
        let camp = if first[0] == 0 {
            (0..20).collect::<Vec<u32>>()
        } else {
            (20..40).collect()
        };
        assert_eq!(first, camp);
        assert_eq!(result.positions.len(), 40);
        let statement_9 = result.statements.iter().find(|s| s.statement == 9);
        assert!(statement_9.is_some_and(|s| s.group_informed_consensus > 0.8));
        assert!(result.consensus.agree.iter().any(|c| c.statement == 9));
    }

    #[test]
    fn the_same_matrix_gives_the_same_result() {
        assert_eq!(compute(&two_camps()), compute(&two_camps()));
    }

    #[test]
    fn a_warm_start_from_the_same_matrix_finds_the_same_groups() {
        let matrix = two_camps();
        let (cold, warm) = compute_from(&matrix, None);
        let (again, _) = compute_from(&matrix, Some(&warm));
        let members = |r: &OpinionGroups| -> Vec<Vec<u32>> {
            let mut groups: Vec<Vec<u32>> = r.groups.iter().map(|g| g.members.clone()).collect();
            groups.iter_mut().for_each(|g| g.sort_unstable());
            groups.sort();
            groups
        };
        assert_eq!(members(&again), members(&cold));
        // Started from its own components, the projection keeps its orientation.
        for (a, b) in again.positions.iter().zip(&cold.positions) {
            assert!((a.x - b.x).abs() < 1e-6 && (a.y - b.y).abs() < 1e-6);
        }
        assert_eq!(compute_from(&matrix, Some(&warm)).0, again);
    }

    #[test]
    fn a_warm_start_follows_new_votes_as_a_cold_start_does() {
        let (_, warm) = compute_from(&two_camps(), None);
        // Ten newcomers, five to each camp, voting on the same statements.
        let mut votes = Vec::new();
        for p in 0..50u32 {
            for s in 0..10u32 {
                let camp = if p < 20 || (40..45).contains(&p) {
                    1
                } else {
                    -1
                };
                let value = if (p + s) % 7 == 0 { 0 } else { camp };
                votes.push(Vote {
                    participant: p,
                    statement: s,
                    value: if s == 9 { 1 } else { value },
                });
            }
        }
        let grown = VoteMatrix::new(50, &[false; 10], &votes);
        let (warm_result, _) = compute_from(&grown, Some(&warm));
        let cold_result = compute(&grown);
        let labels = |r: &OpinionGroups| -> Vec<usize> {
            r.positions
                .iter()
                .map(|p| p.group.unwrap_or(usize::MAX))
                .collect()
        };
        let agreement = crate::domain::opinion_groups::ari::adjusted_rand_index(
            &labels(&warm_result),
            &labels(&cold_result),
        );
        assert!(
            agreement > 0.99,
            "warm and cold groups differ: ARI {agreement}"
        );
        assert_eq!(warm_result.groups.len(), 2);
    }

    #[test]
    fn participants_with_few_votes_are_topped_up_to_fifteen() {
        let votes: Vec<Vote> = (0..20u32)
            .map(|p| Vote {
                participant: p,
                statement: p % 10,
                value: 1,
            })
            .chain((0..3u32).map(|p| Vote {
                participant: p,
                statement: 9 - p % 10,
                value: -1,
            }))
            .collect();
        let m = VoteMatrix::new(20, &[false; 10], &votes);
        let clustered = clustered_rows(&m);
        assert_eq!(clustered.iter().filter(|c| **c).count(), 15);
        assert!(clustered[0] && clustered[1] && clustered[2]);
    }

    #[test]
    fn an_empty_matrix_has_no_groups() {
        let m = VoteMatrix::new(0, &[], &[]);
        assert_eq!(compute(&m), OpinionGroups::default());
    }
}
