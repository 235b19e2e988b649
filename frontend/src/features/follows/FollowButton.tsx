// Follow or stop following a consultation or proposal: its news then reaches the inbox.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";

type Target = "consultation" | "proposal";

function useFollowToggle(target: Target, id: string, queryKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => {
      const client = apiClient();
      if (target === "consultation") {
        const options = { params: { path: { id_or_slug: id } } };
        return unwrap(
          follow
            ? client.POST("/api/v1/consultations/{id_or_slug}/follow", options)
            : client.DELETE("/api/v1/consultations/{id_or_slug}/follow", options),
        );
      }
      const options = { params: { path: { id } } };
      return unwrap(
        follow
          ? client.POST("/api/v1/proposals/{id}/follow", options)
          : client.DELETE("/api/v1/proposals/{id}/follow", options),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

interface FollowButtonProps {
  target: Target;
  id: string;
  following: boolean;
  /** The query to refresh afterwards (the page's consultation or proposal). */
  queryKey: readonly unknown[];
}

export function FollowButton({ target, id, following, queryKey }: FollowButtonProps) {
  const { t } = useTranslation();
  const toggle = useFollowToggle(target, id, queryKey);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={following}
        disabled={toggle.isPending}
        onClick={() => toggle.mutate(!following)}
      >
        {following ? t("follow.following") : t(`follow.${target}`)}
      </button>
      <ErrorNotice error={toggle.error} />
    </>
  );
}
