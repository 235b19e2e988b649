// The awards' strings, a namespace of their own that loads with the pages that use them.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const AWARDS_NS = "awards";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    awards: typeof th;
  }
}

registerArea(AWARDS_NS, th, en);
