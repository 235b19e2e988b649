// The impact indicators' strings, a namespace of their own that loads with the pages that
// use them.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const INDICATORS_NS = "indicators";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    indicators: typeof th;
  }
}

registerArea(INDICATORS_NS, th, en);
