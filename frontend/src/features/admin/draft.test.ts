import { describe, expect, it } from "vitest";
import { emptyDraft, inputFrom } from "./draft";

describe("consultation editor draft", () => {
  it("sends one label per non-empty line, trimmed", () => {
    const input = inputFrom({ ...emptyDraft(), themes: " การศึกษา \n\nสาธารณสุข\n", provinces: [] });
    expect(input.themes).toEqual(["การศึกษา", "สาธารณสุข"]);
    expect(input.provinces).toEqual([]);
  });

  it("reads dates as Thailand's time and clears the ones left empty", () => {
    const draft = emptyDraft();
    draft.dates.ideation_starts_at = "2026-12-01T09:00";
    const input = inputFrom(draft);
    expect(input.ideation_starts_at).toBe("2026-12-01T02:00:00.000Z");
    expect(input.closes_at).toBeNull();
  });

  it("lets the server make the slug when none is given, and names no owner by default", () => {
    const input = inputFrom({ ...emptyDraft(), slug: "  " });
    expect(input.slug).toBeNull();
    expect(input.owner_organization_id).toBeNull();
    expect(inputFrom(emptyDraft("lab-1")).owner_organization_id).toBe("lab-1");
  });
});
