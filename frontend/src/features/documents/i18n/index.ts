// The documents area's strings, a namespace of their own that loads with the pages that use them.
import { registerArea } from "@/i18n/registerArea";
import en from "./en.json";
import th from "./th.json";

export const DOCUMENTS_NS = "documents";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    documents: typeof th;
  }
}

registerArea(DOCUMENTS_NS, th, en);
