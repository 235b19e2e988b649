import { describe, expect, it } from "vitest";
import en from "./en.json";
import th from "./th.json";

function keys(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) return keys(value as object, path);
    expect(String(value).trim(), path).not.toBe("");
    return [path.replace(/_(zero|one|two|few|many|other)$/, "")];
  });
}

describe("search catalogues", () => {
  it("translate every string into both Thai and English", () => {
    expect([...new Set(keys(th))].sort()).toEqual([...new Set(keys(en))].sort());
  });

  it("keep Thai out of English", () => {
    expect(JSON.stringify(en)).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});
