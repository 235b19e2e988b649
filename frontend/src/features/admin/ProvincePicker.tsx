// Choosing a consultation's provinces from the official list: a filter box and one checkbox
// per province, so a misspelt province can no longer be typed in.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "@/components/QueryState";
import { useProvinces } from "@/features/consultations";

interface ProvincePickerProps {
  /** Thai names of the chosen provinces. */
  value: readonly string[];
  onChange: (provinces: string[]) => void;
  error?: string | undefined;
}

export function ProvincePicker({ value, onChange, error }: ProvincePickerProps) {
  const { t, i18n } = useTranslation();
  const query = useProvinces();
  const [filter, setFilter] = useState("");
  const id = useId();
  const chosen = new Set(value);
  const english = i18n.language.startsWith("en");

  return (
    <fieldset className={error ? "province-picker field-invalid" : "province-picker"} aria-describedby={`${id}-hint`}>
      <legend>{t("admin.field.provinces")}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t("admin.field.provincesHint")}
      </p>
      {error && <p className="field-error">{error}</p>}
      <QueryState query={query}>
        {(provinces) => {
          // Keep the official order, so the chosen list reads the same wherever it is shown.
          const toggle = (th: string, on: boolean) =>
            onChange(provinces.map((p) => p.th).filter((name) => (name === th ? on : chosen.has(name))));
          const needle = filter.trim().toLowerCase();
          const shown = provinces.filter(
            (p) => !needle || p.th.includes(needle) || p.en.toLowerCase().includes(needle),
          );
          return (
            <>
              <div className="province-picker-bar">
                <label htmlFor={`${id}-filter`} className="visually-hidden">
                  {t("admin.field.provinceFilter")}
                </label>
                <input
                  id={`${id}-filter`}
                  type="search"
                  placeholder={t("admin.field.provinceFilter")}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
                <p role="status" className="field-hint">
                  {value.length === 0
                    ? t("admin.field.provincesNone")
                    : t("admin.field.provincesChosen", { count: value.length })}
                </p>
                {value.length > 0 && (
                  <button type="button" className="button" onClick={() => onChange([])}>
                    {t("admin.field.provincesClear")}
                  </button>
                )}
              </div>
              {shown.length === 0 ? (
                <p className="field-hint">{t("admin.field.provincesNoMatch")}</p>
              ) : (
                <ul className="province-picker-list">
                  {shown.map((p) => (
                    <li key={p.th}>
                      <label>
                        <input
                          type="checkbox"
                          checked={chosen.has(p.th)}
                          onChange={(e) => toggle(p.th, e.target.checked)}
                        />
                        <span lang={english ? "en" : "th"}>{english ? p.en : p.th}</span>
                        <span className="province-picker-other" lang={english ? "th" : "en"}>
                          {english ? p.th : p.en}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </fieldset>
  );
}
