// The consultation editor's form state, and its conversion to and from the API's shapes.
import type { Consultation, ConsultationInput, Phase } from "@/api/types";
import { fromBangkokInput, toBangkokInput } from "@/i18n/dates";

export const PHASES: readonly Phase[] = ["draft", "ideation", "voting", "review", "closed"];

export const DATE_FIELDS = [
  "ideation_starts_at",
  "voting_starts_at",
  "review_starts_at",
  "closes_at",
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The answer settings and the bounds the API checks them against. */
export const ANSWER_FIELDS = {
  answer_due_days: { min: 1, max: 3650 },
  answer_support_threshold: { min: 0, max: 1_000_000_000 },
} as const;
export type AnswerField = keyof typeof ANSWER_FIELDS;

export interface ConsultationDraft {
  title: string;
  slug: string;
  summary: string;
  /** Optional English title and summary; blank means none. */
  titleEn: string;
  summaryEn: string;
  body: string;
  phase: Phase;
  /** One label per line. */
  themes: string;
  /** Thai names, from the official list. */
  provinces: string[];
  criteria: string;
  /** datetime-local values in Thailand's time. */
  dates: Record<DateField, string>;
  ownerOrganizationId: string;
  /** Whole numbers as typed; blank means none. */
  answers: Record<AnswerField, string>;
}

export function emptyDraft(ownerOrganizationId = ""): ConsultationDraft {
  return {
    title: "",
    slug: "",
    summary: "",
    titleEn: "",
    summaryEn: "",
    body: "",
    phase: "draft",
    themes: "",
    provinces: [],
    criteria: "",
    dates: { ideation_starts_at: "", voting_starts_at: "", review_starts_at: "", closes_at: "" },
    ownerOrganizationId,
    answers: { answer_due_days: "", answer_support_threshold: "" },
  };
}

export function draftFrom(consultation: Consultation): ConsultationDraft {
  const { timeline } = consultation;
  return {
    title: consultation.title,
    slug: consultation.slug,
    summary: consultation.summary,
    titleEn: consultation.title_en ?? "",
    summaryEn: consultation.summary_en ?? "",
    body: consultation.body,
    phase: consultation.phase,
    themes: consultation.themes.join("\n"),
    provinces: [...consultation.provinces],
    criteria: consultation.criteria.join("\n"),
    dates: {
      ideation_starts_at: toBangkokInput(timeline.ideation_starts_at),
      voting_starts_at: toBangkokInput(timeline.voting_starts_at),
      review_starts_at: toBangkokInput(timeline.review_starts_at),
      closes_at: toBangkokInput(timeline.closes_at),
    },
    ownerOrganizationId: consultation.owner_organization_id ?? "",
    answers: {
      answer_due_days: consultation.answer_due_days?.toString() ?? "",
      answer_support_threshold: consultation.answer_support_threshold?.toString() ?? "",
    },
  };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A typed whole number, or null when left blank; undefined when it is not a whole number. */
function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The answer settings the form can tell are wrong before sending: not a whole number
 * (`invalid`), or outside the API's bounds (`out_of_range`).
 */
export function answerProblems(draft: ConsultationDraft): Partial<Record<AnswerField, "invalid" | "out_of_range">> {
  const problems: Partial<Record<AnswerField, "invalid" | "out_of_range">> = {};
  for (const [field, { min, max }] of Object.entries(ANSWER_FIELDS) as [AnswerField, { min: number; max: number }][]) {
    const value = wholeNumber(draft.answers[field]);
    if (value === undefined) problems[field] = "invalid";
    else if (value !== null && (value < min || value > max)) problems[field] = "out_of_range";
  }
  return problems;
}

/** Every field is sent, so clearing a date or a list in the form clears it on the server too. */
export function inputFrom(draft: ConsultationDraft): ConsultationInput {
  return {
    title: draft.title,
    slug: draft.slug.trim() || null,
    summary: draft.summary,
    title_en: draft.titleEn.trim() || null,
    summary_en: draft.summaryEn.trim() || null,
    body: draft.body,
    phase: draft.phase,
    themes: lines(draft.themes),
    provinces: draft.provinces,
    criteria: lines(draft.criteria),
    ideation_starts_at: fromBangkokInput(draft.dates.ideation_starts_at),
    voting_starts_at: fromBangkokInput(draft.dates.voting_starts_at),
    review_starts_at: fromBangkokInput(draft.dates.review_starts_at),
    closes_at: fromBangkokInput(draft.dates.closes_at),
    owner_organization_id: draft.ownerOrganizationId || null,
    answer_due_days: wholeNumber(draft.answers.answer_due_days) ?? null,
    answer_support_threshold: wholeNumber(draft.answers.answer_support_threshold) ?? null,
  };
}
