// Opening and editing consultations (administrators and policy-lab members).
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { consultationKeys } from "@/api/queryKeys";
import type { components } from "@/api/schema";
import type { Consultation, ConsultationInput, Role } from "@/api/types";

type Schemas = components["schemas"];

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

export type ListedUser = Schemas["ListedUser"];
export const ACCOUNT_STATES = ["unverified", "suspended", "banned", "organization_member"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export interface UserFilters {
  q: string;
  role: Role | "";
  state: AccountState | "";
}

/** The administrators' list of accounts, newest first, a page at a time. */
export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: ["admin", "accounts", filters] as const,
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/admin/accounts", {
          params: {
            query: {
              q: filters.q || undefined,
              role: filters.role || undefined,
              state: filters.state || undefined,
              cursor: pageParam,
              limit: 25,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}
