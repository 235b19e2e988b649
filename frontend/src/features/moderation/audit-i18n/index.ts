// The audit log's names for actions and targets, a namespace of its own that loads with the
// audit log page.
import i18next from "i18next";
import en from "./en.json";
import th from "./th.json";

export const AUDIT_NS = "audit";

declare module "@/i18n/areas" {
  interface AreaCatalogues {
    audit: typeof th;
  }
}

/** Adds the namespace once i18next is ready; importing this module is enough. */
function register() {
  if (!i18next.hasResourceBundle("th", AUDIT_NS)) i18next.addResourceBundle("th", AUDIT_NS, th);
  if (!i18next.hasResourceBundle("en", AUDIT_NS)) i18next.addResourceBundle("en", AUDIT_NS, en);
}

if (i18next.isInitialized) register();
else i18next.on("initialized", register);
