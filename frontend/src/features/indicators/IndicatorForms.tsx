// The writers' forms: add an indicator to a result or a consultation, edit one, record a
// measured value.
import { useEffect, useRef, useState, type FormEvent, type Ref } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { useCreateIndicator, useEditIndicator, useRecordValue, type Indicator, type IndicatorOwner } from "./api";
import { draftOf, indicatorChanges, type IndicatorDraft } from "./edit";
import "./i18n";

/** A number typed in a form, or null when left empty (the server says it is required). */
function figure(raw: string): number | null {
  return raw.trim() === "" ? null : Number(raw);
}

const EMPTY: IndicatorDraft = { name: "", nameEn: "", unit: "", baseline: "", target: "", description: "" };

/** Each input's field in the API, for its error. */
const API_FIELD: Record<keyof IndicatorDraft, string> = {
  name: "name",
  nameEn: "name_en",
  unit: "unit",
  baseline: "baseline",
  target: "target",
  description: "description",
};

/** An indicator's inputs, shared by the form that adds one and the one that edits it. */
function IndicatorInputs({
  values,
  set,
  errors,
  firstField,
}: {
  values: IndicatorDraft;
  set: (field: keyof IndicatorDraft, value: string) => void;
  errors: ReturnType<typeof useFieldErrors>;
  firstField?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation("indicators");
  const change = (field: keyof IndicatorDraft) => (e: { target: { value: string } }) => {
    errors.edited(API_FIELD[field]);
    set(field, e.target.value);
  };
  const text = (field: keyof IndicatorDraft, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors.message(API_FIELD[field])}>
      {(control) => (
        <input {...control} ref={field === "name" ? firstField : undefined} value={values[field]} onChange={change(field)} />
      )}
    </Field>
  );
  const number = (field: "baseline" | "target", label: string) => (
    <Field label={label} error={errors.message(field)}>
      {(control) => (
        <input
          {...control}
          type="number"
          step="any"
          inputMode="decimal"
          value={values[field]}
          onChange={change(field)}
        />
      )}
    </Field>
  );
  return (
    <>
      {text("name", t("nameLabel"))}
      {text("nameEn", t("nameEnLabel"))}
      {text("unit", t("unitLabel"), t("unitHint"))}
      {number("baseline", t("baselineLabel"))}
      {number("target", t("targetLabel"))}
      <Field label={t("descriptionLabel")} error={errors.message("description")}>
        {(control) => <textarea {...control} rows={2} value={values.description} onChange={change("description")} />}
      </Field>
    </>
  );
}

export function NewIndicatorForm({ owner }: { owner: IndicatorOwner }) {
  const { t } = useTranslation("indicators");
  const create = useCreateIndicator(owner);
  const errors = useFieldErrors(create.error);
  const [values, setValues] = useState(EMPTY);
  const titleId = `new-indicator-${owner.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: values.name,
        name_en: values.nameEn.trim() || null,
        unit: values.unit,
        baseline: figure(values.baseline),
        target: figure(values.target),
        description: values.description.trim() || null,
      },
      { onSuccess: () => setValues(EMPTY) },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{t("add")}</h3>
      <IndicatorInputs
        values={values}
        set={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        errors={errors}
      />
      <ErrorNotice error={create.error} />
      {create.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("added")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={create.isPending}>
        {t("add")}
      </button>
    </form>
  );
}

/**
 * Edits an indicator, prefilled as it stands; sends only what the writer changed. `onClose`
 * says whether anything was saved; cancelling drops the changes.
 */
export function EditIndicatorForm({
  indicator,
  name,
  onClose,
}: {
  indicator: Indicator;
  name: string;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation("indicators");
  const edit = useEditIndicator(indicator.id);
  const [opened] = useState(() => draftOf(indicator));
  const [values, setValues] = useState(opened);
  // A baseline or target left empty is refused here, shaped as the API's own refusal.
  const [refused, setRefused] = useState<ApiProblem | null>(null);
  const error = refused ?? edit.error;
  const errors = useFieldErrors(error);
  const firstField = useRef<HTMLInputElement>(null);
  // Opening the form takes keyboard and screen-reader users straight to its first field.
  useEffect(() => firstField.current?.focus(), []);
  const titleId = `edit-indicator-${indicator.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { changes, missing } = indicatorChanges(opened, values);
    if (missing.length > 0) {
      setRefused(new ApiProblem("validation_failed", 422, missing));
      return;
    }
    setRefused(null);
    if (Object.keys(changes).length === 0) {
      onClose(false);
      return;
    }
    edit.mutate(changes, { onSuccess: () => onClose(true) });
  };
  return (
    <form className="form indicator-edit" onSubmit={submit} aria-labelledby={titleId}>
      <h4 id={titleId}>{t("editTitle", { name })}</h4>
      <p className="field-hint">{t("editHint")}</p>
      <IndicatorInputs
        values={values}
        set={(field, value) => setValues((v) => ({ ...v, [field]: value }))}
        errors={errors}
        firstField={firstField}
      />
      <ErrorNotice error={error} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={edit.isPending}>
          {edit.isPending ? t("saving") : t("save")}
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** Today in Thailand, the latest day a value may be measured on. */
function todayInThailand(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function RecordValueForm({ indicatorId, name }: { indicatorId: string; name: string }) {
  const { t } = useTranslation("indicators");
  const record = useRecordValue(indicatorId);
  const errors = useFieldErrors(record.error);
  const [value, setValue] = useState("");
  const [measuredOn, setMeasuredOn] = useState(todayInThailand());
  const [source, setSource] = useState("");
  const [sourceUrl, setSourceUrl] = useState("");
  const [note, setNote] = useState("");
  const titleId = `record-${indicatorId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      {
        value: figure(value),
        measured_on: measuredOn || null,
        source,
        source_url: sourceUrl.trim() || null,
        note: note.trim() || null,
      },
      {
        onSuccess: () => {
          setValue("");
          setNote("");
        },
      },
    );
  };
  const edit = (field: string, set: (v: string) => void) => (e: { target: { value: string } }) => {
    errors.edited(field);
    set(e.target.value);
  };
  return (
    <form className="form indicator-record" onSubmit={submit} aria-labelledby={titleId}>
      <h4 id={titleId}>{t("recordFor", { name })}</h4>
      <Field label={t("valueLabel")} error={errors.message("value")}>
        {(control) => (
          <input
            {...control}
            type="number"
            step="any"
            inputMode="decimal"
            value={value}
            onChange={edit("value", setValue)}
          />
        )}
      </Field>
      <Field label={t("measuredOnLabel")} error={errors.message("measured_on")}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={todayInThailand()}
            value={measuredOn}
            onChange={edit("measured_on", setMeasuredOn)}
          />
        )}
      </Field>
      <Field label={t("sourceLabel")} hint={t("sourceHint")} error={errors.message("source")}>
        {(control) => <input {...control} value={source} onChange={edit("source", setSource)} />}
      </Field>
      <Field label={t("sourceUrlLabel")} error={errors.message("source_url")}>
        {(control) => (
          <input {...control} type="url" value={sourceUrl} onChange={edit("source_url", setSourceUrl)} />
        )}
      </Field>
      <Field label={t("noteLabel")} hint={t("noteHint")} error={errors.message("note")}>
        {(control) => <input {...control} value={note} onChange={edit("note", setNote)} />}
      </Field>
      <ErrorNotice error={record.error} />
      {record.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("recorded")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {t("record")}
      </button>
    </form>
  );
}
