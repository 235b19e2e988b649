// Changing one's own profile.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiClient, authSession } from "@/api/client";
import { unwrap } from "@/api/problem";
import { meKey } from "@/api/queryKeys";
import type { MeUpdate } from "@/api/types";

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

/** Fetches one's own data and hands it to the browser as a file download. */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: async () => {
      const data = await unwrap(apiClient().GET("/api/v1/me/export"));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = `sala-my-data-${data.exported_at.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the address is revoked.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return data;
    },
  });
}

/**
 * Deletes the account (the password confirms it); the session ends with it. `onDeleted` runs
 * first, so the page can say so before anything that needs a sign-in notices it has ended.
 */
export function useDeleteAccount(onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      unwrap(apiClient().DELETE("/api/v1/me", { body: { password } })),
    onSuccess: () => {
      onDeleted();
      authSession().end();
      queryClient.removeQueries({ queryKey: meKey });
    },
  });
}
