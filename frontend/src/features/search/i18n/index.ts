// Search keeps its strings in their own namespace, added to i18next the first time search shows.
import i18next from "i18next";
import { useTranslation } from "react-i18next";
import en from "./en.json";
import th from "./th.json";

export const SEARCH_NS = "search";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    search: typeof th;
  }
}

function registerSearchStrings(): void {
  if (!i18next.hasResourceBundle("th", SEARCH_NS)) i18next.addResourceBundle("th", SEARCH_NS, th);
  if (!i18next.hasResourceBundle("en", SEARCH_NS)) i18next.addResourceBundle("en", SEARCH_NS, en);
}

/** `t` for the search namespace, registering it first if this is the first search component. */
export function useSearchTranslation() {
  registerSearchStrings();
  return useTranslation(SEARCH_NS);
}
