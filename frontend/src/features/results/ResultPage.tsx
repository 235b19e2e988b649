// One result: its progress, milestones, parts, the proposals it came from and every update,
// dated. Those who answer for it post updates and milestones here.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { RichText } from "@/components/RichText";
import { usePageTitle } from "@/components/usePageTitle";
import { ReaderSurvey } from "@/features/agency";
import { consultationTitle } from "@/features/consultations";
import { ResultIndicators } from "@/features/indicators";
import { resultDescription, resultTitle, useResult } from "./api";
import { MilestoneEvidence } from "./MilestoneEvidence";
import { MilestoneForm, UpdateForm } from "./ResultForms";
import { ProgressBar } from "./ProgressBar";
import "./results.css";

export function ResultPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const query = useResult(id);
  usePageTitle(query.data && resultTitle(query.data, i18n.language));
  return (
    <QueryState query={query}>
      {(r) => {
        const title = resultTitle(r, i18n.language);
        const consultation = consultationTitle(
          { title: r.consultation_title, title_en: r.consultation_title_en },
          i18n.language,
        );
        return (
          <article className="result-page">
            <header className="page-header">
              <p>
                <Link to={`/c/${r.consultation_slug}/results`}>
                  {t("results.pageTitle")}: {consultation}
                </Link>
              </p>
              <h1>{title}</h1>
              <p className="result-meta">
                <span className={`badge result-status result-status-${r.status}`}>
                  {t(`results.status.${r.status}`)}
                </span>
                {r.organization_name && <span> · {r.organization_name}</span>}
                {r.province && <span> · {r.province}</span>}
              </p>
              <ProgressBar value={r.progress} label={t("results.progressOf", { title })} />
              {(r.start_date || r.end_date) && (
                <p>
                  {r.start_date && <DateText iso={r.start_date} />} – {r.end_date && <DateText iso={r.end_date} />}
                </p>
              )}
            </header>
            <RichText html={resultDescription(r, i18n.language)} />

            {r.children.length > 0 && (
              <section aria-labelledby="parts-title">
                <h2 id="parts-title">{t("results.parts")}</h2>
                <p className="field-hint">{t("results.rolledUp")}</p>
                <ul>
                  {r.children.map((c) => (
                    <li key={c.id}>
                      <Link to={`/results/${c.id}`}>{resultTitle(c, i18n.language)}</Link> —{" "}
                      {t(`results.status.${c.status}`)}, {t("results.percentDone", { value: c.progress })}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby="milestones-title">
              <h2 id="milestones-title">{t("results.milestones")}</h2>
              {r.milestones.length === 0 ? (
                <p>{t("results.noMilestones")}</p>
              ) : (
                <ul className="result-history">
                  {r.milestones.map((m) => (
                    <li key={m.id}>
                      <h3>{m.title}</h3>
                      <p>
                        {t("results.milestoneDue")} <DateText iso={m.due_date} />
                        {m.done_date && (
                          <>
                            {" · "}
                            {t("results.milestoneDone")} <DateText iso={m.done_date} />
                          </>
                        )}
                      </p>
                      {m.evidence_html && <RichText html={m.evidence_html} />}
                      <MilestoneEvidence resultId={r.id} milestone={m} mayWrite={!!r.viewer_may_update} />
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <ResultIndicators resultId={r.id} />

            <section aria-labelledby="sources-title">
              <h2 id="sources-title">{t("results.fromProposals")}</h2>
              {r.proposals.length === 0 ? (
                <p>{t("results.noProposals")}</p>
              ) : (
                <ul>
                  {r.proposals.map((p) => (
                    <li key={p.id}>
                      <Link to={`/p/${p.id}`}>{p.title}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="history-title">
              <h2 id="history-title">{t("results.history")}</h2>
              <ol className="result-history">
                {r.updates.map((u) => (
                  <li key={u.id}>
                    <p>
                      <DateText iso={u.created_at} withTime /> — {t(`results.status.${u.status}`)}
                      {u.progress !== null && u.progress !== undefined && (
                        <>, {t("results.percentDone", { value: u.progress })}</>
                      )}
                    </p>
                    {u.note && <p>{u.note}</p>}
                  </li>
                ))}
              </ol>
            </section>

            <div className="card">
              <ReaderSurvey subject="result" id={r.id} />
            </div>

            {r.viewer_may_update && (
              <section aria-labelledby="manage-title">
                <h2 id="manage-title">{t("results.manage")}</h2>
                <UpdateForm result={r} />
                <MilestoneForm resultId={r.id} />
              </section>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}
