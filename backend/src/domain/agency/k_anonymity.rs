//! Cell suppression for breakdowns: no group smaller than k is shown, and enough further
//! cells are hidden that the total minus the visible cells never gives a small group away.

/// Which cells to hide. Every cell under `k` (empty ones included) is hidden; then, while
/// the hidden cells hold people but fewer than `k` of them, or only one hidden cell holds
/// anyone, the smallest visible cell is hidden too. So what a total reveals — the sum of the
/// hidden cells — is either zero or at least `k` people spread over at least two cells.
pub fn suppressed_cells(counts: &[i64], k: i64) -> Vec<bool> {
    let mut hidden: Vec<bool> = counts.iter().map(|&c| c < k).collect();
    loop {
        let hidden_sum: i64 = counts
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| **h)
            .map(|(c, _)| *c)
            .sum();
        let hidden_nonempty = counts
            .iter()
            .zip(&hidden)
            .filter(|(c, h)| **h && **c > 0)
            .count();
        if hidden_sum == 0 || (hidden_sum >= k && hidden_nonempty >= 2) {
            return hidden;
        }
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, c)| !hidden[*i] && **c > 0)
            .min_by_key(|(i, c)| (**c, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => return hidden,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden(counts: &[i64], k: i64) -> Vec<usize> {
        suppressed_cells(counts, k)
            .into_iter()
            .enumerate()
            .filter(|(_, h)| *h)
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn nothing_is_hidden_when_every_cell_is_large() {
        assert!(hidden(&[10, 25, 40], 10).is_empty());
    }

    #[test]
    fn a_lone_small_cell_takes_the_next_smallest_with_it() {
        assert_eq!(hidden(&[3, 25, 12, 40], 10), vec![0, 2]);
    }

    #[test]
    fn small_cells_that_add_up_to_k_are_enough_together() {
        assert_eq!(hidden(&[6, 5, 30, 30], 10), vec![0, 1]);
    }

    #[test]
    fn small_cells_that_stay_under_k_together_take_another() {
        assert_eq!(hidden(&[2, 3, 30, 11], 10), vec![0, 1, 3]);
    }

    #[test]
    fn empty_cells_alone_need_no_company() {
        assert_eq!(hidden(&[0, 0, 30, 11], 10), vec![0, 1]);
    }

    #[test]
    fn everything_hides_when_the_whole_is_small() {
        assert_eq!(hidden(&[4, 3], 10), vec![0, 1]);
        assert_eq!(hidden(&[4], 10), vec![0]);
    }

    #[test]
    fn no_total_minus_visible_cells_reveals_a_small_cell() {
        // Every split of 40 people into four groups, k = 10.
        for a in 0..=40i64 {
            for b in 0..=(40 - a) {
                for c in 0..=(40 - a - b) {
                    let counts = [a, b, c, 40 - a - b - c];
                    let h = suppressed_cells(&counts, 10);
                    let hidden_sum: i64 = (0..4).filter(|i| h[*i]).map(|i| counts[i]).sum();
                    let hidden_nonempty = (0..4).filter(|i| h[*i] && counts[*i] > 0).count();
                    for i in 0..4 {
                        if counts[i] > 0 && counts[i] < 10 {
                            assert!(h[i], "{counts:?}");
                            assert!(hidden_nonempty >= 2, "{counts:?} reveals cell {i}");
                            assert!(hidden_sum >= 10, "{counts:?}");
                        }
                    }
                }
            }
        }
    }
}
