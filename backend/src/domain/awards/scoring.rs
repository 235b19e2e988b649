//! The arithmetic of an assessment, apart from the database: weighted scores in percent of the
//! highest possible, per criterion figures across assessors, and how far assessors agree.

use std::collections::BTreeMap;

use uuid::Uuid;

use crate::db::entities::award_criteria::AwardDimension;

/// Scores run from 1 (weak) to 5 (excellent).
pub const LOWEST_SCORE: i32 = 1;
pub const HIGHEST_SCORE: i32 = 5;

/// What the arithmetic needs of a criterion.
#[derive(Debug, Clone, Copy)]
pub struct Weighted {
    pub id: Uuid,
    pub dimension: AwardDimension,
    pub weight: i32,
}

/// One assessor's scores, by criterion.
pub type Scores = BTreeMap<Uuid, i32>;

/// Percent of the highest possible score, over the given criteria, when every one of them is
/// scored; `None` while any is missing (or there are none).
pub fn weighted_percent<'a>(
    criteria: impl IntoIterator<Item = &'a Weighted>,
    scores: &Scores,
) -> Option<f64> {
    let mut earned = 0.0;
    let mut possible = 0.0;
    for criterion in criteria {
        let score = scores.get(&criterion.id)?;
        earned += f64::from(criterion.weight) * f64::from(*score);
        possible += f64::from(criterion.weight) * f64::from(HIGHEST_SCORE);
    }
    (possible > 0.0).then(|| round1(earned / possible * 100.0))
}

/// The weighted percent of each dimension that has criteria, when all of them are scored.
pub fn per_dimension(criteria: &[Weighted], scores: &Scores) -> BTreeMap<AwardDimension, f64> {
    let mut dimensions: Vec<AwardDimension> = criteria.iter().map(|c| c.dimension).collect();
    dimensions.sort_unstable();
    dimensions.dedup();
    dimensions
        .into_iter()
        .filter_map(|d| {
            let of_dimension = criteria.iter().filter(|c| c.dimension == d);
            weighted_percent(of_dimension, scores).map(|p| (d, p))
        })
        .collect()
}

/// One criterion's scores across the assessors who gave one.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread {
    pub count: usize,
    pub mean: f64,
    pub lowest: i32,
    pub highest: i32,
}

impl Spread {
    pub fn of(scores: &[i32]) -> Option<Spread> {
        let lowest = *scores.iter().min()?;
        let highest = *scores.iter().max()?;
        let sum: i32 = scores.iter().sum();
        Some(Spread {
            count: scores.len(),
            mean: round1(f64::from(sum) / scores.len() as f64),
            lowest,
            highest,
        })
    }

    /// Points between the lowest and the highest score.
    pub fn range(&self) -> i32 {
        self.highest - self.lowest
    }
}

/// How far assessors agree on an application: on how many of the criteria two or more of them
/// scored they were within one point of each other, and the widest gap between their totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub criteria_compared: usize,
    pub criteria_within_one_point: usize,
    /// Percentage points between the lowest and highest complete total; absent below two.
    pub total_range: Option<f64>,
}

impl Agreement {
    pub fn of(spreads: &[Spread], totals: &[f64]) -> Agreement {
        let compared: Vec<&Spread> = spreads.iter().filter(|s| s.count >= 2).collect();
        let total_range = (totals.len() >= 2).then(|| {
            let lowest = totals.iter().copied().fold(f64::INFINITY, f64::min);
            let highest = totals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            round1(highest - lowest)
        });
        Agreement {
            criteria_compared: compared.len(),
            criteria_within_one_point: compared.iter().filter(|s| s.range() <= 1).count(),
            total_range,
        }
    }

    /// Whether the assessors should talk before a decision: two points or more apart on
    /// some criterion.
    pub fn diverges(&self) -> bool {
        self.criteria_within_one_point < self.criteria_compared
    }
}

/// The mean of complete totals, the figure compared with the call's threshold.
pub fn mean(totals: &[f64]) -> Option<f64> {
    (!totals.is_empty()).then(|| round1(totals.iter().sum::<f64>() / totals.len() as f64))
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(dimension: AwardDimension, weight: i32) -> Weighted {
        Weighted {
            id: Uuid::new_v4(),
            dimension,
            weight,
        }
    }

    #[test]
    fn a_weighted_score_counts_heavier_criteria_more_and_waits_for_every_criterion() {
        let structure = criterion(AwardDimension::Structure, 1);
        let outcome = criterion(AwardDimension::Outcome, 3);
        let criteria = [structure, outcome];
        let mut scores = Scores::new();
        scores.insert(structure.id, 5);
        assert_eq!(weighted_percent(&criteria, &scores), None, "one missing");
        scores.insert(outcome.id, 1);
        // (1×5 + 3×1) / (4×5) = 8/20.
        assert_eq!(weighted_percent(&criteria, &scores), Some(40.0));
        let dimensions = per_dimension(&criteria, &scores);
        assert_eq!(dimensions[&AwardDimension::Structure], 100.0);
        assert_eq!(dimensions[&AwardDimension::Outcome], 20.0);
        assert!(!dimensions.contains_key(&AwardDimension::Process));
    }

    #[test]
    fn agreement_counts_criteria_within_one_point_among_those_two_assessors_scored() {
        let close = Spread::of(&[4, 5]).expect("scores");
        let apart = Spread::of(&[1, 4]).expect("scores");
        let alone = Spread::of(&[2]).expect("a score");
        assert_eq!(close.mean, 4.5);
        let agreement = Agreement::of(&[close, apart, alone], &[80.0, 55.5]);
        assert_eq!(agreement.criteria_compared, 2);
        assert_eq!(agreement.criteria_within_one_point, 1);
        assert_eq!(agreement.total_range, Some(24.5));
        assert!(agreement.diverges());
        assert_eq!(mean(&[80.0, 55.5]), Some(67.8));
        assert_eq!(mean(&[]), None);
    }
}
