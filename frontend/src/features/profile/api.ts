// Changing one's own profile.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { MeUpdate } from "@/api/types";
import { meKey } from "@/features/auth/api";

/** The choices the API accepts for the optional demographic fields (see UpdateMeRequest). */
export const AGE_BANDS = ["under_18", "18_24", "25_34", "35_44", "45_59", "60_plus"] as const;
export const GENDERS = ["female", "male", "non_binary", "prefer_not_to_say"] as const;

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeUpdate) => unwrap(apiClient().PATCH("/api/v1/me", { body: input })),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}
