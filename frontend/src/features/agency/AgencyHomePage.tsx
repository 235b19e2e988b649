// The agency area's start: the consultations the caller may read, to open a dashboard for, and
// the API keys.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhaseBadge } from "@/components/PhaseBadge";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle } from "@/features/consultations";
import { useReadableConsultations } from "./api";
import { ApiKeys } from "./ApiKeys";
import "./agency.css";
import "./i18n";

function AgencyHome() {
  const { t, i18n } = useTranslation("agency");
  usePageTitle(t("home.title"));
  const consultations = useReadableConsultations();
  return (
    <QueryState query={consultations}>
      {({ items }) => (
        <div className="agency">
          <h1>{t("home.title")}</h1>
          <p>
            <Link to="/agency/queue">{t("queue.link")}</Link>
          </p>
          <section aria-labelledby="agency-consultations">
            <h2 id="agency-consultations">{t("home.consultations")}</h2>
            <ul className="plain-list agency-consultations">
              {items.map((c) => (
                <li key={c.id} className="card">
                  <PhaseBadge phase={c.phase} />
                  <p>
                    <Link to={`/agency/consultations/${c.slug}`}>
                      {consultationTitle(c, i18n.language)}
                      <span className="visually-hidden"> — {t("home.open")}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="agency-keys">
            <h2 id="agency-keys">{t("keys.title")}</h2>
            <ApiKeys consultations={items} />
          </section>
        </div>
      )}
    </QueryState>
  );
}

export function AgencyHomePage() {
  return (
    <RequireSignIn>
      <AgencyHome />
    </RequireSignIn>
  );
}
