// The agency area's strings, a namespace of their own that loads with the pages that use them.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const AGENCY_NS = "agency";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    agency: typeof th;
  }
}

registerArea(AGENCY_NS, th, en);
