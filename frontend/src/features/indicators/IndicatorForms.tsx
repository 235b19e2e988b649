// The writers' forms: add an indicator to a result or a consultation, record a measured value.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { useCreateIndicator, useRecordValue, type IndicatorOwner } from "./api";
import "./i18n";

/** A number typed in a form, or null when left empty (the server says it is required). */
function figure(raw: string): number | null {
  return raw.trim() === "" ? null : Number(raw);
}

export function NewIndicatorForm({ owner }: { owner: IndicatorOwner }) {
  const { t } = useTranslation("indicators");
  const create = useCreateIndicator(owner);
  const errors = useFieldErrors(create.error);
  const [name, setName] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [unit, setUnit] = useState("");
  const [baseline, setBaseline] = useState("");
  const [target, setTarget] = useState("");
  const [description, setDescription] = useState("");
  const titleId = `new-indicator-${owner.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        name_en: nameEn.trim() || null,
        unit,
        baseline: figure(baseline),
        target: figure(target),
        description: description.trim() || null,
      },
      {
        onSuccess: () => {
          for (const clear of [setName, setNameEn, setUnit, setBaseline, setTarget, setDescription]) clear("");
        },
      },
    );
  };
  const text = (field: string, label: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field label={label} hint={hint} error={errors.message(field)}>
      {(control) => (
        <input
          {...control}
          value={value}
          onChange={(e) => {
            errors.edited(field);
            set(e.target.value);
          }}
        />
      )}
    </Field>
  );
  const number = (field: string, label: string, value: string, set: (v: string) => void) => (
    <Field label={label} error={errors.message(field)}>
      {(control) => (
        <input
          {...control}
          type="number"
          step="any"
          inputMode="decimal"
          value={value}
          onChange={(e) => {
            errors.edited(field);
            set(e.target.value);
          }}
        />
      )}
    </Field>
  );
  return (
    <form className="form" onSubmit={submit} aria-labelledby={titleId}>
      <h3 id={titleId}>{t("add")}</h3>
      {text("name", t("nameLabel"), name, setName)}
      {text("name_en", t("nameEnLabel"), nameEn, setNameEn)}
      {text("unit", t("unitLabel"), unit, setUnit, t("unitHint"))}
      {number("baseline", t("baselineLabel"), baseline, setBaseline)}
      {number("target", t("targetLabel"), target, setTarget)}
      <Field label={t("descriptionLabel")} error={errors.message("description")}>
        {(control) => (
          <textarea {...control} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </Field>
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
