// Shown when a page fails to load or render, e.g. a new release replaced its code while open.
import { useTranslation } from "react-i18next";

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="container">
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.body")}</p>
      <p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t("routeError.reload")}
        </button>
      </p>
    </main>
  );
}
