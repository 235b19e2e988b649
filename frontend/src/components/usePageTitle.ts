import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Names the page in the browser tab and for screen readers announcing the navigation. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const site = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${site}` : site;
  }, [title, site]);
}
