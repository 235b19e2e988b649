import { describe, expect, it } from "vitest";
import en from "./en.json";
import th from "./th.json";

/** Dotted keys of a catalogue, with plural suffixes folded into their base key. */
function keys(catalogue: object, prefix = ""): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) {
      for (const nested of keys(value as object, path)) found.add(nested);
    } else {
      expect(String(value).trim(), path).not.toBe("");
      found.add(path.replace(/_(zero|one|two|few|many|other)$/, ""));
    }
  }
  return found;
}

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
