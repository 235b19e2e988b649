// The answer deadline a consultation promises: within how many days, and from how many
// supporting votes, proposals get an official answer. Both may be left blank.
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { formatNumber } from "@/i18n/dates";
import { fieldMessage } from "@/i18n/errors";
import { ANSWER_FIELDS, type AnswerField, type answerProblems } from "./draft";

interface AnsweringFieldsProps {
  values: Record<AnswerField, string>;
  onChange: (values: Record<AnswerField, string>) => void;
  /** What the form found wrong before sending. */
  problems: ReturnType<typeof answerProblems>;
  /** The API's refusal, with its field errors. */
  apiError: unknown;
}

const LABELS = {
  answer_due_days: { label: "admin.field.answerDueDays", hint: "admin.field.answerDueDaysHint" },
  answer_support_threshold: { label: "admin.field.answerThreshold", hint: "admin.field.answerThresholdHint" },
} as const satisfies Record<AnswerField, { label: string; hint: string }>;

export function AnsweringFields({ values, onChange, problems, apiError }: AnsweringFieldsProps) {
  const { t, i18n } = useTranslation();
  const bounds = (field: AnswerField) => ({
    min: formatNumber(ANSWER_FIELDS[field].min, i18n.language),
    max: formatNumber(ANSWER_FIELDS[field].max, i18n.language),
  });
  const message = (field: AnswerField) => {
    const local = problems[field];
    if (local) return t(`fieldErrors.${local}`);
    return fieldMessage(apiError, field, t);
  };
  return (
    <fieldset>
      <legend>{t("admin.answering")}</legend>
      <p className="field-hint">{t("admin.field.answeringHint")}</p>
      <div className="field-row">
        {(Object.keys(ANSWER_FIELDS) as AnswerField[]).map((field) => (
          <Field
            key={field}
            label={t(LABELS[field].label)}
            hint={t(LABELS[field].hint, bounds(field))}
            error={message(field)}
          >
            {(c) => (
              <input
                {...c}
                type="number"
                inputMode="numeric"
                step={1}
                min={ANSWER_FIELDS[field].min}
                max={ANSWER_FIELDS[field].max}
                value={values[field]}
                onChange={(e) => onChange({ ...values, [field]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
