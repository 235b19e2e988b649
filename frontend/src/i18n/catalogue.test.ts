import { describe, expect, it } from "vitest";
import en from "./en.json";
import th from "./th.json";
import { catalogueKeys as keys } from "./catalogueKeys";

describe("translation catalogues", () => {
  it("translate every string into both Thai and English", () => {
    const thai = keys(th);
    const english = keys(en);
    expect([...thai].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !thai.has(key))).toEqual([]);
  });

  it("give English plurals both forms", () => {
    const flat = JSON.stringify(en);
    for (const match of flat.matchAll(/"(\w+)_other"/g)) {
      expect(flat, match[1]).toContain(`"${match[1]}_one"`);
    }
  });

  it("keep the English catalogue free of Thai script", () => {
    expect(JSON.stringify(en)).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});
