// Reading audit rows for people: every action the server writes, grouped as the filter offers
// them, and a row's before/after state as the fields that changed.
import type { components } from "@/api/schema";

export type AuditAction = components["schemas"]["AuditAction"];

/** Every action, so the filter can offer each; the record type makes the list complete. */
const ACTIONS: Record<AuditAction, true> = {
  "access.denied": true,
  "user.created": true,
  "user.role_changed": true,
  "user.deleted": true,
  "moderator.assigned": true,
  "moderator.unassigned": true,
  "consultation.created": true,
  "consultation.updated": true,
  "consultation.phase_changed": true,
  "consultation.responsibilities_set": true,
  "answer_clocks.started": true,
  "answer_clocks.escalated": true,
  "proposal.reassigned": true,
  "proposal.answered": true,
  "proposal.valued": true,
  "proposal.endorsed": true,
  "proposal.endorsement_withdrawn": true,
  "proposal.image_removed": true,
  "result.created": true,
  "result.edited": true,
  "result.progress_updated": true,
  "result.proposal_linked": true,
  "result.proposal_unlinked": true,
  "result.milestone_saved": true,
  "document.created": true,
  "document.draft_saved": true,
  "document.version_published": true,
  "document.signed": true,
  "document.amendment_accepted": true,
  "document.amendment_rejected": true,
  "award.created": true,
  "award.advanced": true,
  "award.applied": true,
  "award.assessor_assigned": true,
  "award.assessor_removed": true,
  "award.conflict_declared": true,
  "award.decided": true,
  "indicator.created": true,
  "indicator.edited": true,
  "indicator.deleted": true,
  "indicator.value_recorded": true,
  "organization.created": true,
  "organization.updated": true,
  "organization.verified": true,
  "organization.unverified": true,
  "organization.member_invited": true,
  "organization.invitation_revoked": true,
  "organization.member_joined": true,
  "organization.member_role_changed": true,
  "organization.member_removed": true,
  "organization.member_left": true,
  "legal_document.published": true,
  "api_key.created": true,
  "api_key.revoked": true,
  "moderation.hide": true,
  "moderation.unhide": true,
  "moderation.lock": true,
  "moderation.unlock": true,
  "moderation.pin": true,
  "moderation.unpin": true,
  "moderation.change_theme": true,
  "moderation.dismiss_flags": true,
  "moderation.mark_spam": true,
  "moderation.merge": true,
  "moderation.suspend": true,
  "moderation.ban": true,
  "moderation.restore": true,
  "moderation.discard_votes": true,
  "moderation.delete": true,
};

export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(ACTIONS, code);
}

export type AuditGroup = AuditAction extends `${infer Group}.${string}` ? Group : never;

/** The actions by the part of their code before the dot, in the order listed above. */
export function actionGroups(): [AuditGroup, AuditAction[]][] {
  const groups = new Map<AuditGroup, AuditAction[]>();
  for (const action of AUDIT_ACTIONS) {
    const group = action.slice(0, action.indexOf(".")) as AuditGroup;
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  return [...groups];
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields whose recorded value differs between the two states, in the order they first
 * appear. A state that is not an object counts as one field named "".
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const asObject = (state: unknown): Record<string, unknown> | null =>
    typeof state === "object" && state !== null && !Array.isArray(state) ? (state as Record<string, unknown>) : null;
  const b = asObject(before);
  const a = asObject(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return sameValue(before, after) ? [] : [{ field: "", before, after }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields
    .map((field) => ({ field, before: b?.[field], after: a?.[field] }))
    .filter((change) => !sameValue(change.before, change.after));
}

/** A recorded value as short text: strings as they are, lists joined, the rest as JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  return JSON.stringify(value);
}
