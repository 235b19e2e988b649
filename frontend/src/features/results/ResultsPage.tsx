// A consultation's public "what happened to our ideas" page: its results as a tree, with
// progress rolled up from parts to the whole.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useMe } from "@/features/auth";
import { isAgencyReader } from "@/features/agency";
import { consultationTitle, useConsultation } from "@/features/consultations";
import { ConsultationIndicators } from "@/features/indicators";
import { resultTitle, useConsultationResults } from "./api";
import { ResultCard } from "./ResultCard";
import "./results.css";

export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { slug } = useParams();
  const consultation = useConsultation(slug);
  const results = useConsultationResults(slug);
  const { me } = useMe();
  usePageTitle(t("results.pageTitle"));
  return (
    <QueryState query={consultation}>
      {(c) => (
        <article className="results-page">
          <header className="page-header">
            <p>
              <Link to={`/c/${c.slug}`}>{consultationTitle(c, i18n.language)}</Link>
            </p>
            <h1>{t("results.pageTitle")}</h1>
            <p className="lead">{t("results.lead")}</p>
            {isAgencyReader(me) && (
              <div className="actions">
                <Link className="button" to={`/c/${c.slug}/results/new`}>
                  {t("results.new")}
                </Link>
              </div>
            )}
          </header>
          <QueryState
            query={results}
            isEmpty={(list) => list.items.length === 0}
            empty={<p>{t("results.none")}</p>}
          >
            {(list) => {
              const roots = list.items.filter((r) => !r.parent_id || !list.items.some((p) => p.id === r.parent_id));
              return (
                <div className="result-tree">
                  {roots.map((root) => {
                    const parts = list.items.filter((r) => r.parent_id === root.id);
                    return (
                      <section key={root.id} className="result-branch">
                        <ResultCard result={root} level={2} />
                        {parts.length > 0 && (
                          <div className="result-parts">
                            {parts.map((part) => (
                              <ResultCard key={part.id} result={part} level={3} />
                            ))}
                          </div>
                        )}
                      </section>
                    );
                  })}
                </div>
              );
            }}
          </QueryState>
          <ConsultationIndicators
            slug={c.slug}
            consultationId={c.id}
            resultTitle={(id) => {
              const found = results.data?.items.find((r) => r.id === id);
              return found && resultTitle(found, i18n.language);
            }}
          />
        </article>
      )}
    </QueryState>
  );
}
