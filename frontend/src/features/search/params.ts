// What the search page shows, read from and written to the address bar, so a search can be
// bookmarked, shared and gone back to.
import type { components, operations } from "@/api/schema";

type Schemas = components["schemas"];
export type DocType = Schemas["DocType"];
export type SearchSort = NonNullable<NonNullable<operations["search"]["parameters"]["query"]>["sort"]>;
export type FacetName = keyof Schemas["SearchFacets"];

export const DOC_TYPES = ["proposal", "comment", "consultation"] as const satisfies readonly DocType[];
export const SEARCH_SORTS = ["relevance", "new", "top"] as const satisfies readonly SearchSort[];
export const FACETS = ["theme", "province", "status"] as const satisfies readonly FacetName[];

export interface SearchState {
  q: string;
  /** Empty means every type. */
  types: DocType[];
  sort: SearchSort;
  /** A chosen value per facet; empty means any. */
  theme: string;
  province: string;
  status: string;
}

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

export function readSearch(params: URLSearchParams): SearchState {
  const sort = params.get("sort");
  const types = (params.get("type") ?? "").split(",").filter((type) => isOneOf(DOC_TYPES, type));
  return {
    q: params.get("q")?.trim() ?? "",
    types: [...new Set(types)],
    sort: isOneOf(SEARCH_SORTS, sort) ? sort : "relevance",
    theme: params.get("theme") ?? "",
    province: params.get("province") ?? "",
    status: params.get("status") ?? "",
  };
}

/** The address-bar form of a search; defaults are left out so URLs stay short. */
export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.types.length > 0) params.set("type", state.types.join(","));
  if (state.sort !== "relevance") params.set("sort", state.sort);
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet]);
  return params;
}

/** Choosing the value already chosen clears the facet; choosing another replaces it. */
export function toggleFacet(state: SearchState, facet: FacetName, value: string): SearchState {
  return { ...state, [facet]: state[facet] === value ? "" : value };
}

/** The facet's values with their counts, most common first, keeping a chosen value even at zero. */
export function facetEntries(counts: Record<string, number> | undefined, chosen: string): [string, number][] {
  const entries = Object.entries(counts ?? {});
  if (chosen && !entries.some(([value]) => value === chosen)) entries.push([chosen, 0]);
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
