// Reading consultations.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { consultationKeys } from "@/api/queryKeys";
import type { Phase } from "@/api/types";
import { fileBody } from "@/api/fileBody";

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

/** Attaches a document to the consultation (administrators and the owning lab). */
export function useConsultationAttachments(idOrSlug: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: consultationKeys.one(idOrSlug) });
  const attach = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        apiClient().POST("/api/v1/consultations/{id_or_slug}/attachments", {
          params: { path: { id_or_slug: idOrSlug }, query: { filename: file.name } },
          ...fileBody(file),
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/consultations/{id_or_slug}/attachments/{attachment_id}", {
          params: { path: { id_or_slug: idOrSlug, attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refresh,
  });
  return { attach, remove };
}
