import { describe, expect, it } from "vitest";
import {
  agreementReading,
  assessorStatus,
  criteriaRequest,
  criterionRow,
  formatPercent,
  formatScore,
  groupByDimension,
  scoresToSend,
  totalsSpread,
  wholeNumber,
} from "./figures";

const criteria = [
  { id: "o1", dimension: "outcome" as const, weight: 40 },
  { id: "s1", dimension: "structure" as const, weight: 20 },
  { id: "p1", dimension: "process" as const, weight: 30 },
  { id: "s2", dimension: "structure" as const, weight: 10 },
];

describe("an award's criteria by dimension", () => {
  it("reads structure, process, outcome, keeping the award's order within each", () => {
    const groups = groupByDimension(criteria);
    expect(groups.map((g) => g.dimension)).toEqual(["structure", "process", "outcome"]);
    expect(groups[0]?.criteria.map((c) => c.id)).toEqual(["s1", "s2"]);
  });

  it("sums each dimension's weights and its share of them all", () => {
    expect(groupByDimension(criteria).map((g) => [g.weight, g.share])).toEqual([
      [30, 30],
      [30, 30],
      [40, 40],
    ]);
  });

  it("leaves out dimensions without a criterion", () => {
    expect(groupByDimension([criteria[0]!]).map((g) => g.dimension)).toEqual(["outcome"]);
    expect(groupByDimension([])).toEqual([]);
  });
});

describe("figures as readers expect them", () => {
  it("writes percentages and means to one decimal at most", () => {
    expect(formatPercent(73.33, "th")).toBe("73.3%");
    expect(formatPercent(80, "en")).toBe("80%");
    expect(formatScore(3.5, "en")).toBe("3.5");
    expect(formatPercent(1234.5, "en")).toBe("1,234.5%");
  });
});

describe("where an assessor stands", () => {
  it("is undeclared, recused, scoring or done", () => {
    expect(assessorStatus({ has_conflict: null, scored: 0 }, 3)).toBe("undeclared");
    expect(assessorStatus({ has_conflict: true, scored: 0 }, 3)).toBe("recused");
    expect(assessorStatus({ has_conflict: false, scored: 2 }, 3)).toBe("scoring");
    expect(assessorStatus({ has_conflict: false, scored: 3 }, 3)).toBe("scored");
  });
});

describe("the assessors' agreement", () => {
  it("has nothing to say before two assessors score a criterion", () => {
    const agreement = { criteria_compared: 0, criteria_within_one_point: 0, diverges: false, total_range: null };
    expect(agreementReading({ agreement })).toEqual({ kind: "none" });
  });

  it("counts the criteria within one point and says when they diverge", () => {
    const agreement = { criteria_compared: 3, criteria_within_one_point: 2, diverges: true, total_range: 12.5 };
    expect(agreementReading({ agreement })).toEqual({
      kind: "compared",
      within: 2,
      compared: 3,
      diverges: true,
      totalRange: 12.5,
    });
  });

  it("spreads the totals of the assessors whose scores count", () => {
    expect(
      totalsSpread([
        { has_conflict: false, total: 70 },
        { has_conflict: false, total: 82.5 },
        { has_conflict: true, total: null },
        { has_conflict: false, total: null },
        { has_conflict: null, total: null },
      ]),
    ).toEqual({ lowest: 70, highest: 82.5 });
    expect(totalsSpread([{ has_conflict: true, total: null }])).toBeNull();
  });
});

describe("forms", () => {
  it("sends the scores chosen, in the award's order", () => {
    expect(scoresToSend({ p1: 4, o1: 5, s2: undefined }, criteria)).toEqual([
      { criterion_id: "o1", score: 5 },
      { criterion_id: "p1", score: 4 },
    ]);
  });

  it("sends criteria rows as the API takes them", () => {
    const row = { ...criterionRow("process"), name: "การมีส่วนร่วม", nameEn: "  ", weight: "25" };
    const unweighted = { ...criterionRow("outcome"), name: "ผลต่อชุมชน", nameEn: "Community outcome", weight: "" };
    expect(criteriaRequest([row, unweighted])).toEqual([
      { dimension: "process", name: "การมีส่วนร่วม", name_en: null, weight: 25 },
      { dimension: "outcome", name: "ผลต่อชุมชน", name_en: "Community outcome", weight: 0 },
    ]);
    expect(criterionRow("structure").key).not.toBe(criterionRow("structure").key);
  });

  it("reads whole numbers, and sends what is not one out of range", () => {
    expect(wholeNumber(" 60 ")).toBe(60);
    expect(wholeNumber("")).toBe(0);
    expect(wholeNumber("12.5", -1)).toBe(-1);
    expect(wholeNumber("abc", -1)).toBe(-1);
  });
});
