// For an award's managers: every assessor's scores by criterion, each criterion's mean and
// spread, the mean total against the site-visit threshold, how far the assessors agree, and
// who recused themselves and why.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TableWrap } from "@/components/TableWrap";
import { criterionName, type Assessment, type AssessmentFigures } from "./api";
import {
  agreementReading,
  formatPercent,
  formatScore,
  groupByDimension,
  scoreDraft,
  totalsSpread,
} from "./figures";
import "./i18n";

function Missing({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}

function ScoreTable({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation("awards");
  const figures = assessment.figures as AssessmentFigures;
  // Recused assessors' scores do not count and are removed; they are listed apart.
  const counted = assessment.assessors.filter((a) => a.has_conflict !== true);
  const scores = counted.map((a) => scoreDraft(a.scores));
  const spreads = new Map(figures.criteria.map((s) => [s.criterion_id, s]));
  const rows = groupByDimension(assessment.criteria).flatMap((g) => g.criteria);
  const totals = totalsSpread(counted);
  const caption = t("assessment.table");
  return (
    <TableWrap label={caption}>
      <table className="award-figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("assessment.criterion")}</th>
            <th scope="col">{t("assessment.dimension")}</th>
            {counted.map((a) => (
              <th key={a.user_id} scope="col">
                {a.display_name}
                {a.has_conflict == null && <span className="muted"> ({t("assessment.undeclared")})</span>}
              </th>
            ))}
            <th scope="col">{t("assessment.mean")}</th>
            <th scope="col">{t("assessment.range")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const spread = spreads.get(c.id);
            return (
              <tr key={c.id}>
                <th scope="row">{criterionName(c, i18n.language)}</th>
                <td>{t(`dimension.${c.dimension}`)}</td>
                {scores.map((given, i) => (
                  <td key={counted[i]?.user_id}>
                    {given[c.id] ?? <Missing text={t("assessment.notScored")} />}
                  </td>
                ))}
                <td>{spread ? formatScore(spread.mean, i18n.language) : <Missing text={t("assessment.notScored")} />}</td>
                <td>
                  {spread ? `${spread.lowest}–${spread.highest}` : <Missing text={t("assessment.notScored")} />}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("assessment.total")}</th>
            <td />
            {counted.map((a) => (
              <td key={a.user_id}>
                {a.total != null ? (
                  formatPercent(a.total, i18n.language)
                ) : (
                  <Missing text={t("assessment.notScored")} />
                )}
              </td>
            ))}
            <td>
              {figures.mean != null ? (
                formatPercent(figures.mean, i18n.language)
              ) : (
                <Missing text={t("assessment.noMean")} />
              )}
            </td>
            <td>
              {totals ? (
                `${formatPercent(totals.lowest, i18n.language)}–${formatPercent(totals.highest, i18n.language)}`
              ) : (
                <Missing text={t("assessment.noMean")} />
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}

export function FiguresSection({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation("awards");
  const figures = assessment.figures;
  if (!figures) return null;
  const recused = assessment.assessors.filter((a) => a.has_conflict === true);
  const agreement = agreementReading(figures);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t("assessment.figures")}</h2>
      {assessment.assessors.length === 0 ? (
        <p>{t("assessment.noAssessors")}</p>
      ) : (
        <>
          {assessment.assessors.length > recused.length && <ScoreTable assessment={assessment} />}
          <dl className="facts">
            <dt>{t("assessment.meanTotal")}</dt>
            <dd>{figures.mean != null ? formatPercent(figures.mean, i18n.language) : t("assessment.noMean")}</dd>
            <dt>{t("assessment.threshold")}</dt>
            <dd>{formatPercent(assessment.site_visit_threshold, i18n.language)}</dd>
            {figures.mean != null && (
              <>
                <dt>{t("assessment.outcome")}</dt>
                <dd>{figures.reaches_threshold ? t("assessment.reaches") : t("assessment.below")}</dd>
              </>
            )}
            <dt>{t("assessment.agreement")}</dt>
            <dd>
              {agreement.kind === "none"
                ? t("assessment.noAgreement")
                : t("assessment.within", { within: agreement.within, compared: agreement.compared })}
              {agreement.kind === "compared" && agreement.totalRange != null && (
                <> · {t("assessment.totalRange", { value: formatScore(agreement.totalRange, i18n.language) })}</>
              )}
            </dd>
          </dl>
          {agreement.kind === "compared" && agreement.diverges && (
            <p className="notice notice-warning">{t("assessment.diverges")}</p>
          )}
          <p className={figures.complete ? "notice notice-success" : "notice"}>
            {figures.complete ? t("assessment.complete") : t("assessment.incomplete")}
          </p>
        </>
      )}
      {recused.length > 0 && (
        <section aria-labelledby="recusals-title">
          <h3 id="recusals-title">{t("assessment.recusals")}</h3>
          <ul>
            {recused.map((a) => (
              <li key={a.user_id}>
                <strong>{a.display_name}</strong>
                {a.conflict_note && <span className="pre-wrap">: {a.conflict_note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={`/awards/${assessment.award_id}`}>{t("assessment.manageOnAward")}</Link>
      </p>
    </section>
  );
}
