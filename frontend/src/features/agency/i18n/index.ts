// The agency area's strings, a namespace of their own that loads with the pages that use them.
import i18next from "i18next";
import en from "./en.json";
import th from "./th.json";

export const AGENCY_NS = "agency";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    agency: typeof th;
  }
}

/** Adds the namespace once i18next is ready; importing this module is enough. */
function register() {
  if (!i18next.hasResourceBundle("th", AGENCY_NS)) i18next.addResourceBundle("th", AGENCY_NS, th);
  if (!i18next.hasResourceBundle("en", AGENCY_NS)) i18next.addResourceBundle("en", AGENCY_NS, en);
}

if (i18next.isInitialized) register();
else i18next.on("initialized", register);
