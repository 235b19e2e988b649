import { describe, expect, it } from "vitest";
import { chartPoints } from "./IndicatorChart";

const value = (id: string, v: number, day: string) => ({
  id,
  value: v,
  measured_on: day,
  source: "s",
  recorded_at: `${day}T00:00:00Z`,
});

describe("an indicator's chart", () => {
  it("spreads values over their dates and scales baseline, target and values together", () => {
    const drawn = chartPoints({
      baseline: 100,
      target: 300,
      values: [value("a", 100, "2026-01-01"), value("b", 300, "2026-03-01")],
    });
    expect(drawn.baseline).toBe(112);
    expect(drawn.target).toBe(8);
    expect(drawn.points.map((p) => [p.x, p.y])).toEqual([
      [8, 112],
      [312, 8],
    ]);
  });

  it("centres a single value", () => {
    const drawn = chartPoints({ baseline: 10, target: 0, values: [value("a", 5, "2026-01-01")] });
    expect(drawn.points).toEqual([{ id: "a", x: 160, y: 60 }]);
  });
});
