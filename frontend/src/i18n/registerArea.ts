// Code-split areas add their own catalogue (an i18next namespace) when their module loads.
import i18next from "i18next";

/** Adds the area's Thai and English strings under `namespace`, once i18next is ready. */
export function registerArea(namespace: string, th: object, en: object): void {
  const add = () => {
    if (!i18next.hasResourceBundle("th", namespace)) i18next.addResourceBundle("th", namespace, th);
    if (!i18next.hasResourceBundle("en", namespace)) i18next.addResourceBundle("en", namespace, en);
  };
  if (i18next.isInitialized) add();
  else i18next.on("initialized", add);
}
