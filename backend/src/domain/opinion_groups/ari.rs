//! The adjusted Rand index between two labellings of the same items: 1 for identical
//! partitions (whatever the label names), about 0 for unrelated ones.

use std::collections::HashMap;

fn pairs(n: u64) -> f64 {
    (n * n.saturating_sub(1)) as f64 / 2.0
}

/// ARI of `a` and `b` (same length, one label per item).
pub fn adjusted_rand_index<A, B>(a: &[A], b: &[B]) -> f64
where
    A: std::hash::Hash + Eq + Clone,
    B: std::hash::Hash + Eq + Clone,
{
    let mut table: HashMap<(A, B), u64> = HashMap::new();
    let mut rows: HashMap<A, u64> = HashMap::new();
    let mut columns: HashMap<B, u64> = HashMap::new();
    for (x, y) in a.iter().zip(b) {
        *table.entry((x.clone(), y.clone())).or_default() += 1;
        *rows.entry(x.clone()).or_default() += 1;
        *columns.entry(y.clone()).or_default() += 1;
    }
    let index: f64 = table.values().map(|n| pairs(*n)).sum();
    let row_sum: f64 = rows.values().map(|n| pairs(*n)).sum();
    let column_sum: f64 = columns.values().map(|n| pairs(*n)).sum();
    let total = pairs(a.len().min(b.len()) as u64);
    if total == 0.0 {
        return 1.0;
    }
    let expected = row_sum * column_sum / total;
    let max = (row_sum + column_sum) / 2.0;
    if max == expected {
        return 1.0;
    }
    (index - expected) / (max - expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renamed_labels_give_one() {
        assert_eq!(
            adjusted_rand_index(&[0, 0, 1, 1], &["b", "b", "a", "a"]),
            1.0
        );
    }

    #[test]
    fn a_known_value() {
        // scikit-learn: adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) = 0.5714285714285715
        let ari = adjusted_rand_index(&[0, 0, 1, 2], &[0, 0, 1, 1]);
        assert!((ari - 0.5714285714285715).abs() < 1e-12);
    }
}
