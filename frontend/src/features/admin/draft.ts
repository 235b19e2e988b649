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

export interface ConsultationDraft {
  title: string;
  slug: string;
  summary: string;
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
}

export function emptyDraft(ownerOrganizationId = ""): ConsultationDraft {
  return {
    title: "",
    slug: "",
    summary: "",
    body: "",
    phase: "draft",
    themes: "",
    provinces: [],
    criteria: "",
    dates: { ideation_starts_at: "", voting_starts_at: "", review_starts_at: "", closes_at: "" },
    ownerOrganizationId,
  };
}

export function draftFrom(consultation: Consultation): ConsultationDraft {
  const { timeline } = consultation;
  return {
    title: consultation.title,
    slug: consultation.slug,
    summary: consultation.summary,
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
  };
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Every field is sent, so clearing a date or a list in the form clears it on the server too. */
export function inputFrom(draft: ConsultationDraft): ConsultationInput {
  return {
    title: draft.title,
    slug: draft.slug.trim() || null,
    summary: draft.summary,
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
  };
}
