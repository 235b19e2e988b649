// Who may do what on the agency side, from the signed-in account (the server checks again).
import type { Me } from "@/api/types";

export function isAgencyReader(me: Me | undefined): boolean {
  // The `agency` role alone opens nothing: membership of a verified agency or lab does.
  return (
    !!me && (me.role === "admin" || me.organizations.some((o) => (o.kind === "agency" || o.kind === "lab") && o.verified))
  );
}

export function isValuator(me: Me | undefined): boolean {
  return !!me && (me.role === "valuator" || me.role === "admin");
}

/** The organisations the person may endorse for: those they own or represent, labs and agencies aside. */
export function endorsingMemberships(me: Me | undefined) {
  return (
    me?.organizations.filter(
      (o) => o.kind !== "lab" && o.kind !== "agency" && (o.role === "owner" || o.role === "representative"),
    ) ?? []
  );
}
