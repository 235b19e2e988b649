//! Representative statements: for each group and statement, how much more (or less) the
//! group agrees than everyone else, with Polis's smoothed probabilities, ratios and z-tests,
//! and its rules for picking up to five statements per group.

use serde::Serialize;

use super::matrix::VoteMatrix;

/// One-sided 90 % significance for a z statistic.
pub fn z_significant_90(z: f64) -> bool {
    z > 1.2816
}

/// z statistic that the proportion `successes / trials` is above one half (add-one smoothed).
pub fn proportion_test(successes: u32, trials: u32) -> f64 {
    let (s, n) = (f64::from(successes + 1), f64::from(trials + 1));
    2.0 * n.sqrt() * (s / n - 0.5)
}

/// z statistic that proportion 1 is above proportion 2 (add-one smoothed).
pub fn two_proportion_test(successes1: u32, successes2: u32, trials1: u32, trials2: u32) -> f64 {
    let (s1, s2, n1, n2) = (successes1 + 1, successes2 + 1, trials1 + 1, trials2 + 1);
    if s1 + s2 == n1 + n2 {
        return 0.0;
    }
    let (s1, s2, n1, n2) = (f64::from(s1), f64::from(s2), f64::from(n1), f64::from(n2));
    let pi_hat = (s1 + s2) / (n1 + n2);
    (s1 / n1 - s2 / n2) / (pi_hat * (1.0 - pi_hat) * (1.0 / n1 + 1.0 / n2)).sqrt()
}

/// Agree / disagree / seen counts of one statement within a set of participants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub agree: u32,
    pub disagree: u32,
    pub seen: u32,
}

/// Counts per group (outer) and column (inner), from the raw votes of each group's rows.
pub fn group_counts(matrix: &VoteMatrix, groups: &[Vec<usize>]) -> Vec<Vec<Counts>> {
    groups
        .iter()
        .map(|rows| {
            let mut counts = vec![Counts::default(); matrix.column_count()];
            for &r in rows {
                for &(c, v) in &matrix.rows[r] {
                    let cell = &mut counts[c as usize];
                    cell.seen += 1;
                    match v {
                        1 => cell.agree += 1,
                        -1 => cell.disagree += 1,
                        _ => {}
                    }
                }
            }
            counts
        })
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RepfulFor {
    Agree,
    Disagree,
}

/// A representative statement of a group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Representative {
    /// Column of the vote matrix.
    #[serde(skip)]
    pub column: usize,
    /// The caller's statement index.
    pub statement: u32,
    pub repful_for: RepfulFor,
    /// Members of the group who voted that way, and who voted at all.
    pub n_success: u32,
    pub n_trials: u32,
    /// Smoothed probability that a member votes that way, and its z statistic.
    pub p_success: f64,
    pub p_test: f64,
    /// How many times more likely than the other groups, and its z statistic.
    pub repness: f64,
    pub repness_test: f64,
    /// Whether it was picked as the group's best agreed statement.
    pub best_agree: bool,
}

#[derive(Clone, Copy, Debug)]
struct Stats {
    na: u32,
    nd: u32,
    ns: u32,
    pa: f64,
    pd: f64,
    pat: f64,
    pdt: f64,
    ra: f64,
    rd: f64,
    rat: f64,
    rdt: f64,
}

fn stats(own: Counts, rest: Counts) -> Stats {
    let pa = f64::from(own.agree + 1) / f64::from(own.seen + 2);
    let pd = f64::from(own.disagree + 1) / f64::from(own.seen + 2);
    let rest_pa = f64::from(rest.agree + 1) / f64::from(rest.seen + 2);
    let rest_pd = f64::from(rest.disagree + 1) / f64::from(rest.seen + 2);
    Stats {
        na: own.agree,
        nd: own.disagree,
        ns: own.seen,
        pa,
        pd,
        pat: proportion_test(own.agree, own.seen),
        pdt: proportion_test(own.disagree, own.seen),
        ra: pa / rest_pa,
        rd: pd / rest_pd,
        rat: two_proportion_test(own.agree, rest.agree, own.seen, rest.seen),
        rdt: two_proportion_test(own.disagree, rest.disagree, own.seen, rest.seen),
    }
}

fn finalize(matrix: &VoteMatrix, column: usize, s: &Stats) -> Representative {
    let agree = s.rat > s.rdt;
    let (n_success, p_success, p_test, repness, repness_test, repful_for) = if agree {
        (s.na, s.pa, s.pat, s.ra, s.rat, RepfulFor::Agree)
    } else {
        (s.nd, s.pd, s.pdt, s.rd, s.rdt, RepfulFor::Disagree)
    };
    Representative {
        column,
        statement: matrix.column_statement[column],
        repful_for,
        n_success,
        n_trials: s.ns,
        p_success,
        p_test,
        repness,
        // Polis keeps this one in single precision; its sort order depends on it.
        repness_test: f64::from(repness_test as f32),
        best_agree: false,
    }
}

fn passes(s: &Stats) -> bool {
    (z_significant_90(s.rat) && z_significant_90(s.pat))
        || (z_significant_90(s.rdt) && z_significant_90(s.pdt))
}

fn beats_best_agree(s: &Stats, best: Option<&Stats>) -> bool {
    if s.na == 0 && s.nd == 0 {
        return false;
    }
    match best {
        Some(b) if b.ra > 1.0 => s.ra * s.rat * s.pa * s.pat > b.ra * b.rat * b.pa * b.pat,
        Some(b) => s.pa * s.pat > b.pa * b.pat,
        None => z_significant_90(s.pat) || (s.ra > 1.0 && s.pa > 0.5),
    }
}

fn metric(r: &Representative) -> f64 {
    r.repness * r.repness_test * r.p_success * r.p_test
}

/// Up to five representative statements per group (`groups` are row indexes), agreed ones
/// first; never an excluded statement.
pub fn representatives(matrix: &VoteMatrix, groups: &[Vec<usize>]) -> Vec<Vec<Representative>> {
    let counts = group_counts(matrix, groups);
    let mut totals = vec![Counts::default(); matrix.column_count()];
    for group in &counts {
        for (t, c) in totals.iter_mut().zip(group) {
            t.agree += c.agree;
            t.disagree += c.disagree;
            t.seen += c.seen;
        }
    }
    counts
        .iter()
        .map(|group| {
            let mut sufficient: Vec<Representative> = Vec::new();
            let mut best: Option<Representative> = None;
            let mut best_agree: Option<(usize, Stats)> = None;
            for (column, own) in group.iter().enumerate() {
                if matrix.column_excluded[column] {
                    continue;
                }
                let total = totals[column];
                let rest = Counts {
                    agree: total.agree - own.agree,
                    disagree: total.disagree - own.disagree,
                    seen: total.seen - own.seen,
                };
                let s = stats(*own, rest);
                if passes(&s) {
                    sufficient.push(finalize(matrix, column, &s));
                }
                if sufficient.is_empty()
                    && best
                        .as_ref()
                        .is_none_or(|b| s.rat.max(s.rdt) > b.repness_test)
                {
                    best = Some(finalize(matrix, column, &s));
                }
                if beats_best_agree(&s, best_agree.as_ref().map(|(_, b)| b)) {
                    best_agree = Some((column, s));
                }
            }
            let best_agree = best_agree.map(|(column, s)| Representative {
                best_agree: true,
                ..finalize(matrix, column, &s)
            });
            if sufficient.is_empty() {
                return best_agree.or(best).into_iter().collect();
            }
            let best_column = best_agree.as_ref().map(|b| b.column);
            sufficient.retain(|r| Some(r.column) != best_column);
            // Stable: ties keep statement order.
            sufficient.sort_by(|a, b| metric(b).total_cmp(&metric(a)));
            let mut picked: Vec<Representative> =
                best_agree.into_iter().chain(sufficient).take(5).collect();
            picked.sort_by_key(|r| r.repful_for != RepfulFor::Agree);
            picked
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinion_groups::matrix::Vote;

    #[test]
    fn the_tests_match_hand_computed_values() {
        // (8+1)/(10+1) − ½ over √11, doubled.
        let z = proportion_test(8, 10);
        assert!((z - 2.0 * 11f64.sqrt() * (9.0 / 11.0 - 0.5)).abs() < 1e-12);
        assert_eq!(two_proportion_test(4, 4, 4, 4), 0.0);
        assert!(two_proportion_test(9, 1, 10, 10) > 3.0);
        assert!(z_significant_90(1.3) && !z_significant_90(1.2816));
    }

    #[test]
    fn a_statement_one_group_agrees_with_and_the_other_rejects_represents_both() {
        // Rows 0..10 agree with statement 0, rows 10..20 disagree; everyone agrees on 1.
        let mut votes = Vec::new();
        for p in 0..20u32 {
            let value = if p < 10 { 1 } else { -1 };
            votes.push(Vote {
                participant: p,
                statement: 0,
                value,
            });
            votes.push(Vote {
                participant: p,
                statement: 1,
                value: 1,
            });
        }
        let m = VoteMatrix::new(20, &[false, false], &votes);
        let groups = vec![(0..10).collect(), (10..20).collect()];
        let reps = representatives(&m, &groups);
        assert_eq!(reps[0][0].column, 0);
        assert_eq!(reps[0][0].repful_for, RepfulFor::Agree);
        assert_eq!(
            reps[1].iter().find(|r| r.column == 0).map(|r| r.repful_for),
            Some(RepfulFor::Disagree)
        );
    }
}
