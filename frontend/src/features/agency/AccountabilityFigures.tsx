// How a consultation keeps its answer deadline: answered on time, late, overdue, not yet due.
import { useTranslation } from "react-i18next";
import type { Figures } from "./api";
import "./i18n";

export function AccountabilityFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation("agency");
  const rows = [
    ["onTime", figures.answered_on_time],
    ["late", figures.answered_late],
    ["overdue", figures.overdue],
    ["pending", figures.pending],
  ] as const;
  return (
    <section className="card accountability" aria-labelledby="accountability-title">
      <h2 id="accountability-title">{t("accountability.title")}</h2>
      <p>{t("accountability.rule", { threshold: figures.support_threshold, days: figures.answer_due_days })}</p>
      <dl className="figures">
        <div>
          <dt>{t("accountability.required")}</dt>
          <dd>{figures.required}</dd>
        </div>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`accountability.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
