//! Two principal components by power iteration, and each participant's position on them.
//!
//! As in Polis, missing votes are imputed with their column's mean, so after centring they
//! are zeros and the centred matrix stays as sparse as the votes: products with it cost one
//! pass over the votes. The second component is found in the matrix with the first
//! factored out (Gram–Schmidt), applied implicitly rather than by building a dense copy.

use super::matrix::VoteMatrix;

/// Power-iteration steps, as Polis.
const ITERATIONS: usize = 100;

/// The centred matrix: for each row, (column, vote − column mean) for the votes on
/// statements that are not excluded.
pub struct Centred {
    pub center: Vec<f64>,
    pub rows: Vec<Vec<(u32, f64)>>,
    pub columns: usize,
}

impl Centred {
    pub fn new(matrix: &VoteMatrix) -> Centred {
        let center = matrix.column_means();
        let rows = matrix
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .filter(|(c, _)| !matrix.column_excluded[*c as usize])
                    .map(|&(c, v)| (c, f64::from(v) - center[c as usize]))
                    .collect()
            })
            .collect();
        Centred {
            center,
            rows,
            columns: matrix.column_count(),
        }
    }
}

fn dot_sparse(row: &[(u32, f64)], v: &[f64]) -> f64 {
    row.iter().map(|&(c, x)| x * v[c as usize]).sum()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn length(v: &[f64]) -> f64 {
    dot(v, v).sqrt()
}

/// XᵀX v for X the centred matrix with the directions in `factored` removed from every row
/// (each direction is removed in turn, as Polis factors the matrix one component at a time).
fn gram_product(data: &Centred, factored: &[Vec<f64>], v: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; data.columns];
    // Row r' = r − Σ a_k f_k, so r'·v = r·v − Σ a_k (f_k·v) and we accumulate s·r then
    // subtract (Σ s·a_k) f_k at the end.
    let f_dot_v: Vec<f64> = factored.iter().map(|f| dot(f, v)).collect();
    let f_norms: Vec<f64> = factored.iter().map(|f| dot(f, f)).collect();
    let mut removed = vec![0.0; factored.len()];
    for row in &data.rows {
        let coefficients = factor_coefficients(row, factored, &f_norms);
        let mut s = dot_sparse(row, v);
        for (a, fv) in coefficients.iter().zip(&f_dot_v) {
            s -= a * fv;
        }
        if s == 0.0 {
            continue;
        }
        for &(c, x) in row {
            out[c as usize] += s * x;
        }
        for (acc, a) in removed.iter_mut().zip(&coefficients) {
            *acc += s * a;
        }
    }
    for (f, acc) in factored.iter().zip(&removed) {
        for (o, x) in out.iter_mut().zip(f) {
            *o -= acc * x;
        }
    }
    out
}

/// The coefficients a_k with r' = r − Σ a_k f_k, Gram–Schmidt against each f_k in turn.
fn factor_coefficients(row: &[(u32, f64)], factored: &[Vec<f64>], norms: &[f64]) -> Vec<f64> {
    let mut coefficients = Vec::with_capacity(factored.len());
    for (k, f) in factored.iter().enumerate() {
        if norms[k] == 0.0 {
            coefficients.push(0.0);
            continue;
        }
        // (r − Σ_{j<k} a_j f_j)·f_k
        let mut d: f64 = row.iter().map(|&(c, x)| x * f[c as usize]).sum();
        for (j, a) in coefficients.iter().enumerate() {
            d -= a * dot(&factored[j], f);
        }
        coefficients.push(d / norms[k]);
    }
    coefficients
}

/// The fixed start of power iteration. Polis starts from a random vector; a fixed one keeps
/// results reproducible, and unlike the all-ones vector it is not orthogonal to the split
/// of two mirror-image camps (votes (1, −1) and (−1, 1) sum to zero).
fn start_vector(columns: usize) -> Vec<f64> {
    (0..columns)
        .map(|i| 1.0 + ((i as f64 + 1.0) * 0.618_033_988_749_894_9).fract())
        .collect()
}

/// The dominant eigenvector of XᵀX by power iteration from `start_vector`: stops after
/// `ITERATIONS` steps or as soon as the eigenvalue estimate repeats exactly.
fn power_iteration(data: &Centred, factored: &[Vec<f64>]) -> Vec<f64> {
    let mut v = start_vector(data.columns);
    let mut last_eigenvalue = 0.0;
    let mut remaining = ITERATIONS;
    loop {
        let product = gram_product(data, factored, &v);
        let eigenvalue = length(&product);
        let normed: Vec<f64> = if eigenvalue == 0.0 {
            vec![0.0; data.columns]
        } else {
            product.iter().map(|x| x / eigenvalue).collect()
        };
        if remaining == 0 || eigenvalue == last_eigenvalue {
            return normed;
        }
        remaining -= 1;
        v = normed;
        last_eigenvalue = eigenvalue;
    }
}

/// The first two principal components (a second one of zeros if the matrix has only one
/// row or column): Polis's way from a cold start, or from `warm`, the components of a run on
/// an earlier state of the same votes (column for column), by subspace iteration.
pub fn components(data: &Centred, warm: Option<&[Vec<f64>; 2]>) -> [Vec<f64>; 2] {
    if let Some(found) = warm.and_then(|start| subspace_iteration(data, start)) {
        return found;
    }
    let rank_bound = data.rows.len().min(data.columns);
    let first = power_iteration(data, &[]);
    let second = if rank_bound >= 2 {
        power_iteration(data, std::slice::from_ref(&first))
    } else {
        vec![0.0; data.columns]
    };
    [first, second]
}

/// A warm start stops once both eigenvalue estimates move by less than this share of
/// themselves.
const WARM_TOLERANCE: f64 = 1e-10;

/// Both components at once, from `start`: the plane is iterated as a whole (XᵀX applied to
/// both vectors in one pass over the votes, then made orthonormal again), and the components
/// are read off it by Rayleigh–Ritz. Power iteration one vector at a time converges at the
/// ratio of the first two eigenvalues, slowly when two opinion axes are about as strong (the
/// usual case with three camps); the plane converges at the ratio of the second and third,
/// in a few steps from where the last run left it. Each component keeps the sign of its
/// start, so positions do not flip between runs. `None` when the start does not span a
/// plane, or the votes do not.
fn subspace_iteration(data: &Centred, start: &[Vec<f64>; 2]) -> Option<[Vec<f64>; 2]> {
    if start.iter().any(|v| v.len() != data.columns) {
        return None;
    }
    let mut plane = orthonormal(&start[0], &start[1])?;
    let mut last = [f64::NAN; 2];
    for step in 0..=ITERATIONS {
        let images = block_product(data, &plane);
        // The 2 × 2 matrix of XᵀX on the plane; its eigenpairs are the Ritz pairs.
        let h = [
            [dot(&plane[0], &images[0]), dot(&plane[0], &images[1])],
            [dot(&plane[1], &images[0]), dot(&plane[1], &images[1])],
        ];
        let (values, rotation) = symmetric_eigen_2x2(h);
        let settled = values
            .iter()
            .zip(&last)
            .all(|(value, last)| (value - last).abs() <= WARM_TOLERANCE * value.abs());
        if settled || step == ITERATIONS {
            let mut components = [0, 1].map(|k| {
                let [a, b] = rotation[k];
                combine(a, &plane[0], b, &plane[1])
            });
            for (component, start) in components.iter_mut().zip(start) {
                if dot(component, start) < 0.0 {
                    component.iter_mut().for_each(|x| *x = -*x);
                }
            }
            return Some(components);
        }
        last = values;
        plane = orthonormal(&images[0], &images[1])?;
    }
    None
}

/// XᵀX applied to both vectors, in one pass over the votes.
fn block_product(data: &Centred, vectors: &[Vec<f64>; 2]) -> [Vec<f64>; 2] {
    let mut out = [vec![0.0; data.columns], vec![0.0; data.columns]];
    for row in &data.rows {
        let s0 = dot_sparse(row, &vectors[0]);
        let s1 = dot_sparse(row, &vectors[1]);
        for &(c, x) in row {
            out[0][c as usize] += s0 * x;
            out[1][c as usize] += s1 * x;
        }
    }
    out
}

/// a·u + b·v
fn combine(a: f64, u: &[f64], b: f64, v: &[f64]) -> Vec<f64> {
    u.iter().zip(v).map(|(x, y)| a * x + b * y).collect()
}

/// An orthonormal basis of the plane `u` and `v` span (Gram–Schmidt), or `None` if they
/// span less than a plane.
fn orthonormal(u: &[f64], v: &[f64]) -> Option<[Vec<f64>; 2]> {
    let u_length = length(u);
    if u_length == 0.0 || !u_length.is_finite() {
        return None;
    }
    let first: Vec<f64> = u.iter().map(|x| x / u_length).collect();
    let second = combine(1.0, v, -dot(v, &first), &first);
    let second_length = length(&second);
    // Less than this share of `v` left: `v` was (numerically) along `u`.
    if second_length <= 1e-12 * length(v) || !second_length.is_finite() {
        return None;
    }
    let second = second.iter().map(|x| x / second_length).collect();
    Some([first, second])
}

/// The eigenvalues of a symmetric 2 × 2 matrix, largest first, and their unit eigenvectors
/// (as rows).
fn symmetric_eigen_2x2(h: [[f64; 2]; 2]) -> ([f64; 2], [[f64; 2]; 2]) {
    let (a, b, c) = (h[0][0], (h[0][1] + h[1][0]) / 2.0, h[1][1]);
    let mean = (a + c) / 2.0;
    let radius = ((a - c) / 2.0).hypot(b);
    let first = if b == 0.0 {
        if a >= c {
            [1.0, 0.0]
        } else {
            [0.0, 1.0]
        }
    } else {
        let (x, y) = (mean + radius - c, b);
        let norm = x.hypot(y);
        [x / norm, y / norm]
    };
    let second = [-first[1], first[0]];
    ([mean + radius, mean - radius], [first, second])
}

/// Each row's position: its centred votes projected on the components, scaled by
/// √(columns / votes) so that those who voted on few statements are not all pulled to the
/// centre. Excluded columns count as voted (Polis zeroes them for everyone).
pub fn project(matrix: &VoteMatrix, data: &Centred, comps: &[Vec<f64>; 2]) -> Vec<[f64; 2]> {
    let excluded_columns = matrix.column_excluded.iter().filter(|e| **e).count();
    let columns = data.columns as f64;
    data.rows
        .iter()
        .map(|row| {
            let (mut x, mut y) = (0.0, 0.0);
            for &(c, v) in row {
                x += v * comps[0][c as usize];
                y += v * comps[1][c as usize];
            }
            let votes = (row.len() + excluded_columns).max(1) as f64;
            let scale = (columns / votes).sqrt();
            [x * scale, y * scale]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinion_groups::matrix::Vote;

    fn matrix(rows: &[&[i8]]) -> VoteMatrix {
        let mut votes = Vec::new();
        for (p, row) in rows.iter().enumerate() {
            for (s, v) in row.iter().enumerate() {
                if *v != 9 {
                    votes.push(Vote {
                        participant: p as u32,
                        statement: s as u32,
                        value: *v,
                    });
                }
            }
        }
        VoteMatrix::new(rows.len(), &vec![false; rows[0].len()], &votes)
    }

    #[test]
    fn the_first_component_follows_the_main_split() {
        // Two camps that disagree on the first two statements and agree on the third.
        let m = matrix(&[&[1, 1, 1], &[1, 1, 1], &[-1, -1, 1], &[-1, -1, 1]]);
        let data = Centred::new(&m);
        let [first, second] = components(&data, None);
        let expected = 1.0 / 2f64.sqrt();
        assert!((first[0].abs() - expected).abs() < 1e-12);
        assert!((first[1].abs() - expected).abs() < 1e-12);
        assert!(first[2].abs() < 1e-12);
        assert!(dot(&first, &second).abs() < 1e-12);
        let positions = project(&m, &data, &[first, second]);
        assert!((positions[0][0] + positions[2][0]).abs() < 1e-12);
        assert!((positions[0][0] - positions[1][0]).abs() < 1e-12);
        assert!(positions[0][0].abs() > 1.0);
    }

    #[test]
    fn mirror_image_camps_are_found() {
        let m = matrix(&[&[1, -1], &[-1, 1], &[1, -1], &[-1, 1]]);
        let data = Centred::new(&m);
        let comps = components(&data, None);
        assert!((comps[0][0].abs() - 1.0 / 2f64.sqrt()).abs() < 1e-9);
        let positions = project(&m, &data, &comps);
        assert!((positions[0][0] - positions[1][0]).abs() > 1.0);
    }

    #[test]
    fn a_warm_start_finds_the_components_a_cold_start_finds() {
        // Three camps: agree on 0–1, on 2–3 or on 4–5, with a few passes and missing votes.
        let rows: Vec<Vec<i8>> = (0..30)
            .map(|p: usize| {
                (0..6)
                    .map(|s| match (p % 3 == s / 2, (p + s) % 5) {
                        (_, 0) => 9,
                        (_, 1) => 0,
                        (true, _) => 1,
                        (false, _) => -1,
                    })
                    .collect()
            })
            .collect();
        let rows: Vec<&[i8]> = rows.iter().map(Vec::as_slice).collect();
        let m = matrix(&rows);
        let data = Centred::new(&m);
        let cold = components(&data, None);
        // Started a little off, in the opposite direction for the second.
        let start = [
            cold[0]
                .iter()
                .enumerate()
                .map(|(i, x)| x + 0.05 * i as f64)
                .collect(),
            cold[1].iter().map(|x| -x).collect(),
        ];
        let warm = components(&data, Some(&start));
        // The same plane: each warm component lies in the cold components' plane…
        for w in &warm {
            let inside = dot(w, &cold[0]).powi(2) + dot(w, &cold[1]).powi(2);
            assert!((inside - 1.0).abs() < 1e-6, "{inside}");
        }
        // …they are orthonormal, and keep the signs they started with.
        assert!(dot(&warm[0], &warm[1]).abs() < 1e-9);
        assert!((length(&warm[0]) - 1.0).abs() < 1e-9);
        assert!(dot(&warm[1], &start[1]) > 0.0);
        // And the first carries at least as much of the variance as the second.
        let variance = |v: &[f64]| dot(v, &gram_product(&data, &[], v));
        assert!(variance(&warm[0]) >= variance(&warm[1]));
    }

    #[test]
    fn a_start_that_spans_no_plane_falls_back_to_the_cold_start() {
        let m = matrix(&[&[1, 1, 1], &[1, 1, 1], &[-1, -1, 1], &[-1, -1, 1]]);
        let data = Centred::new(&m);
        let same = vec![1.0, 0.0, 0.0];
        assert_eq!(
            components(&data, Some(&[same.clone(), same])),
            components(&data, None)
        );
    }

    #[test]
    fn few_votes_are_scaled_out_from_the_centre() {
        // 9 = not seen. Row 2 voted once, like row 0 on that statement.
        let m = matrix(&[&[1, 1], &[-1, -1], &[1, 9]]);
        let data = Centred::new(&m);
        let comps = components(&data, None);
        let positions = project(&m, &data, &comps);
        let unscaled = data.rows[2][0].1 * comps[0][0];
        assert!((positions[2][0] - unscaled * 2f64.sqrt()).abs() < 1e-12);
    }
}
