import { describe, expect, it } from "vitest";
import type { Consultation } from "@/api/types";
import { answerProblems, draftFrom, emptyDraft, inputFrom } from "./draft";

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

  it("sends the answer settings as whole numbers, and blank ones as none", () => {
    const draft = emptyDraft();
    expect(inputFrom(draft).answer_due_days).toBeNull();
    expect(inputFrom(draft).answer_support_threshold).toBeNull();
    draft.answers = { answer_due_days: " 45 ", answer_support_threshold: "0" };
    expect(answerProblems(draft)).toEqual({});
    const input = inputFrom(draft);
    expect(input.answer_due_days).toBe(45);
    expect(input.answer_support_threshold).toBe(0);
  });

  it("finds answer settings that are not whole numbers or outside the API's bounds", () => {
    const draft = emptyDraft();
    draft.answers = { answer_due_days: "0", answer_support_threshold: "2.5" };
    expect(answerProblems(draft)).toEqual({ answer_due_days: "out_of_range", answer_support_threshold: "invalid" });
    draft.answers = { answer_due_days: "3651", answer_support_threshold: "1000000001" };
    expect(answerProblems(draft)).toEqual({
      answer_due_days: "out_of_range",
      answer_support_threshold: "out_of_range",
    });
    draft.answers = { answer_due_days: "3650", answer_support_threshold: "1000000000" };
    expect(answerProblems(draft)).toEqual({});
  });

  it("sends the English title and summary trimmed, and blank ones as none", () => {
    expect(inputFrom({ ...emptyDraft(), titleEn: "  ", summaryEn: "" })).toMatchObject({
      title_en: null,
      summary_en: null,
    });
    expect(inputFrom({ ...emptyDraft(), titleEn: " Justice close to home ", summaryEn: "Why" })).toMatchObject({
      title_en: "Justice close to home",
      summary_en: "Why",
    });
  });

  it("reads the English text and answer settings back from a consultation", () => {
    const consultation = {
      title: "ชื่อ",
      title_en: "Name",
      summary: "สรุป",
      summary_en: null,
      slug: "s",
      body: "b",
      phase: "draft",
      themes: [],
      provinces: [],
      criteria: [],
      timeline: { ideation_starts_at: null, voting_starts_at: null, review_starts_at: null, closes_at: null },
      owner_organization_id: null,
      answer_due_days: 30,
      answer_support_threshold: null,
    } as unknown as Consultation;
    const draft = draftFrom(consultation);
    expect(draft.titleEn).toBe("Name");
    expect(draft.summaryEn).toBe("");
    expect(draft.answers).toEqual({ answer_due_days: "30", answer_support_threshold: "" });
  });
});
