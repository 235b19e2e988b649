// Title, text, theme and province of a proposal, for writing a new one or editing one's own.
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ProposalInput } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";

export interface ProposalDraft {
  title: string;
  body: string;
  theme: string;
  province: string;
}

interface ProposalFormProps {
  initial: ProposalDraft;
  themes: readonly string[];
  provinces: readonly string[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ProposalInput) => void;
  onCancel?: () => void;
  /** Shown under the text as it is written, e.g. proposals that already say the same. */
  draftHint?: (draft: ProposalDraft) => ReactNode;
}

export function ProposalForm(props: ProposalFormProps) {
  const { t } = useTranslation();
  const { themes, provinces, error } = props;
  const [draft, setDraft] = useState(props.initial);
  const fieldErrors = useFieldErrors(error);
  const set = (name: keyof ProposalDraft) => (value: string) => {
    fieldErrors.edited(name);
    setDraft({ ...draft, [name]: value });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({
      title: draft.title,
      body: draft.body,
      theme: draft.theme || null,
      province: draft.province || null,
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorNotice error={error} />
      <Field label={t("proposal.title")} hint={t("proposal.titleHint")} error={fieldErrors.message("title")}>
        {(control) => (
          <input {...control} required maxLength={150} value={draft.title} onChange={(e) => set("title")(e.target.value)} />
        )}
      </Field>
      <Field label={t("proposal.body")} hint={t("proposal.bodyHint")} error={fieldErrors.message("body")}>
        {(control) => (
          <textarea {...control} required rows={10} value={draft.body} onChange={(e) => set("body")(e.target.value)} />
        )}
      </Field>
      {props.draftHint?.(draft)}
      {themes.length > 0 && (
        <Field label={t("proposal.theme")} error={fieldErrors.message("theme")}>
          {(control) => (
            <select {...control} value={draft.theme} onChange={(e) => set("theme")(e.target.value)}>
              <option value="">{t("proposal.noTheme")}</option>
              {themes.map((theme) => (
                <option key={theme} value={theme}>
                  {theme}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {provinces.length > 0 && (
        <Field label={t("proposal.province")} error={fieldErrors.message("province")}>
          {(control) => (
            <select {...control} value={draft.province} onChange={(e) => set("province")(e.target.value)}>
              <option value="">{t("proposal.noProvince")}</option>
              {provinces.map((province) => (
                <option key={province} value={province}>
                  {province}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={props.pending}>
          {props.pending ? t("common.working") : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
