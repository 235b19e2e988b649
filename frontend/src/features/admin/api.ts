// Opening and editing consultations (administrators and policy-lab members).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { consultationKeys } from "@/api/queryKeys";
import type { Consultation, ConsultationInput } from "@/api/types";

function useStoreConsultation() {
  const queryClient = useQueryClient();
  return (consultation: Consultation) => {
    queryClient.setQueryData(consultationKeys.one(consultation.slug), consultation);
    queryClient.setQueryData(consultationKeys.one(consultation.id), consultation);
    void queryClient.invalidateQueries({ queryKey: consultationKeys.list() });
  };
}

export function useCreateConsultation() {
  const store = useStoreConsultation();
  return useMutation({
    mutationFn: (input: ConsultationInput) =>
      unwrap(apiClient().POST("/api/v1/consultations", { body: input })),
    onSuccess: store,
  });
}

export function useUpdateConsultation(idOrSlug: string) {
  const store = useStoreConsultation();
  return useMutation({
    mutationFn: (input: ConsultationInput) =>
      unwrap(
        apiClient().PATCH("/api/v1/consultations/{id_or_slug}", {
          params: { path: { id_or_slug: idOrSlug } },
          body: input,
        }),
      ),
    onSuccess: store,
  });
}
