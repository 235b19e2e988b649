// The profile fields of an organisation, for creating one and for editing it.
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { useProvinces } from "@/features/consultations";

export interface ProfileValues {
  name: string;
  description: string;
  website: string;
  province: string;
}

interface ProfileFormProps {
  initial: ProfileValues;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (values: ProfileValues) => void;
  /** Fields shown before the profile's own (kind and link name when creating). */
  before?: ReactNode;
}

/** Blank text is absent: `null` clears a field. */
export const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function ProfileForm({ initial, submitLabel, busy, error, onSubmit, before }: ProfileFormProps) {
  const { t, i18n } = useTranslation("organizations");
  const provinces = useProvinces();
  const english = i18n.language.startsWith("en");
  const [values, setValues] = useState(initial);
  const errors = useFieldErrors(error);
  const change = (field: keyof ProfileValues) => (value: string) => {
    errors.edited(field);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const text = (field: keyof ProfileValues, label: string, type = "text") => (
    <Field label={label} error={errors.message(field)}>
      {(control) => (
        <input {...control} type={type} value={values[field]} onChange={(e) => change(field)(e.target.value)} />
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate>
      {before}
      {text("name", t("form.name"))}
      <Field label={t("form.description")} error={errors.message("description")}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.description}
            onChange={(e) => change("description")(e.target.value)}
          />
        )}
      </Field>
      {text("website", t("form.website"), "url")}
      <Field label={t("form.province")} error={errors.message("province")}>
        {(control) => (
          <select {...control} value={values.province} onChange={(e) => change("province")(e.target.value)}>
            <option value="">{t("form.noProvince")}</option>
            {(provinces.data ?? []).map((p) => (
              <option key={p.th} value={p.th}>
                {english ? p.en : p.th}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ErrorNotice error={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
