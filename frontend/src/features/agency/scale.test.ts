import { describe, expect, it } from "vitest";
import { linear, scalePoints } from "./scale";

const box = { width: 200, height: 100, padding: 10 };

describe("scalePoints", () => {
  it("keeps every point inside the padded box", () => {
    const points = scalePoints(
      [
        { x: -3, y: 1 },
        { x: 5, y: -2 },
        { x: 0, y: 0 },
      ],
      box,
    );
    for (const p of points) {
      expect(p.cx).toBeGreaterThanOrEqual(10);
      expect(p.cx).toBeLessThanOrEqual(190);
      expect(p.cy).toBeGreaterThanOrEqual(10);
      expect(p.cy).toBeLessThanOrEqual(90);
    }
  });

  it("uses one scale for both axes and draws y upwards", () => {
    const [a, b] = scalePoints(
      [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
      box,
    );
    // The tighter axis (height 80) sets the scale: one unit is 80 px either way.
    expect(b!.cx - a!.cx).toBeCloseTo(80);
    expect(a!.cy - b!.cy).toBeCloseTo(80);
  });

  it("puts a lone point in the middle", () => {
    expect(scalePoints([{ x: 4, y: 4 }], box)[0]).toMatchObject({ cx: 100, cy: 50 });
  });

  it("returns nothing for no points", () => {
    expect(scalePoints([], box)).toEqual([]);
  });
});

describe("linear", () => {
  it("maps the ends of the range onto the ends of the target", () => {
    const f = linear(0, 10, 100, 0);
    expect(f(0)).toBe(100);
    expect(f(10)).toBe(0);
    expect(f(5)).toBe(50);
  });

  it("places a flat range in the middle", () => {
    expect(linear(3, 3, 0, 10)(3)).toBe(5);
  });
});
