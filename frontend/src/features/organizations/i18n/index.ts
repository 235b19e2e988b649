// The organisations area's strings, a namespace of their own that loads with the pages that use them.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const ORGANIZATIONS_NS = "organizations";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    organizations: typeof th;
  }
}

registerArea(ORGANIZATIONS_NS, th, en);
