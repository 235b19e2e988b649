// Documents of a consultation: read by anyone once published, drafted by its writers, signed by
// representatives of organisations.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

export type DocumentDetail = components["schemas"]["DocumentDetail"];
export type DocumentKind = components["schemas"]["DocumentKind"];
export type VersionResponse = components["schemas"]["VersionResponse"];
export type DraftRequest = components["schemas"]["DraftRequest"];
export type CreateDocumentRequest = components["schemas"]["CreateDocumentRequest"];
export type RemarkResponse = components["schemas"]["RemarkResponse"];
export type NewRemarkRequest = components["schemas"]["NewRemarkRequest"];
export type DecisionRequest = components["schemas"]["DecisionRequest"];

export const DOCUMENT_KINDS = ["charter", "strategy", "other"] as const satisfies readonly DocumentKind[];

export const documentKeys = {
  all: ["documents"] as const,
  ofConsultation: (idOrSlug: string) => [...documentKeys.all, "consultation", idOrSlug] as const,
  one: (id: string) => [...documentKeys.all, "one", id] as const,
  remarks: (id: string) => [...documentKeys.all, "remarks", id] as const,
};

export function useConsultationDocuments(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: documentKeys.ofConsultation(idOrSlug ?? ""),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}/documents", {
          params: { path: { id_or_slug: idOrSlug ?? "" } },
        }),
      ),
    enabled: !!idOrSlug,
  });
}

export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: documentKeys.one(id ?? ""),
    queryFn: () => unwrap(apiClient().GET("/api/v1/documents/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: !!id,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: documentKeys.all });
}

export function useCreateDocument(consultationId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateDocumentRequest) =>
      unwrap(
        apiClient().POST("/api/v1/consultations/{id}/documents", { params: { path: { id: consultationId } }, body }),
      ),
    onSuccess: invalidate,
  });
}

export function useSaveDraft(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: DraftRequest) =>
      unwrap(apiClient().PUT("/api/v1/documents/{id}/draft", { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useStartDraft(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => unwrap(apiClient().POST("/api/v1/documents/{id}/draft", { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function usePublish(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => unwrap(apiClient().POST("/api/v1/documents/{id}/publish", { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useSign(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ versionId, organizationId }: { versionId: string; organizationId: string }) =>
      unwrap(
        apiClient().POST("/api/v1/documents/{id}/versions/{version_id}/signatures", {
          params: { path: { id, version_id: versionId } },
          body: { organization_id: organizationId },
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The remarks on the document's current published version, in paragraph order. */
export function useRemarks(id: string) {
  return useQuery({
    queryKey: documentKeys.remarks(id),
    queryFn: () => unwrap(apiClient().GET("/api/v1/documents/{id}/remarks", { params: { path: { id } } })),
  });
}

export function useAddRemark(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: NewRemarkRequest) =>
      unwrap(apiClient().POST("/api/v1/documents/{id}/remarks", { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

/** Accepting puts the amendment's words into the draft, so the whole document is read again. */
export function useDecideAmendment(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ remarkId, ...body }: DecisionRequest & { remarkId: string }) =>
      unwrap(
        apiClient().POST("/api/v1/documents/{id}/remarks/{remark_id}/decision", {
          params: { path: { id, remark_id: remarkId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** The title in the reader's language: the English one for English readers when given. */
export function documentTitle(d: { title: string; title_en?: string | null }, language: string): string {
  return language.startsWith("en") && d.title_en?.trim() ? d.title_en : d.title;
}
