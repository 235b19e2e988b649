// API error codes and per-field reasons, turned into sentences in the reader's language.
import type { TFunction } from "i18next";
import { ApiProblem } from "@/api/problem";
import type { FieldError } from "@/api/types";

const PROBLEM_CODES = [
  "validation_failed",
  "malformed_request",
  "unauthenticated",
  "forbidden",
  "csrf_rejected",
  "not_found",
  "conflict",
  "phase_closed",
  "locked",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "unavailable",
  "invalid_idempotency_key",
  "idempotency_key_reused",
  "internal",
  "network_error",
] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

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
  return isOneOf(PROBLEM_CODES, error.code) ? t(`errors.${error.code}`) : t("errors.unknown");
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
