import { describe, expect, it } from "vitest";
import en from "./en.json";
import th from "./th.json";
import { catalogueKeys as keys } from "@/i18n/catalogueKeys";

describe("the awards' catalogues", () => {
  it("translate every string into both Thai and English", () => {
    expect(keys(th)).toEqual(keys(en));
  });

  it("keep the English catalogue free of Thai script", () => {
    expect(JSON.stringify(en)).not.toMatch(/[\u0E00-\u0E7F]/);
  });
});
