// The awards' arithmetic and shaping for display, apart from React: criteria grouped by
// dimension, percentages and means as readers expect them, where an assessor stands, and the
// new-award form's criteria rows as the API takes them.
import type {
  AssessorSummary,
  AwardCriterion,
  AwardDimension,
  AwardRequest,
  CriterionScore,
  AssessmentFigures,
} from "./api";

/** The three dimensions of an award's criteria, in the order they are read. */
export const DIMENSIONS = ["structure", "process", "outcome"] as const satisfies readonly AwardDimension[];

/** A score runs from 1 (weak) to 5 (excellent). */
export const SCORES = [1, 2, 3, 4, 5] as const;

export interface DimensionGroup<C> {
  dimension: AwardDimension;
  criteria: C[];
  /** The sum of its criteria's weights. */
  weight: number;
  /** Its share of all the weights, in whole percent. */
  share: number;
}

/**
 * The criteria by dimension (structure, process, outcome), each keeping the award's order;
 * dimensions without a criterion are left out.
 */
export function groupByDimension<C extends { dimension: AwardDimension; weight: number }>(
  criteria: readonly C[],
): DimensionGroup<C>[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return DIMENSIONS.map((dimension) => {
    const of = criteria.filter((c) => c.dimension === dimension);
    const weight = of.reduce((sum, c) => sum + c.weight, 0);
    return { dimension, criteria: of, weight, share: total > 0 ? Math.round((weight / total) * 100) : 0 };
  }).filter((group) => group.criteria.length > 0);
}

function numberFormat(language: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(language.startsWith("en") ? "en-GB" : "th-TH", {
    maximumFractionDigits: digits,
  });
}

/** "73.5%": a percentage to one decimal place at most. */
export function formatPercent(value: number, language: string): string {
  return `${numberFormat(language, 1).format(value)}%`;
}

/** A mean score ("3.5") to one decimal place at most. */
export function formatScore(value: number, language: string): string {
  return numberFormat(language, 1).format(value);
}

/** Where an assessor stands with an application. */
export type AssessorStatus = "undeclared" | "recused" | "scoring" | "scored";

export function assessorStatus(
  assessor: Pick<AssessorSummary, "has_conflict" | "scored">,
  criteriaCount: number,
): AssessorStatus {
  if (assessor.has_conflict == null) return "undeclared";
  if (assessor.has_conflict) return "recused";
  return assessor.scored >= criteriaCount && criteriaCount > 0 ? "scored" : "scoring";
}

/** How the assessors' agreement reads: nothing to compare with fewer than two scores a criterion. */
export type AgreementReading =
  | { kind: "none" }
  | { kind: "compared"; within: number; compared: number; diverges: boolean; totalRange: number | null };

export function agreementReading(figures: Pick<AssessmentFigures, "agreement">): AgreementReading {
  const a = figures.agreement;
  if (a.criteria_compared === 0) return { kind: "none" };
  return {
    kind: "compared",
    within: a.criteria_within_one_point,
    compared: a.criteria_compared,
    diverges: a.diverges,
    totalRange: a.total_range ?? null,
  };
}

/** An assessor's scores by criterion, for a form to start from. */
export function scoreDraft(scores: readonly CriterionScore[]): Record<string, number> {
  return Object.fromEntries(scores.map((s) => [s.criterion_id, s.score]));
}

/** The scores chosen in a form, in the award's order of criteria. */
export function scoresToSend(
  draft: Readonly<Record<string, number | undefined>>,
  criteria: readonly Pick<AwardCriterion, "id">[],
): CriterionScore[] {
  return criteria.flatMap((c) => {
    const score = draft[c.id];
    return score === undefined ? [] : [{ criterion_id: c.id, score }];
  });
}

/** One criterion as typed in the new-award form. */
export interface CriterionRow {
  /** Stable while rows are added and removed, for React. */
  key: number;
  dimension: AwardDimension;
  name: string;
  nameEn: string;
  weight: string;
}

let nextRowKey = 0;

export function criterionRow(dimension: AwardDimension): CriterionRow {
  nextRowKey += 1;
  return { key: nextRowKey, dimension, name: "", nameEn: "", weight: "1" };
}

/**
 * A whole number typed in a form; what is not one goes as 0 (or -1 for a threshold), which
 * the server refuses beside its field like any other value out of range.
 */
export function wholeNumber(raw: string, fallback = 0): number {
  const value = Number(raw.trim());
  return raw.trim() !== "" && Number.isInteger(value) ? value : fallback;
}

/** The rows as the API takes them: English names left empty are not sent. */
export function criteriaRequest(rows: readonly CriterionRow[]): AwardRequest["criteria"] {
  return rows.map((row) => ({
    dimension: row.dimension,
    name: row.name,
    name_en: row.nameEn.trim() || null,
    weight: wholeNumber(row.weight),
  }));
}

/** The lowest and highest weighted totals of the assessors whose scores count. */
export function totalsSpread(
  assessors: readonly { has_conflict?: boolean | null; total?: number | null }[],
): { lowest: number; highest: number } | null {
  const totals = assessors.flatMap((a) => (a.has_conflict === false && a.total != null ? [a.total] : []));
  if (totals.length === 0) return null;
  return { lowest: Math.min(...totals), highest: Math.max(...totals) };
}
