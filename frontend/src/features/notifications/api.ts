// The inbox, its unread count, and how each kind of notification arrives by email.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";
import { useSignedIn } from "@/features/auth";

export type Notification = components["schemas"]["NotificationResponse"];
export type NotificationKind = components["schemas"]["NotificationKind"];
export type Delivery = components["schemas"]["Delivery"];

export const NOTIFICATION_KINDS = [
  "comment_on_your_proposal",
  "reply_to_your_comment",
  "proposal_status_changed",
  "phase_changed",
  "moderation_decision",
  "result_updated",
  "amendment_decided",
  "award_decided",
] as const satisfies readonly NotificationKind[];
export const DELIVERIES = ["immediately", "digest", "off"] as const satisfies readonly Delivery[];

export const notificationKeys = {
  all: ["notifications"] as const,
  inbox: () => [...notificationKeys.all, "inbox"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
  preferences: () => [...notificationKeys.all, "preferences"] as const,
};

const PAGE_SIZE = 20;
/** How often the header's badge looks for news while the page is open. */
const UNREAD_POLL_MS = 60_000;

export function useInbox() {
  return useInfiniteQuery({
    queryKey: notificationKeys.inbox(),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/me/notifications", {
          params: { query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** The number of unread notifications, or 0 when signed out. */
export function useUnreadCount(): number {
  const signedIn = useSignedIn();
  const query = useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/me/notifications", { params: { query: { limit: 1 } } })),
    enabled: signedIn,
    refetchInterval: UNREAD_POLL_MS,
    select: (page) => page.unread_count,
  });
  return signedIn ? (query.data ?? 0) : 0;
}

/** Marks the given notifications read, or every one when `ids` is left out. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      unwrap(apiClient().POST("/api/v1/me/notifications/read", { body: ids ? { ids } : {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/me/notification-preferences")),
  });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: Partial<Record<NotificationKind, Delivery>>) =>
      unwrap(apiClient().PUT("/api/v1/me/notification-preferences", { body: { preferences } })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}

/** What an unsubscribe link from a message turns off; reading it changes nothing. */
export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: [...notificationKeys.all, "unsubscribe", token] as const,
    queryFn: () => unwrap(apiClient().GET("/api/v1/unsubscribe", { params: { query: { token } } })),
    enabled: token !== "",
    retry: false,
  });
}

/** Turns off the email the link names; no sign-in needed, the link is the proof. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(apiClient().POST("/api/v1/unsubscribe", { params: { query: { token } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
