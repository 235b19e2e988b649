// How a consultation keeps its promise to answer: answered on time, late, overdue, not yet due,
// and the median days to an answer, counted from answer clocks recorded as they started.
import { useTranslation } from "react-i18next";
import type { Figures } from "./api";
import "./i18n";
import { TableWrap } from "@/components/TableWrap";

export function AccountabilityFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation("agency");
  const card = figures.scorecard;
  const rows = [
    ["required", card.required],
    ["onTime", card.answered_on_time],
    ["late", card.answered_late],
    ["overdue", card.overdue],
    ["pending", card.pending],
  ] as const;
  return (
    <section className="card accountability" aria-labelledby="accountability-title">
      <h2 id="accountability-title">{t("accountability.title")}</h2>
      <p>
        {figures.answer_due_days == null
          ? t("accountability.noNewDeadline")
          : t("accountability.rule", { threshold: figures.support_threshold, days: figures.answer_due_days })}
      </p>
      <dl className="figures">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`accountability.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t("accountability.median")}</dt>
          <dd>
            {card.median_days_to_answer == null
              ? t("accountability.noMedian")
              : t("accountability.days", { count: card.median_days_to_answer })}
          </dd>
        </div>
      </dl>
      {figures.by_organization.length > 0 && (
        <TableWrap label={t("accountability.byOrganization")}>
          <table>
            <caption>{t("accountability.byOrganization")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("accountability.organization")}</th>
                {rows.map(([key]) => (
                  <th scope="col" key={key}>
                    {t(`accountability.${key}`)}
                  </th>
                ))}
                <th scope="col">{t("accountability.median")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.by_organization.map((org) => (
                <tr key={org.organization_id}>
                  <th scope="row">{org.name}</th>
                  <td>{org.scorecard.required}</td>
                  <td>{org.scorecard.answered_on_time}</td>
                  <td>{org.scorecard.answered_late}</td>
                  <td>{org.scorecard.overdue}</td>
                  <td>{org.scorecard.pending}</td>
                  <td>
                    {org.scorecard.median_days_to_answer == null
                      ? "–"
                      : t("accountability.days", { count: org.scorecard.median_days_to_answer })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p className="muted">{t("accountability.clock")}</p>
    </section>
  );
}
