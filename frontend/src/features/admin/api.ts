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
    // The write's answer leaves out what only the single view carries (how the answer
    // deadline is kept, the caller's follow and ratings): fetch that view again when shown.
    for (const key of [consultation.slug, consultation.id]) {
      void queryClient.invalidateQueries({ queryKey: consultationKeys.one(key) });
    }
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
