// The legal documents' strings: a namespace of their own, loaded with the banner every page has.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const LEGAL_NS = "legal";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    legal: typeof th;
  }
}

registerArea(LEGAL_NS, th, en);
