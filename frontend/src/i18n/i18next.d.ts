// Makes t() check its keys against the Thai catalogue at compile time.
import "i18next";
import type { AreaCatalogues } from "./areas";
import type th from "./th.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof th } & AreaCatalogues;
  }
}
