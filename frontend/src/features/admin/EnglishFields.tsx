// A consultation's optional English title and summary, shown to readers who chose English.
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";

interface EnglishFieldsProps {
  title: string;
  summary: string;
  onTitle: (value: string) => void;
  onSummary: (value: string) => void;
  /** The API's reason a field was refused, if it was. */
  message: (field: string) => string | undefined;
}

export function EnglishFields({ title, summary, onTitle, onSummary, message }: EnglishFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t("admin.english")}</legend>
      <p className="field-hint">{t("admin.field.englishHint")}</p>
      <Field label={t("admin.field.titleEn")} error={message("title_en")}>
        {(c) => <input {...c} lang="en" value={title} onChange={(e) => onTitle(e.target.value)} />}
      </Field>
      <Field label={t("admin.field.summaryEn")} error={message("summary_en")}>
        {(c) => <textarea {...c} lang="en" rows={3} value={summary} onChange={(e) => onSummary(e.target.value)} />}
      </Field>
    </fieldset>
  );
}
