// A consultation's proposals with sort, theme and province filters kept in the URL, so a
// filtered list can be shared and survives the back button.
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { Consultation } from "@/api/types";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { PROPOSAL_SORTS, useProposalList, type ProposalFilters, type SortChoice } from "./api";
import { ProposalCard } from "./ProposalCard";

function readFilters(params: URLSearchParams): ProposalFilters {
  const sort = params.get("sort");
  return {
    sort: PROPOSAL_SORTS.includes(sort as SortChoice) ? (sort as SortChoice) : "hot",
    theme: params.get("theme") ?? "",
    province: params.get("province") ?? "",
  };
}

export function ProposalList({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const list = useProposalList(consultation.slug, filters);

  const setFilter = (name: keyof ProposalFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  const proposals = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="proposal-list">
      <div className="filters" role="search" aria-label={t("proposal.filters")}>
        <Field label={t("proposal.sortBy")}>
          {(control) => (
            <select {...control} value={filters.sort} onChange={(e) => setFilter("sort", e.target.value)}>
              {PROPOSAL_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sort.${sort}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {consultation.themes.length > 0 && (
          <Field label={t("proposal.theme")}>
            {(control) => (
              <select {...control} value={filters.theme} onChange={(e) => setFilter("theme", e.target.value)}>
                <option value="">{t("proposal.allThemes")}</option>
                {consultation.themes.map((theme) => (
                  <option key={theme} value={theme}>
                    {theme}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {consultation.provinces.length > 0 && (
          <Field label={t("proposal.province")}>
            {(control) => (
              <select
                {...control}
                value={filters.province}
                onChange={(e) => setFilter("province", e.target.value)}
              >
                <option value="">{t("proposal.allProvinces")}</option>
                {consultation.provinces.map((province) => (
                  <option key={province} value={province}>
                    {province}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>

      <QueryState
        query={list}
        keepDataOnError
        isEmpty={() => proposals.length === 0}
        empty={<p>{t("proposal.none")}</p>}
      >
        {() => (
          <ol className="plain-list">
            {proposals.map((proposal) => (
              <li key={proposal.id}>
                <ProposalCard proposal={proposal} />
              </li>
            ))}
          </ol>
        )}
      </QueryState>
      {list.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {list.isFetchingNextPage ? t("common.loading") : t("common.loadMore")}
        </button>
      )}
    </div>
  );
}
