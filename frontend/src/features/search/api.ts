// Search results page by page, and the proposals a draft looks like.
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { SearchState } from "./params";

const PAGE_SIZE = 20;

export const searchKeys = {
  all: ["search"] as const,
  results: (state: SearchState) => [...searchKeys.all, "results", state] as const,
  similar: (consultation: string, title: string, body: string) =>
    [...searchKeys.all, "similar", consultation, title, body] as const,
};

export function useSearch(state: SearchState) {
  return useInfiniteQuery({
    queryKey: searchKeys.results(state),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/search", {
          params: {
            query: {
              q: state.q || undefined,
              type: state.types.length > 0 ? state.types.join(",") : undefined,
              sort: state.sort,
              theme: state.theme || undefined,
              province: state.province || undefined,
              status: state.status || undefined,
              limit: PAGE_SIZE,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Titles shorter than this say too little to compare. */
export const SIMILAR_MIN_TITLE = 4;

export function useSimilarProposals(consultation: string, title: string, body: string) {
  const enabled = title.trim().length >= SIMILAR_MIN_TITLE;
  return useQuery({
    queryKey: searchKeys.similar(consultation, title, body),
    queryFn: () =>
      unwrap(
        apiClient().POST("/api/v1/consultations/{id_or_slug}/similar", {
          params: { path: { id_or_slug: consultation } },
          body: { title, body },
        }),
      ),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
