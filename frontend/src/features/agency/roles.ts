// Who may do what on the agency side, from the signed-in account (the server checks again).
import type { Me } from "@/api/types";

export function isAgencyReader(me: Me | undefined): boolean {
  // The `agency` role alone opens nothing: membership of an agency or a lab does.
  return !!me && (me.role === "admin" || me.organizations.some((o) => o.kind === "agency" || o.kind === "lab"));
}

export function isValuator(me: Me | undefined): boolean {
  return !!me && (me.role === "valuator" || me.role === "admin");
}

export function csoMemberships(me: Me | undefined) {
  return me?.organizations.filter((o) => o.kind === "cso") ?? [];
}
