// Types the search namespace's keys against its Thai catalogue.
import "i18next";
import type search from "./th.json";

declare module "i18next" {
  interface FeatureNamespaces {
    search: typeof search;
  }
}
