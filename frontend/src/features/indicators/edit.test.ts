import { describe, expect, it } from "vitest";
import { draftOf, indicatorChanges } from "./edit";

const opened = draftOf({
  id: "i1",
  consultation_id: "c1",
  result_id: "r1",
  name: "คดีที่ยุติได้",
  name_en: null,
  unit: "คดี",
  baseline: 120,
  target: 300,
  direction: "increase",
  description: "นับทุกอำเภอ",
  position: 0,
  latest: null,
  progress: null,
  values: [],
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
});

describe("an indicator's edit", () => {
  it("sends nothing when nothing changed, whatever the spacing or the way a number is written", () => {
    expect(indicatorChanges(opened, { ...opened, name: ` ${opened.name} `, baseline: "120.0", target: "3e2" })).toEqual({
      changes: {},
      missing: [],
    });
  });

  it("sends only the changed fields, trimmed, with numbers as numbers", () => {
    expect(indicatorChanges(opened, { ...opened, target: "350", nameEn: " Cases settled " }).changes).toEqual({
      target: 350,
      name_en: "Cases settled",
    });
  });

  it("clears an optional text emptied, and sends a required one emptied for the server to refuse", () => {
    expect(indicatorChanges(opened, { ...opened, description: "  ", unit: "" }).changes).toEqual({
      description: null,
      unit: "",
    });
  });

  it("refuses an emptied baseline or target rather than leave it out unnoticed", () => {
    const { changes, missing } = indicatorChanges(opened, { ...opened, baseline: "", target: "0" });
    expect(changes).toEqual({ target: 0 });
    expect(missing.map((m) => [m.field, m.code])).toEqual([["baseline", "required"]]);
  });
});
