// Results: what became of a consultation's proposals, read by anyone and written by the
// organisation responsible for them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";
import { fileBody } from "@/api/fileBody";

export type Result = components["schemas"]["ResultResponse"];
export type ResultDetail = components["schemas"]["ResultDetail"];
export type ResultStatus = components["schemas"]["ResultStatus"];
export type CreateResultRequest = components["schemas"]["CreateResultRequest"];
export type UpdateRequest = components["schemas"]["UpdateRequest"];
export type MilestoneRequest = components["schemas"]["MilestoneRequest"];

export const RESULT_STATUSES = [
  "planned",
  "in_progress",
  "completed",
  "cancelled",
] as const satisfies readonly ResultStatus[];

export const resultKeys = {
  all: ["results"] as const,
  ofConsultation: (idOrSlug: string) => [...resultKeys.all, "consultation", idOrSlug] as const,
  one: (id: string) => [...resultKeys.all, "one", id] as const,
  inProvince: (province: string) => [...resultKeys.all, "province", province] as const,
};

export function useConsultationResults(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: resultKeys.ofConsultation(idOrSlug ?? ""),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}/results", {
          params: { path: { id_or_slug: idOrSlug ?? "" } },
        }),
      ),
    enabled: !!idOrSlug,
  });
}

/** The results placed in a province, across the consultations the public sees. */
export function useProvinceResults(province: string) {
  return useQuery({
    queryKey: resultKeys.inProvince(province),
    queryFn: () => unwrap(apiClient().GET("/api/v1/results", { params: { query: { province } } })),
    enabled: province !== "",
  });
}

export function useResult(id: string | undefined) {
  return useQuery({
    queryKey: resultKeys.one(id ?? ""),
    queryFn: () => unwrap(apiClient().GET("/api/v1/results/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: !!id,
  });
}

/** Publishes a result in a consultation. */
export function useCreateResult(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateResultRequest) =>
      unwrap(
        apiClient().POST("/api/v1/consultations/{id}/results", {
          params: { path: { id: consultationId } },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}

/** Posts an update of a result's progress or status. */
export function usePostUpdate(resultId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRequest) =>
      unwrap(apiClient().POST("/api/v1/results/{id}/updates", { params: { path: { id: resultId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}

/** Adds a milestone to a result. */
export function useAddMilestone(resultId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MilestoneRequest) =>
      unwrap(apiClient().POST("/api/v1/results/{id}/milestones", { params: { path: { id: resultId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}

/** The title in the reader's language: the English one for English readers when given. */
export function resultTitle(r: { title: string; title_en?: string | null }, language: string): string {
  return language.startsWith("en") && r.title_en?.trim() ? r.title_en : r.title;
}

/** The description's HTML in the reader's language. */
export function resultDescription(
  r: { description_html: string; description_en_html?: string | null },
  language: string,
): string {
  return language.startsWith("en") && r.description_en_html ? r.description_en_html : r.description_html;
}

/** Evidence documents on one milestone, for those who may write the result. */
export function useMilestoneAttachments(resultId: string, milestoneId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: resultKeys.all });
  const path = { id: resultId, milestone_id: milestoneId };
  const attach = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        apiClient().POST("/api/v1/results/{id}/milestones/{milestone_id}/attachments", {
          params: { path, query: { filename: file.name } },
          ...fileBody(file),
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/results/{id}/milestones/{milestone_id}/attachments/{attachment_id}", {
          params: { path: { ...path, attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refresh,
  });
  return { attach, remove };
}
