// The form for a consultation's content (Thai, and optionally English), phase, timeline, answer
// deadline, themes, provinces and criteria.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Membership } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fieldMessage } from "@/i18n/errors";
import { AnsweringFields } from "./AnsweringFields";
import { answerProblems, DATE_FIELDS, PHASES, type ConsultationDraft } from "./draft";
import { ProvincePicker } from "./ProvincePicker";

interface ConsultationEditorProps {
  initial: ConsultationDraft;
  /** Policy labs and agencies the editor belongs to, offered as owners. */
  labs: readonly Membership[];
  /** Administrators may leave the owner empty; lab members must name their lab. */
  ownerOptional: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  saved: boolean;
  onSubmit: (draft: ConsultationDraft) => void;
}

export function ConsultationEditor(props: ConsultationEditorProps) {
  const { t } = useTranslation();
  const { error } = props;
  const [draft, setDraft] = useState(props.initial);
  const set = <K extends keyof ConsultationDraft>(name: K, value: ConsultationDraft[K]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const [problems, setProblems] = useState<ReturnType<typeof answerProblems>>({});
  const message = (field: string) => fieldMessage(error, field, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = answerProblems(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) props.onSubmit(draft);
  };

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <ErrorNotice error={error} />
      {props.saved && (
        <div className="notice notice-success" role="status">
          {t("admin.saved")}
        </div>
      )}
      <Field label={t("admin.field.title")} error={message("title")}>
        {(c) => <input {...c} required value={draft.title} onChange={(e) => set("title", e.target.value)} />}
      </Field>
      <Field label={t("admin.field.slug")} hint={t("admin.field.slugHint")} error={message("slug")}>
        {(c) => <input {...c} value={draft.slug} onChange={(e) => set("slug", e.target.value)} />}
      </Field>
      <Field label={t("admin.field.summary")} error={message("summary")}>
        {(c) => (
          <textarea {...c} required rows={3} value={draft.summary} onChange={(e) => set("summary", e.target.value)} />
        )}
      </Field>
      <fieldset>
        <legend>{t("admin.english")}</legend>
        <p className="field-hint">{t("admin.field.englishHint")}</p>
        <Field label={t("admin.field.titleEn")} error={message("title_en")}>
          {(c) => <input {...c} lang="en" value={draft.titleEn} onChange={(e) => set("titleEn", e.target.value)} />}
        </Field>
        <Field label={t("admin.field.summaryEn")} error={message("summary_en")}>
          {(c) => (
            <textarea {...c} lang="en" rows={3} value={draft.summaryEn} onChange={(e) => set("summaryEn", e.target.value)} />
          )}
        </Field>
      </fieldset>
      <Field label={t("admin.field.body")} hint={t("admin.field.bodyHint")} error={message("body")}>
        {(c) => <textarea {...c} required rows={12} value={draft.body} onChange={(e) => set("body", e.target.value)} />}
      </Field>
      {(props.labs.length > 0 || !props.ownerOptional) && (
        <Field label={t("admin.field.owner")} error={message("owner_organization_id")}>
          {(c) => (
            <select {...c} value={draft.ownerOrganizationId} onChange={(e) => set("ownerOrganizationId", e.target.value)}>
              {props.ownerOptional && <option value="">{t("admin.field.noOwner")}</option>}
              {props.labs.map((lab) => (
                <option key={lab.id} value={lab.id}>
                  {lab.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset>
        <legend>{t("admin.phaseAndTimeline")}</legend>
        <Field label={t("admin.field.phase")} hint={t("admin.field.phaseHint")} error={message("phase")}>
          {(c) => (
            <select {...c} value={draft.phase} onChange={(e) => set("phase", e.target.value as ConsultationDraft["phase"])}>
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(`phase.${phase}`)}
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
                  value={draft.dates[field]}
                  onChange={(e) => set("dates", { ...draft.dates, [field]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <AnsweringFields
        values={draft.answers}
        onChange={(answers) => set("answers", answers)}
        problems={problems}
        apiError={error}
      />

      <fieldset>
        <legend>{t("admin.labels")}</legend>
        <p className="field-hint">{t("admin.field.linesHint")}</p>
        <Field label={t("admin.field.themes")} error={message("themes")}>
          {(c) => <textarea {...c} rows={5} value={draft.themes} onChange={(e) => set("themes", e.target.value)} />}
        </Field>
        <ProvincePicker
          value={draft.provinces}
          onChange={(provinces) => set("provinces", provinces)}
          error={message("provinces")}
        />
        <Field label={t("admin.field.criteria")} hint={t("admin.field.criteriaHint")} error={message("criteria")}>
          {(c) => <textarea {...c} rows={4} value={draft.criteria} onChange={(e) => set("criteria", e.target.value)} />}
        </Field>
      </fieldset>

      <button type="submit" className="button button-primary" disabled={props.pending}>
        {props.pending ? t("common.working") : props.submitLabel}
      </button>
    </form>
  );
}
