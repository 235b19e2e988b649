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

/// A warm start stops once the eigenvalue estimate moves by less than this share of itself:
/// starting from the last run's component, it is there within a few steps, where waiting
/// for an exact repeat could take the whole budget.
const WARM_TOLERANCE: f64 = 1e-10;

/// The dominant eigenvector of XᵀX by power iteration: from `start_vector`, it stops after
/// `ITERATIONS` steps or as soon as the eigenvalue estimate repeats exactly; from a warm
/// start (the last run's component), also once the estimate has settled (`WARM_TOLERANCE`).
fn power_iteration(data: &Centred, factored: &[Vec<f64>], warm: Option<&[f64]>) -> Vec<f64> {
    let warm = warm.filter(|v| v.len() == data.columns && length(v) > 0.0);
    let mut v = warm.map_or_else(|| start_vector(data.columns), <[f64]>::to_vec);
    let tolerance = if warm.is_some() { WARM_TOLERANCE } else { 0.0 };
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
        let settled = (eigenvalue - last_eigenvalue).abs() <= tolerance * eigenvalue;
        if remaining == 0 || settled {
            return normed;
        }
        remaining -= 1;
        v = normed;
        last_eigenvalue = eigenvalue;
    }
}

/// The first two principal components (a second one of zeros if the matrix has only one
/// row or column), from the fixed start or from `warm`, the components of a run on an
/// earlier state of the same votes (column for column).
pub fn components(data: &Centred, warm: Option<&[Vec<f64>; 2]>) -> [Vec<f64>; 2] {
    let rank_bound = data.rows.len().min(data.columns);
    let first = power_iteration(data, &[], warm.map(|w| w[0].as_slice()));
    let second = if rank_bound >= 2 {
        power_iteration(
            data,
            std::slice::from_ref(&first),
            warm.map(|w| w[1].as_slice()),
        )
    } else {
        vec![0.0; data.columns]
    };
    [first, second]
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
