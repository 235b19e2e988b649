// "What happened to our ideas" in one province: the results placed there across every
// consultation the public sees, newest first, with a province picker.
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useProvinces } from "@/features/consultations";
import { useProvinceResults } from "./api";
import { ResultCard } from "./ResultCard";
import "./results.css";

export function ProvinceResultsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const province = params.get("province") ?? "";
  const provinces = useProvinces();
  const results = useProvinceResults(province);
  const english = i18n.language.startsWith("en");
  const named = provinces.data?.find((p) => p.th === province || p.en === province);
  const shownName = named ? (english ? named.en : named.th) : province;
  // Until the list arrives, the picker already shows the province the address names,
  // so it never reads "choose a province" on a page that is about one.
  const choices = provinces.data ?? (province ? [{ th: province, en: province }] : []);
  const chosen = named?.th ?? (provinces.data ? "" : province);
  usePageTitle(shownName ? t("results.inProvinceTitle", { province: shownName }) : t("results.byProvinceTitle"));
  return (
    <article className="results-page">
      <header className="page-header">
        <h1>{shownName ? t("results.inProvinceTitle", { province: shownName }) : t("results.byProvinceTitle")}</h1>
        <p className="lead">{t("results.byProvinceLead")}</p>
        <label className="result-province-picker">
          <span>{t("results.provinceLabel")}</span>
          <select
            value={chosen}
            onChange={(e) => setParams(e.target.value ? { province: e.target.value } : {})}
          >
            <option value="">{t("results.chooseProvince")}</option>
            {choices.map((p) => (
              <option key={p.th} value={p.th}>
                {english ? p.en : p.th}
              </option>
            ))}
          </select>
        </label>
      </header>
      {province && (
        <QueryState
          query={results}
          isEmpty={(list) => list.items.length === 0}
          empty={<p>{t("results.noneInProvince")}</p>}
        >
          {(list) => (
            <div className="result-tree">
              {list.items.map((r) => (
                <ResultCard key={r.id} result={r} level={2} />
              ))}
            </div>
          )}
        </QueryState>
      )}
    </article>
  );
}
