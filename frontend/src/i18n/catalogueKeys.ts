// For the catalogue tests: the dotted keys of a translation catalogue, plural suffixes folded
// into their base key, with every string checked to be non-empty on the way.
import { expect } from "vitest";

export function catalogueKeys(catalogue: object, prefix = ""): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) {
      for (const nested of catalogueKeys(value as object, path)) found.add(nested);
    } else {
      expect(String(value).trim(), path).not.toBe("");
      found.add(path.replace(/_(zero|one|two|few|many|other)$/, ""));
    }
  }
  return found;
}
