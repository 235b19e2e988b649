// One result in a consultation's list: status, progress, milestones and the proposals it
// came from.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateText } from "@/components/DateText";
import { RichText } from "@/components/RichText";
import { resultDescription, resultTitle, type Result } from "./api";
import { ProgressBar } from "./ProgressBar";

export function ResultCard({ result, level }: { result: Result; level: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const title = resultTitle(result, i18n.language);
  const Heading = level === 2 ? "h2" : "h3";
  const SubHeading = level === 2 ? "h3" : "h4";
  return (
    <article className="card result-card" aria-labelledby={`result-${result.id}`}>
      <Heading id={`result-${result.id}`}>
        <Link to={`/results/${result.id}`}>{title}</Link>
      </Heading>
      <p className="result-meta">
        <span className={`badge result-status result-status-${result.status}`}>
          {t(`results.status.${result.status}`)}
        </span>
        {result.organization_name && <span> · {result.organization_name}</span>}
        {result.province && (
          <span>
            {" · "}
            <Link to={`/results?province=${encodeURIComponent(result.province)}`}>{result.province}</Link>
          </span>
        )}
      </p>
      <ProgressBar value={result.progress} label={t("results.progressOf", { title })} />
      {result.has_children && <p className="field-hint">{t("results.rolledUp")}</p>}
      <RichText html={resultDescription(result, i18n.language)} />
      {result.milestones.length > 0 && (
        <>
          <SubHeading>{t("results.milestones")}</SubHeading>
          <ul className="result-milestones">
            {result.milestones.map((m) => (
              <li key={m.id}>
                <span>{m.title}</span> —{" "}
                {m.done_date ? (
                  <span>
                    {t("results.milestoneDone")} <DateText iso={m.done_date} />
                  </span>
                ) : (
                  <span>
                    {t("results.milestoneDue")} <DateText iso={m.due_date} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.proposals.length > 0 && (
        <>
          <SubHeading>{t("results.fromProposals")}</SubHeading>
          <ul className="result-sources">
            {result.proposals.map((p) => (
              <li key={p.id}>
                <Link to={`/p/${p.id}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
