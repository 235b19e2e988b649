// A consultation's phase and the dates announced for each phase.
import { useTranslation } from "react-i18next";
import type { Phase } from "@/api/types";
import { Field } from "@/components/Field";
import { DATE_FIELDS, PHASES, type DateField } from "./draft";

interface PhaseFieldsProps {
  phase: Phase;
  dates: Record<DateField, string>;
  onPhase: (phase: Phase) => void;
  onDates: (dates: Record<DateField, string>) => void;
  /** The API's reason a field was refused, if it was. */
  message: (field: string) => string | undefined;
}

export function PhaseFields({ phase, dates, onPhase, onDates, message }: PhaseFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("admin.phaseAndTimeline")}</legend>
      <Field label={t("admin.field.phase")} hint={t("admin.field.phaseHint")} error={message("phase")}>
        {(c) => (
          <select {...c} value={phase} onChange={(e) => onPhase(e.target.value as Phase)}>
            {PHASES.map((option) => (
              <option key={option} value={option}>
                {t(`phase.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="field-hint">{t("admin.field.datesHint")}</p>
      <div className="field-row">
        {DATE_FIELDS.map((field) => (
          <Field key={field} label={t(`admin.field.${field}`)} error={message(field)}>
            {(c) => (
              <input
                {...c}
                type="datetime-local"
                value={dates[field]}
                onChange={(e) => onDates({ ...dates, [field]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
