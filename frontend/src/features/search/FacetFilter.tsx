// One facet (theme, province or status) as toggle buttons with the count of matches for each value.
import { useTranslation } from "react-i18next";
import type { ProposalStatus } from "@/api/types";
import { useSearchTranslation } from "./i18n";
import { facetEntries, type FacetName } from "./params";

const STATUSES = ["published", "under_review", "accepted", "rejected", "implemented", "withdrawn"] as const satisfies readonly ProposalStatus[];

interface FacetFilterProps {
  facet: FacetName;
  counts: Record<string, number> | undefined;
  chosen: string;
  onToggle: (value: string) => void;
}

export function FacetFilter({ facet, counts, chosen, onToggle }: FacetFilterProps) {
  const { t } = useSearchTranslation();
  const { t: tApp } = useTranslation();
  const entries = facetEntries(counts, chosen);
  if (entries.length === 0) return null;
  const label = (value: string) =>
    facet === "status" && (STATUSES as readonly string[]).includes(value)
      ? tApp(`status.${value as ProposalStatus}`)
      : value;
  return (
    <fieldset className="facet">
      <legend>{t(`facet.${facet}`)}</legend>
      <ul className="facet-values">
        {entries.map(([value, count]) => (
          <li key={value}>
            <button
              type="button"
              className="facet-value"
              aria-pressed={chosen === value}
              aria-label={t("page.facetChoice", { value: label(value), count })}
              onClick={() => onToggle(value)}
            >
              <span>{label(value)}</span> <span className="facet-count">{count}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
