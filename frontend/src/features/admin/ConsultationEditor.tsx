// The form for a consultation's content (Thai, and optionally English), phase, timeline, answer
// deadline, themes, provinces and criteria.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Membership } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fieldMessage } from "@/i18n/errors";
import { AnsweringFields } from "./AnsweringFields";
import { EnglishFields } from "./EnglishFields";
import { answerProblems, type ConsultationDraft } from "./draft";
import { PhaseFields } from "./PhaseFields";
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
      <EnglishFields
        title={draft.titleEn}
        summary={draft.summaryEn}
        onTitle={(value) => set("titleEn", value)}
        onSummary={(value) => set("summaryEn", value)}
        message={message}
      />
      <Field label={t("admin.field.body")} hint={t("admin.field.bodyHint")} error={message("body")}>
        {(c) => <textarea {...c} required rows={12} value={draft.body} onChange={(e) => set("body", e.target.value)} />}
      </Field>
      {(props.labs.length > 0 || !props.ownerOptional) && (
        <OwnerField
          value={draft.ownerOrganizationId}
          onChange={(value) => set("ownerOrganizationId", value)}
          labs={props.labs}
          optional={props.ownerOptional}
          error={message("owner_organization_id")}
        />
      )}

      <PhaseFields
        phase={draft.phase}
        dates={draft.dates}
        onPhase={(phase) => set("phase", phase)}
        onDates={(dates) => set("dates", dates)}
        message={message}
      />

      <AnsweringFields
        values={draft.answers}
        onChange={(answers) => set("answers", answers)}
        problems={problems}
        apiError={error}
      />

      <LabelFields draft={draft} set={set} message={message} />

      <button type="submit" className="button button-primary" disabled={props.pending}>
        {props.pending ? t("common.working") : props.submitLabel}
      </button>
    </form>
  );
}

interface OwnerFieldProps {
  value: string;
  onChange: (value: string) => void;
  labs: readonly Membership[];
  optional: boolean;
  error: string | undefined;
}

function OwnerField({ value, onChange, labs, optional, error }: OwnerFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t("admin.field.owner")} error={error}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          {optional && <option value="">{t("admin.field.noOwner")}</option>}
          {labs.map((lab) => (
            <option key={lab.id} value={lab.id}>
              {lab.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface LabelFieldsProps {
  draft: ConsultationDraft;
  set: <K extends keyof ConsultationDraft>(name: K, value: ConsultationDraft[K]) => void;
  message: (field: string) => string | undefined;
}

function LabelFields({ draft, set, message }: LabelFieldsProps) {
  const { t } = useTranslation();
  return (
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
  );
}
