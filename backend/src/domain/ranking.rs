//! Rank scores fixed at write time, so list orders need no periodic recompute.

use chrono::{DateTime, Utc};

/// The vote tallies a proposal's scores are computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub agree: i32,
    pub disagree: i32,
    pub pass: i32,
}

impl Tally {
    pub fn support(&self) -> i32 {
        self.agree - self.disagree
    }
}

/// Age worth a tenfold gain in net support: a proposal 12.5 hours older needs ten times the
/// support to rank level with a new one.
const HOT_SECS_PER_DECADE: f64 = 45_000.0;
/// 2026-01-01T00:00:00Z, keeps the scores small.
const EPOCH_SECS: i64 = 1_767_225_600;

/// "Hot": net support on a log scale plus recency, so it never needs recomputing as time passes.
pub fn hot(tally: Tally, created_at: DateTime<Utc>) -> f64 {
    let net = tally.support() as f64;
    let order = net.abs().max(1.0).log10();
    let sign = net.signum();
    let age = (created_at.timestamp() - EPOCH_SECS) as f64;
    sign * order + age / HOT_SECS_PER_DECADE
}

/// "Controversial": many votes, evenly split.
pub fn controversy(tally: Tally) -> f64 {
    if tally.agree <= 0 || tally.disagree <= 0 {
        return 0.0;
    }
    let magnitude = (tally.agree + tally.disagree) as f64;
    let balance = tally.agree.min(tally.disagree) as f64 / tally.agree.max(tally.disagree) as f64;
    magnitude.powf(balance)
}

/// The lower bound of the 95% Wilson score interval for the share of agree among agree and
/// disagree votes: a proposal with few votes ranks below one with the same share and many.
pub fn wilson_lower_bound(agree: i64, disagree: i64) -> f64 {
    let n = (agree + disagree) as f64;
    if n <= 0.0 {
        return 0.0;
    }
    const Z: f64 = 1.959_963_984_540_054;
    let p = agree as f64 / n;
    let z2 = Z * Z;
    let centre = p + z2 / (2.0 * n);
    let margin = Z * ((p * (1.0 - p) + z2 / (4.0 * n)) / n).sqrt();
    ((centre - margin) / (1.0 + z2 / n)).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn wilson_ranks_many_votes_above_few_at_the_same_share() {
        assert_eq!(wilson_lower_bound(0, 0), 0.0);
        let few = wilson_lower_bound(9, 1);
        let many = wilson_lower_bound(900, 100);
        assert!(few < many && many < 0.9, "{few} {many}");
        // Known value: 80 agree, 20 disagree → about 0.711.
        assert!((wilson_lower_bound(80, 20) - 0.7112).abs() < 0.001);
    }

    #[test]
    fn hot_prefers_support_and_recency() {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        let later = t0 + chrono::Duration::hours(12);
        let popular = Tally {
            agree: 100,
            disagree: 0,
            pass: 0,
        };
        let none = Tally::default();
        assert!(hot(popular, t0) > hot(none, t0));
        assert!(hot(none, later) > hot(none, t0));
        assert!(
            hot(popular, t0) > hot(none, later),
            "ten-fold support outweighs 12 hours"
        );
    }

    #[test]
    fn controversy_needs_both_sides() {
        assert_eq!(
            controversy(Tally {
                agree: 10,
                disagree: 0,
                pass: 3
            }),
            0.0
        );
        let even = controversy(Tally {
            agree: 10,
            disagree: 10,
            pass: 0,
        });
        let lopsided = controversy(Tally {
            agree: 19,
            disagree: 1,
            pass: 0,
        });
        assert!(even > lopsided);
        assert_eq!(even, 20.0);
    }
}
