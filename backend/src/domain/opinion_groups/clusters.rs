//! k-means on 2-D points as Polis runs it from a cold start, and the silhouette that picks k.
//!
//! Deterministic: the starting centres are the first k distinct points in order, a point
//! joins the nearest centre (the lowest id on a tie), and iteration stops when no centre moved
//! by 0.01 or more, or after `max_iterations` steps.

pub type Point = [f64; 2];

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub id: usize,
    /// Indexes into the clustered points, in order.
    pub members: Vec<usize>,
    pub center: Point,
}

/// Polis stops when every centre moved less than this.
const SAME_CLUSTERING_THRESHOLD: f64 = 0.01;

pub fn distance(a: &Point, b: &Point) -> f64 {
    squared_distance(a, b).sqrt()
}

fn squared_distance(a: &Point, b: &Point) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// The mean of the points, weighted when `weights` are given (as Polis: each point times its
/// weight, times count / total weight, then the plain mean).
fn mean(points: &[Point], members: &[usize], weights: Option<&[f64]>) -> Point {
    let n = members.len() as f64;
    let mut sum = [0.0, 0.0];
    match weights {
        None => {
            for &m in members {
                sum[0] += points[m][0];
                sum[1] += points[m][1];
            }
        }
        Some(weights) => {
            let total: f64 = members.iter().map(|&m| weights[m]).sum();
            let factor = n / total;
            for &m in members {
                sum[0] += points[m][0] * weights[m] * factor;
                sum[1] += points[m][1] * weights[m] * factor;
            }
        }
    }
    [sum[0] / n, sum[1] / n]
}

/// The starting centres: those given (a warm start: the last run's centres), topped up to k
/// with the first distinct points in order.
fn initial_clusters(points: &[Point], k: usize, start: &[Point]) -> Vec<Cluster> {
    let mut centers: Vec<Point> = Vec::with_capacity(k);
    for p in start.iter().chain(points) {
        if centers.len() == k {
            break;
        }
        if !centers.contains(p) {
            centers.push(*p);
        }
    }
    centers
        .into_iter()
        .enumerate()
        .map(|(id, center)| Cluster {
            id,
            members: Vec::new(),
            center,
        })
        .collect()
}

fn step(points: &[Point], clusters: &[Cluster], weights: Option<&[f64]>) -> Vec<Cluster> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (i, p) in points.iter().enumerate() {
        let mut best = 0;
        let mut best_distance = f64::INFINITY;
        for (c, cluster) in clusters.iter().enumerate() {
            // The square orders the centres as the distance does, without a root per pair.
            let d = squared_distance(p, &cluster.center);
            if d < best_distance {
                best = c;
                best_distance = d;
            }
        }
        members[best].push(i);
    }
    clusters
        .iter()
        .zip(members)
        .filter(|(_, members)| !members.is_empty())
        .map(|(cluster, members)| Cluster {
            id: cluster.id,
            center: mean(points, &members, weights),
            members,
        })
        .collect()
}

fn same_clustering(a: &[Cluster], b: &[Cluster]) -> bool {
    let sorted = |clusters: &[Cluster]| {
        let mut centers: Vec<Point> = clusters.iter().map(|c| c.center).collect();
        centers.sort_by(|x, y| x[0].total_cmp(&y[0]).then(x[1].total_cmp(&y[1])));
        centers
    };
    sorted(a)
        .iter()
        .zip(sorted(b).iter())
        .all(|(x, y)| distance(x, y) < SAME_CLUSTERING_THRESHOLD)
}

/// k-means of `points` (optionally weighted), clusters by id.
pub fn kmeans(
    points: &[Point],
    k: usize,
    max_iterations: usize,
    weights: Option<&[f64]>,
) -> Vec<Cluster> {
    kmeans_from(points, k, max_iterations, weights, &[])
}

/// k-means started from `start` (the centres of a run on an earlier state of the same
/// points, as Polis carries its clusters over), topped up to k from the points.
pub fn kmeans_from(
    points: &[Point],
    k: usize,
    max_iterations: usize,
    weights: Option<&[f64]>,
    start: &[Point],
) -> Vec<Cluster> {
    let mut clusters = initial_clusters(points, k, start);
    let mut remaining = max_iterations;
    loop {
        let next = step(points, &clusters, weights);
        if remaining == 0 || same_clustering(&clusters, &next) {
            return next;
        }
        clusters = next;
        remaining -= 1;
    }
}

/// The mean silhouette of a clustering of `points` (members index into it): for each member,
/// (b − a) / max(a, b) with a its mean distance to its own cluster's other members and b the
/// smallest mean distance to another cluster; 0 for a member alone in its cluster.
pub fn silhouette(points: &[Point], clusters: &[Cluster]) -> f64 {
    let mut cluster_of = vec![usize::MAX; points.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            cluster_of[m] = c;
        }
    }
    let mut total = 0.0;
    let mut count = 0usize;
    for (i, own) in cluster_of.iter().enumerate() {
        if *own == usize::MAX {
            continue;
        }
        count += 1;
        if clusters[*own].members.len() == 1 {
            continue;
        }
        let mean_distance = |cluster: &Cluster| {
            let others: Vec<f64> = cluster
                .members
                .iter()
                .filter(|&&m| m != i)
                .map(|&m| distance(&points[i], &points[m]))
                .collect();
            others.iter().sum::<f64>() / others.len() as f64
        };
        let a = mean_distance(&clusters[*own]);
        let b = clusters
            .iter()
            .enumerate()
            .filter(|(c, _)| c != own)
            .map(|(_, cluster)| mean_distance(cluster))
            .fold(f64::INFINITY, f64::min);
        total += (b - a) / b.max(a);
    }
    total / count as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_clear_blobs_are_found_and_score_high() {
        let points = [
            [0.0, 0.0],
            [10.0, 10.0],
            [0.1, 0.0],
            [10.0, 10.1],
            [0.0, 0.1],
        ];
        let clusters = kmeans(&points, 2, 20, None);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].members, vec![0, 2, 4]);
        assert_eq!(clusters[1].members, vec![1, 3]);
        assert!(silhouette(&points, &clusters) > 0.9);
        let three = kmeans(&points, 3, 20, None);
        assert!(silhouette(&points, &three) < silhouette(&points, &clusters));
    }

    #[test]
    fn duplicate_points_do_not_start_two_clusters() {
        let points = [[1.0, 1.0], [1.0, 1.0], [2.0, 2.0]];
        let clusters = kmeans(&points, 3, 20, None);
        assert_eq!(clusters.len(), 2);
    }

    #[test]
    fn a_warm_start_begins_from_the_given_centres_and_tops_up_from_the_points() {
        let points = [[0.0, 0.0], [0.1, 0.0], [10.0, 10.0], [10.1, 10.0]];
        let warm = kmeans_from(&points, 2, 20, None, &[[10.0, 10.0]]);
        // The given centre keeps id 0; the first point starts the second cluster.
        assert_eq!(warm[0].members, vec![2, 3]);
        assert_eq!(warm[1].members, vec![0, 1]);
        let cold = kmeans(&points, 2, 20, None);
        assert_eq!(cold[0].members, vec![0, 1]);
    }

    #[test]
    fn weights_pull_the_centre() {
        let points = [[0.0, 0.0], [4.0, 0.0]];
        let one = kmeans(&points, 1, 5, Some(&[3.0, 1.0]));
        assert!((one[0].center[0] - 1.0).abs() < 1e-12);
    }
}
