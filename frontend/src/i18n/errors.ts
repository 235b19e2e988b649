// API error codes and per-field reasons, turned into sentences in the reader's language.
import type { TFunction } from "i18next";
import { ApiProblem, type NETWORK_ERROR } from "@/api/problem";
import type { FieldError, ProblemCode as ApiProblemCode } from "@/api/types";

/** Every code the API may answer with (from its OpenAPI document), and the client's own. */
type ProblemCode = ApiProblemCode | typeof NETWORK_ERROR;

// A record, not a list, so the typecheck fails when the API gains a code without a message.
const PROBLEM_CODES: Record<ProblemCode, true> = {
  malformed_request: true,
  validation_failed: true,
  unauthenticated: true,
  forbidden: true,
  csrf_rejected: true,
  not_found: true,
  account_not_found: true,
  api_key_not_found: true,
  award_call_not_found: true,
  award_application_not_found: true,
  award_assessor_not_found: true,
  comment_not_found: true,
  consultation_not_found: true,
  milestone_not_found: true,
  indicator_not_found: true,
  result_not_found: true,
  result_has_children: true,
  document_not_found: true,
  document_version_not_found: true,
  version_not_signable: true,
  already_signed: true,
  no_draft: true,
  draft_exists: true,
  document_remark_not_found: true,
  version_not_current: true,
  not_an_amendment: true,
  already_decided: true,
  amendment_conflict: true,
  already_applied: true,
  assessor_has_conflict: true,
  conflict_not_declared: true,
  conflict_declared: true,
  assessment_incomplete: true,
  dead_letter_not_found: true,
  invitation_not_found: true,
  legal_document_not_found: true,
  member_not_found: true,
  media_not_found: true,
  unsupported_image_type: true,
  unsupported_document_type: true,
  file_too_large: true,
  image_unreadable: true,
  too_many_images: true,
  organization_not_found: true,
  organization_slug_taken: true,
  already_member: true,
  last_owner: true,
  organization_not_responsible: true,
  moderator_assignment_not_found: true,
  proposal_not_found: true,
  proposal_withdrawn: true,
  proposal_merged: true,
  already_merged: true,
  merge_target_unavailable: true,
  comment_removed: true,
  already_flagged: true,
  nothing_to_change: true,
  already_moderator: true,
  role_already_held: true,
  account_banned: true,
  already_banned: true,
  not_sanctioned: true,
  no_votes_to_discard: true,
  email_already_verified: true,
  phase_closed: true,
  proposal_locked: true,
  rate_limited: true,
  payload_too_large: true,
  unsupported_media_type: true,
  invalid_idempotency_key: true,
  idempotency_key_reused: true,
  request_in_progress: true,
  pending: true,
  unavailable: true,
  internal: true,
  network_error: true,
};

function isProblemCode(value: string): value is ProblemCode {
  return Object.hasOwn(PROBLEM_CODES, value);
}

const FIELD_CODES = [
  "required",
  "too_short",
  "too_long",
  "invalid",
  "too_many",
  "duplicate",
  "out_of_order",
  "taken",
  "not_offered",
  "too_deep",
  "incorrect",
  "invalid_or_expired",
  "repeated",
  "unknown_kind",
  "control_character",
  "unknown_field",
  "too_many_marks",
  "invalid_characters",
  "looks_like_staff",
  "too_many_lines",
  "too_deeply_nested",
  "cycle",
  "not_found",
  "unknown_province",
  "consent_required",
  "consent_outdated",
  "not_verified",
  "out_of_range",
  "not_linkable",
  "before_start",
  "not_responsible",
  "equals_baseline",
  "in_future",
] as const;
type FieldCode = (typeof FIELD_CODES)[number];

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** One sentence for any error thrown by an API call (or anything else that went wrong). */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t("errors.unknown");
  if (error.code === "internal" && error.requestId) {
    return t("errors.internal_with_id", { requestId: error.requestId });
  }
  return isProblemCode(error.code) ? t(`errors.${error.code}`) : t("errors.unknown");
}

/** The reason one field was refused, e.g. "too long". */
export function fieldErrorMessage(error: FieldError, t: TFunction): string {
  return isOneOf(FIELD_CODES, error.code) ? t(`fieldErrors.${error.code}`) : t("fieldErrors.invalid");
}

/** The translated reason for `field` when the error is a validation problem that names it. */
export function fieldMessage(error: unknown, field: string, t: TFunction): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const found = error.fieldError(field);
  return found ? fieldErrorMessage(found, t) : undefined;
}

export type { ProblemCode, FieldCode };
