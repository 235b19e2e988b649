//! The participant × statement vote matrix, stored by row (most cells are empty: a
//! participant sees only some of the statements).

/// One final vote: +1 agree, −1 disagree, 0 pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vote {
    pub participant: u32,
    pub statement: u32,
    pub value: i8,
}

/// The matrix the method works on. Columns are the statements with at least one vote, in the
/// caller's order (Polis: statement ids, the order they were written in). Rows are the
/// participants with at least one vote, ordered as Polis orders them, by the first column
/// they voted on and then by the caller's participant order (Polis: participant ids, the
/// order they joined in); that order decides k-means' starting centres. Excluded statements
/// (moderated out) stay as columns of zeros, as Polis keeps them, and are never reported.
#[derive(Clone, Debug)]
pub struct VoteMatrix {
    /// The caller's participant index of each row.
    pub row_participant: Vec<u32>,
    /// The caller's statement index of each column.
    pub column_statement: Vec<u32>,
    /// Whether each column is moderated out.
    pub column_excluded: Vec<bool>,
    /// Each row's votes as (column, value), by column.
    pub rows: Vec<Vec<(u32, i8)>>,
}

impl VoteMatrix {
    /// Builds the matrix from final votes (one per participant and statement; a later
    /// duplicate replaces an earlier one). `excluded[s]` marks moderated-out statements.
    pub fn new(participants: usize, excluded: &[bool], votes: &[Vote]) -> VoteMatrix {
        let statements = excluded.len();
        let mut voted_statement = vec![false; statements];
        let mut by_participant: Vec<Vec<(u32, i8)>> = vec![Vec::new(); participants];
        for vote in votes {
            let (p, s) = (vote.participant as usize, vote.statement as usize);
            if p >= participants || s >= statements {
                continue;
            }
            voted_statement[s] = true;
            by_participant[p].push((vote.statement, vote.value.signum()));
        }
        let mut column_of = vec![u32::MAX; statements];
        let mut column_statement = Vec::new();
        let mut column_excluded = Vec::new();
        for (s, voted) in voted_statement.iter().enumerate() {
            if *voted {
                column_of[s] = column_statement.len() as u32;
                column_statement.push(s as u32);
                column_excluded.push(excluded[s]);
            }
        }
        let mut rows: Vec<(u32, Vec<(u32, i8)>)> = Vec::new();
        for (p, mut cells) in by_participant.into_iter().enumerate() {
            if cells.is_empty() {
                continue;
            }
            // Stable sort, then keep the last vote of each statement.
            cells.sort_by_key(|&(s, _)| s);
            let mut row: Vec<(u32, i8)> = Vec::with_capacity(cells.len());
            for (s, value) in cells {
                let column = column_of[s as usize];
                match row.last_mut() {
                    Some(last) if last.0 == column => last.1 = value,
                    _ => row.push((column, value)),
                }
            }
            rows.push((p as u32, row));
        }
        // Polis reads votes by statement, then participant: rows come in the order of the
        // first statement each participant voted on, then by participant.
        rows.sort_by_key(|(p, row)| (row[0].0, *p));
        let (row_participant, rows): (Vec<u32>, Vec<Vec<(u32, i8)>>) = rows.into_iter().unzip();
        VoteMatrix {
            row_participant,
            column_statement,
            column_excluded,
            rows,
        }
    }

    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    pub fn column_count(&self) -> usize {
        self.column_statement.len()
    }

    /// Votes per row, excluded statements included (Polis's `user-vote-counts`).
    pub fn vote_counts(&self) -> Vec<usize> {
        self.rows.iter().map(Vec::len).collect()
    }

    /// Mean of each column's votes, over those who voted; 0 for excluded columns, whose
    /// cells all count as 0.
    pub fn column_means(&self) -> Vec<f64> {
        let mut sums = vec![0.0; self.column_count()];
        let mut counts = vec![0usize; self.column_count()];
        for row in &self.rows {
            for &(c, v) in row {
                sums[c as usize] += f64::from(v);
                counts[c as usize] += 1;
            }
        }
        sums.iter()
            .zip(&counts)
            .zip(&self.column_excluded)
            .map(|((sum, count), excluded)| {
                if *excluded || *count == 0 {
                    0.0
                } else {
                    sum / *count as f64
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vote(participant: u32, statement: u32, value: i8) -> Vote {
        Vote {
            participant,
            statement,
            value,
        }
    }

    #[test]
    fn rows_and_columns_without_votes_are_left_out_and_the_last_vote_counts() {
        let votes = [vote(0, 2, 1), vote(2, 0, -1), vote(0, 2, -1), vote(2, 2, 0)];
        let m = VoteMatrix::new(3, &[false, false, false], &votes);
        // Participant 2 voted on the first column, so comes first.
        assert_eq!(m.row_participant, vec![2, 0]);
        assert_eq!(m.column_statement, vec![0, 2]);
        assert_eq!(m.rows, vec![vec![(0, -1), (1, 0)], vec![(1, -1)]]);
        assert_eq!(m.column_means(), vec![-1.0, -0.5]);
    }

    #[test]
    fn excluded_columns_have_a_zero_mean() {
        let m = VoteMatrix::new(1, &[true], &[vote(0, 0, 1)]);
        assert_eq!(m.column_means(), vec![0.0]);
        assert_eq!(m.vote_counts(), vec![1]);
    }
}
