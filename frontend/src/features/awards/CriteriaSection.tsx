// An award's criteria under their dimensions (structure, process, outcome), with weights.
import { useTranslation } from "react-i18next";
import { criterionName, type AwardCriterion } from "./api";
import { groupByDimension } from "./figures";
import "./i18n";

export function CriteriaSection({ criteria }: { criteria: AwardCriterion[] }) {
  const { t, i18n } = useTranslation("awards");
  return (
    <section aria-labelledby="criteria-title">
      <h2 id="criteria-title">{t("award.criteria")}</h2>
      {groupByDimension(criteria).map((group) => {
        const dimension = t(`dimension.${group.dimension}`);
        return (
          <div key={group.dimension}>
            <h3>{dimension}</h3>
            <p className="field-hint">{t("award.dimensionShare", { share: group.share })}</p>
            <ul className="award-criteria">
              {group.criteria.map((c) => (
                <li key={c.id}>
                  {criterionName(c, i18n.language)} <span className="muted">({t("award.weight", { weight: c.weight })})</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
