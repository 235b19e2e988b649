// The audit log's names for actions and targets, a namespace of its own that loads with the
// audit log page.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const AUDIT_NS = "audit";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    audit: typeof th;
  }
}

registerArea(AUDIT_NS, th, en);
