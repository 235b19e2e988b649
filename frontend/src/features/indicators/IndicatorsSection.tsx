// The indicators of a result (on its page) or of a consultation (on its results page), with
// the form to add one for those who may.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryState } from "@/components/QueryState";
import { useConsultationIndicators, useResultIndicators, type IndicatorList, type IndicatorOwner } from "./api";
import { IndicatorCard } from "./IndicatorCard";
import { NewIndicatorForm } from "./IndicatorForms";
import "./i18n";
import "./indicators.css";

function Section({
  id,
  title,
  list,
  addTo,
  resultTitle,
}: {
  id: string;
  title: string;
  list: IndicatorList;
  addTo: IndicatorOwner;
  /** On a consultation's page, the title of the result an indicator measures. */
  resultTitle?: (resultId: string) => string | undefined;
}) {
  const { t } = useTranslation("indicators");
  const mayEdit = list.viewer_may_edit === true;
  // On a consultation's page, its results' indicators are written on each result's page.
  const editable = (resultId: string | null | undefined) => mayEdit && (addTo.kind === "result" || !resultId);
  return (
    <section className="indicators" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="field-hint">{t("lead")}</p>
      {list.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="indicator-list">
          {list.items.map((i) => {
            const of = i.result_id ? resultTitle?.(i.result_id) : undefined;
            return (
              <div key={i.id}>
                {i.result_id && of && (
                  <p className="field-hint">
                    <Link to={`/results/${i.result_id}`}>{t("ofResult", { title: of })}</Link>
                  </p>
                )}
                <IndicatorCard indicator={i} mayEdit={editable(i.result_id)} />
              </div>
            );
          })}
        </div>
      )}
      {mayEdit && <NewIndicatorForm owner={addTo} />}
    </section>
  );
}

export function ResultIndicators({ resultId }: { resultId: string }) {
  const { t } = useTranslation("indicators");
  const query = useResultIndicators(resultId);
  return (
    <QueryState query={query}>
      {(list) => (
        <Section id="indicators-title" title={t("title")} list={list} addTo={{ kind: "result", id: resultId }} />
      )}
    </QueryState>
  );
}

/** The consultation's own indicators, then its results'. */
export function ConsultationIndicators({
  slug,
  consultationId,
  resultTitle,
}: {
  slug: string;
  consultationId: string;
  resultTitle: (resultId: string) => string | undefined;
}) {
  const { t } = useTranslation("indicators");
  const query = useConsultationIndicators(slug);
  return (
    <QueryState query={query}>
      {(list) => (
        <Section
          id="consultation-indicators-title"
          title={t("consultationTitle")}
          list={list}
          addTo={{ kind: "consultation", id: consultationId }}
          resultTitle={resultTitle}
        />
      )}
    </QueryState>
  );
}
