// Reading consultations.
import { useQuery } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { consultationKeys } from "@/api/queryKeys";
import type { Phase } from "@/api/types";

/** Phases in which people can still take part. */
export const OPEN_PHASES: readonly Phase[] = ["ideation", "voting"];

export function useConsultations() {
  return useQuery({
    queryKey: consultationKeys.list(),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/consultations", { params: { query: { limit: 100 } } })),
  });
}

export function useConsultation(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: consultationKeys.one(idOrSlug ?? ""),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}", {
          params: { path: { id_or_slug: idOrSlug ?? "" } },
        }),
      ),
    enabled: !!idOrSlug,
  });
}

/** Thailand's 77 provinces (Thai and English names): the list never changes while the app runs. */
export function useProvinces() {
  return useQuery({
    queryKey: ["provinces"],
    queryFn: () => unwrap(apiClient().GET("/api/v1/provinces")),
    staleTime: Infinity,
  });
}
