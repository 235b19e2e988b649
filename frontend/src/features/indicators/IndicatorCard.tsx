// One indicator: where it started, where it should get to, the latest measurement with its
// source, progress toward the target and a chart of every value; for its writers, the forms
// to edit it and record values.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { formatNumber } from "@/i18n/dates";
import { indicatorName, useDeleteIndicator, type Indicator } from "./api";
import { IndicatorChart } from "./IndicatorChart";
import { EditIndicatorForm, RecordValueForm } from "./IndicatorForms";
import "./i18n";

export function IndicatorCard({ indicator, mayEdit }: { indicator: Indicator; mayEdit: boolean }) {
  const { t, i18n } = useTranslation("indicators");
  const remove = useDeleteIndicator();
  const name = indicatorName(indicator, i18n.language);
  const n = (value: number) => formatNumber(value, i18n.language);
  const latest = indicator.latest;
  const headingId = `indicator-${indicator.id}`;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Closing the edit form, saved or cancelled, puts the focus back on the button that opened it.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  return (
    <article className="card indicator-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {indicator.description && <p>{indicator.description}</p>}
      <dl className="indicator-figures">
        <div>
          <dt>{t("baseline")}</dt>
          <dd>
            {n(indicator.baseline)} {indicator.unit}
          </dd>
        </div>
        <div>
          <dt>{t("target")}</dt>
          <dd>
            {n(indicator.target)} {indicator.unit} ({t(indicator.direction)})
          </dd>
        </div>
        <div>
          <dt>{t("latest")}</dt>
          <dd className="indicator-latest">
            {latest ? (
              <>
                {n(latest.value)} {indicator.unit}{" "}
                <span className="field-hint">
                  ({t("measured")} <DateText iso={latest.measured_on} />)
                </span>
              </>
            ) : (
              t("noValue")
            )}
          </dd>
        </div>
        {latest && (
          <div>
            <dt>{t("source")}</dt>
            <dd>
              {latest.source_url ? (
                <a href={latest.source_url} rel="noopener noreferrer">
                  {latest.source}
                </a>
              ) : (
                latest.source
              )}
            </dd>
          </div>
        )}
      </dl>
      {indicator.progress !== null && indicator.progress !== undefined && (
        <div className="result-progress">
          <progress max={100} value={indicator.progress} aria-label={t("progressOf", { name })}>
            {indicator.progress}%
          </progress>
          <span className="result-progress-text">{t("percentToTarget", { value: indicator.progress })}</span>
        </div>
      )}
      <IndicatorChart indicator={indicator} name={name} />
      {mayEdit && (
        <>
          {editing ? (
            <EditIndicatorForm
              indicator={indicator}
              name={name}
              onClose={(done) => {
                returnFocus.current = true;
                setSaved(done);
                setEditing(false);
              }}
            />
          ) : (
            <div className="indicator-edit-open">
              <button
                ref={editButton}
                type="button"
                className="button"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t("edit", { name })}
              </button>
              {saved && (
                <p className="notice notice-success" role="status">
                  {t("saved")}
                </p>
              )}
            </div>
          )}
          <RecordValueForm indicatorId={indicator.id} name={name} />
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t("deleteConfirm"))) remove.mutate(indicator.id);
            }}
          >
            {t("delete", { name })}
          </button>
        </>
      )}
    </article>
  );
}
