// Makes t() check its keys against the Thai catalogue at compile time.
import "i18next";
import type th from "./th.json";

declare module "i18next" {
  /** Catalogues a feature loads with itself, one namespace each; features add theirs by merging. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface FeatureNamespaces {}

  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof th } & FeatureNamespaces;
  }
}
