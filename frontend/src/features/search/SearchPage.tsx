// The search page: words, filters and sort live in the address; results come page by page.
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useSearch } from "./api";
import { FacetFilter } from "./FacetFilter";
import { useSearchTranslation } from "./i18n";
import { DOC_TYPES, FACETS, readSearch, SEARCH_SORTS, toggleFacet, writeSearch, type SearchState } from "./params";
import { SearchResult } from "./SearchResult";
import "./search.css";

function QueryForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useSearchTranslation();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form role="search" className="search-form" aria-label={t("page.landmark")} onSubmit={submit}>
      <label htmlFor="search-query">{t("page.query")}</label>
      <div className="search-form-row">
        <input id="search-query" type="search" value={q} enterKeyHint="search" onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button button-primary">
          {t("page.submit")}
        </button>
      </div>
    </form>
  );
}

/** Search outages get their own message; other problems say what was wrong. */
function SearchError({ error }: { error: unknown }) {
  const { t } = useSearchTranslation();
  if (error instanceof ApiProblem && error.status !== 503 && error.status !== 0) return <ErrorNotice error={error} />;
  return (
    <div className="notice notice-error" role="alert">
      {t("page.error")}
    </div>
  );
}

export function SearchPage() {
  const { t } = useSearchTranslation();
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  // On a phone the filters fold away, so the results start right under the search box.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const chosenFilters = FACETS.filter((facet) => state[facet] !== "").length;
  usePageTitle(state.q ? t("page.titleFor", { q: state.q }) : t("page.title"));
  const search = useSearch(state);
  // Each change applies to the address as it is now. The router's params (even the ones its
  // updater passes) are those of the last render, which lags behind the address while a
  // navigation renders in a transition: a second quick change built on them would undo the first.
  const update = (change: (current: SearchState) => SearchState) =>
    setParams(writeSearch(change(readSearch(new URLSearchParams(window.location.search)))));

  const pages = search.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const first = pages[0];
  const countText = first
    ? state.q
      ? t("page.resultsFor", { count: first.total, q: state.q })
      : t("page.results", { count: first.total })
    : "";

  return (
    <div className="search-page">
      <h1>{t("page.title")}</h1>
      <QueryForm key={state.q} initial={state.q} onSearch={(q) => update((current) => ({ ...current, q }))} />
      <button
        type="button"
        className="button search-filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="search-filters"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {filtersOpen ? t("page.hideFilters") : t("page.showFilters", { count: chosenFilters })}
      </button>
      <div className="search-layout">
        <section
          id="search-filters"
          className={filtersOpen ? "search-filters" : "search-filters search-filters-folded"}
          aria-labelledby="search-filters-heading"
        >
          <h2 id="search-filters-heading" className="visually-hidden">
            {t("page.filters")}
          </h2>
          <div className="field">
            <label htmlFor="search-type">{t("page.type")}</label>
            <select
              id="search-type"
              value={state.types.length === 1 ? state.types[0] : ""}
              onChange={(e) => {
                const type = DOC_TYPES.find((value) => value === e.target.value);
                update((current) => ({ ...current, types: type ? [type] : [] }));
              }}
            >
              <option value="">{t("page.anyType")}</option>
              {DOC_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-sort">{t("page.sort")}</label>
            <select
              id="search-sort"
              value={state.sort}
              onChange={(e) => {
                const sort = SEARCH_SORTS.find((value) => value === e.target.value) ?? "relevance";
                update((current) => ({ ...current, sort }));
              }}
            >
              {SEARCH_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sort.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          {FACETS.map((facet) => (
            <FacetFilter
              key={facet}
              facet={facet}
              counts={first?.facets[facet]}
              chosen={state[facet]}
              onToggle={(value) => update((current) => toggleFacet(current, facet, value))}
            />
          ))}
        </section>
        <section className="search-results" aria-labelledby="search-count" aria-busy={search.isFetching}>
          <p id="search-count" className="search-count" role="status" aria-live="polite" aria-atomic="true">
            {countText}
          </p>
          <QueryState
            query={search}
            keepDataOnError
            renderError={(error) => <SearchError error={error} />}
            isEmpty={() => items.length === 0}
            empty={<p className="notice">{t("page.empty")}</p>}
          >
            {() => (
              <ol className="plain-list search-hits">
                {items.map((hit) => (
                  <li key={`${hit.type}-${hit.id}`}>
                    <SearchResult hit={hit} />
                  </li>
                ))}
              </ol>
            )}
          </QueryState>
          {search.hasNextPage && (
            <button
              type="button"
              className="button"
              disabled={search.isFetchingNextPage}
              onClick={() => void search.fetchNextPage()}
            >
              {t("page.more")}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
