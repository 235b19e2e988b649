// Refused attempts at privileged routes (`access.denied` audit rows), read for the audit log.
export const ACCESS_DENIED = "access.denied";

const REASONS = ["email_unverified", "banned", "suspended", "role_required", "outside_scope"] as const;
export type DeniedReason = (typeof REASONS)[number];

const PRIVILEGES = ["moderator", "admin", "lab_member", "agency_member", "valuator"] as const;
export type Privilege = (typeof PRIVILEGES)[number];

export interface DeniedAttempt {
  method: string;
  /** The route's template, such as /api/v1/admin/users/{id}/role. */
  route: string;
  /** Null when the server names a privilege this app does not know yet. */
  requires: Privilege | null;
  /** Null when the server names a reason this app does not know yet. */
  reason: DeniedReason | null;
  /** The reason as the server wrote it. */
  reasonCode: string;
}

function oneOf<T extends string>(known: readonly T[], value: unknown): T | null {
  return typeof value === "string" && (known as readonly string[]).includes(value) ? (value as T) : null;
}

/** The refused attempt an audit row records, or null for any other row. */
export function deniedAttemptOf(entry: {
  action: string;
  reason?: string | null;
  after?: unknown;
}): DeniedAttempt | null {
  if (entry.action !== ACCESS_DENIED) return null;
  const after = (typeof entry.after === "object" && entry.after !== null ? entry.after : {}) as Record<string, unknown>;
  return {
    method: typeof after.method === "string" ? after.method : "",
    route: typeof after.route === "string" ? after.route : "",
    requires: oneOf(PRIVILEGES, after.requires),
    reason: oneOf(REASONS, entry.reason),
    reasonCode: entry.reason ?? "",
  };
}
