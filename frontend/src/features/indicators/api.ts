// Impact indicators of a result or of a consultation: read by anyone, written by those who
// may write the result (or the consultation's lab).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

export type Indicator = components["schemas"]["IndicatorResponse"];
export type IndicatorValue = components["schemas"]["IndicatorValueResponse"];
export type IndicatorList = components["schemas"]["IndicatorList"];
export type IndicatorRequest = components["schemas"]["IndicatorRequest"];
export type IndicatorValueRequest = components["schemas"]["IndicatorValueRequest"];

/** What indicators hang on: a result, or a consultation as a whole. */
export type IndicatorOwner = { kind: "result"; id: string } | { kind: "consultation"; id: string };

export const indicatorKeys = {
  all: ["indicators"] as const,
  ofResult: (id: string) => [...indicatorKeys.all, "result", id] as const,
  ofConsultation: (idOrSlug: string) => [...indicatorKeys.all, "consultation", idOrSlug] as const,
};

export function useResultIndicators(id: string | undefined) {
  return useQuery({
    queryKey: indicatorKeys.ofResult(id ?? ""),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/results/{id}/indicators", { params: { path: { id: id ?? "" } } })),
    enabled: !!id,
  });
}

export function useConsultationIndicators(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: indicatorKeys.ofConsultation(idOrSlug ?? ""),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}/indicators", {
          params: { path: { id_or_slug: idOrSlug ?? "" } },
        }),
      ),
    enabled: !!idOrSlug,
  });
}

export function useCreateIndicator(owner: IndicatorOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorRequest) =>
      unwrap(
        owner.kind === "result"
          ? apiClient().POST("/api/v1/results/{id}/indicators", { params: { path: { id: owner.id } }, body })
          : apiClient().POST("/api/v1/consultations/{id}/indicators", { params: { path: { id: owner.id } }, body }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useRecordValue(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorValueRequest) =>
      unwrap(apiClient().POST("/api/v1/indicators/{id}/values", { params: { path: { id: indicatorId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

/** Changes an indicator; settles once the lists show the change, so a closing form reveals it. */
export function useEditIndicator(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IndicatorRequest) =>
      unwrap(apiClient().PATCH("/api/v1/indicators/{id}", { params: { path: { id: indicatorId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

export function useDeleteIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(apiClient().DELETE("/api/v1/indicators/{id}", { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
  });
}

/** The name in the reader's language: the English one for English readers when given. */
export function indicatorName(i: { name: string; name_en?: string | null }, language: string): string {
  return language.startsWith("en") && i.name_en?.trim() ? i.name_en : i.name;
}
