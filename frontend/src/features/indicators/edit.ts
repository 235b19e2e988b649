// What an edit of an indicator sends: only the fields the writer changed since opening the
// form, so a figure someone else changed meanwhile is not put back.
import type { FieldError } from "@/api/types";
import type { Indicator, IndicatorRequest } from "./api";

/** The edit form's inputs, as typed. */
export interface IndicatorDraft {
  name: string;
  nameEn: string;
  unit: string;
  baseline: string;
  target: string;
  description: string;
}

/** The form's inputs filled from the indicator as it stands. */
export function draftOf(indicator: Indicator): IndicatorDraft {
  return {
    name: indicator.name,
    nameEn: indicator.name_en ?? "",
    unit: indicator.unit,
    baseline: String(indicator.baseline),
    target: String(indicator.target),
    description: indicator.description ?? "",
  };
}

/**
 * The PATCH body for what changed between the opened form and the submitted one. Text is
 * compared and sent trimmed; an optional text emptied is sent as null, which clears it. A
 * baseline or target left empty cannot be sent (the API keeps a number left out or null), so it
 * comes back as a field error instead.
 */
export function indicatorChanges(
  before: IndicatorDraft,
  after: IndicatorDraft,
): { changes: IndicatorRequest; missing: FieldError[] } {
  const changes: IndicatorRequest = {};
  const missing: FieldError[] = [];
  const text = (was: string, now: string) => (was.trim() === now.trim() ? undefined : now.trim());
  const name = text(before.name, after.name);
  if (name !== undefined) changes.name = name;
  const unit = text(before.unit, after.unit);
  if (unit !== undefined) changes.unit = unit;
  const nameEn = text(before.nameEn, after.nameEn);
  if (nameEn !== undefined) changes.name_en = nameEn || null;
  const description = text(before.description, after.description);
  if (description !== undefined) changes.description = description || null;
  for (const field of ["baseline", "target"] as const) {
    const raw = after[field].trim();
    if (raw === "") {
      missing.push({ field, code: "required", message: "must be given" });
    } else if (Number(raw) !== Number(before[field])) {
      changes[field] = Number(raw);
    }
  }
  return { changes, missing };
}
