// The organisations area's strings, a namespace of their own that loads with the pages that use them.
import i18next from "i18next";
import en from "./en.json";
import th from "./th.json";

export const ORGANIZATIONS_NS = "organizations";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    organizations: typeof th;
  }
}

/** Adds the namespace once i18next is ready; importing this module is enough. */
function register() {
  if (!i18next.hasResourceBundle("th", ORGANIZATIONS_NS)) i18next.addResourceBundle("th", ORGANIZATIONS_NS, th);
  if (!i18next.hasResourceBundle("en", ORGANIZATIONS_NS)) i18next.addResourceBundle("en", ORGANIZATIONS_NS, en);
}

if (i18next.isInitialized) register();
else i18next.on("initialized", register);
