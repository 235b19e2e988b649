// Moderation and administration: the queue and decisions, the public log, the audit log, the
// vote-anomaly report, roles and who moderates which consultation.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type QueueItem = Schemas["QueueItemResponse"];
export type ModerationRequest = Schemas["ModerationRequest"];
export type ModerationAction = Schemas["Action"];
export type LogEntry = Schemas["LogEntry"];
export type AuditEntry = Schemas["AuditEntryResponse"];
export type Burst = Schemas["BurstResponse"];
export type FlagReason = Schemas["FlagReason"];
export type Role = Schemas["Role"];

export const QUEUE_STATES = ["open", "hidden", "visible", "resolved"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueFilters {
  state: QueueState;
  /** Empty means every kind. */
  targetType: "" | "proposal" | "comment" | "remark";
  /** Empty means every reason. */
  reason: "" | FlagReason;
  /** A consultation id; empty means every one the moderator covers. */
  consultation: string;
}

export const moderationKeys = {
  all: ["moderation"] as const,
  queue: (filters: QueueFilters) => [...moderationKeys.all, "queue", filters] as const,
  log: () => [...moderationKeys.all, "log"] as const,
  anomalies: (sinceHours: number) => [...moderationKeys.all, "anomalies", sinceHours] as const,
  audit: (action: string) => [...moderationKeys.all, "audit", action] as const,
  moderators: () => [...moderationKeys.all, "moderators"] as const,
};

const PAGE_SIZE = 20;

export function useQueue(filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: moderationKeys.queue(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/moderation/queue", {
          params: {
            query: {
              state: filters.state,
              target_type: filters.targetType || undefined,
              reason: filters.reason || undefined,
              consultation: filters.consultation || undefined,
              cursor: pageParam,
              limit: PAGE_SIZE,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/**
 * Takes a decision; everything that shows content may have changed, so it is all refetched.
 * `onDone` is told first, here rather than in `mutate`'s callbacks: the refetch may take the
 * item, and the form that asked, off the screen.
 */
export function useModerate(onDone: (request: ModerationRequest) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ModerationRequest) =>
      unwrap(apiClient().POST("/api/v1/moderation/actions", { body: request })),
    onSuccess: (_, request) => {
      onDone(request);
      return queryClient.invalidateQueries();
    },
  });
}

export function useModerationLog() {
  return useInfiniteQuery({
    queryKey: moderationKeys.log(),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/moderation/log", {
          params: { query: { cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export function useAnomalies(sinceHours: number) {
  return useQuery({
    queryKey: moderationKeys.anomalies(sinceHours),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/moderation/anomalies", { params: { query: { since_hours: sinceHours } } })),
  });
}

export function useAuditLog(action: string) {
  return useInfiniteQuery({
    queryKey: moderationKeys.audit(action),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/admin/audit-log", {
          params: { query: { action: action || undefined, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

export function useModerators() {
  return useQuery({
    queryKey: moderationKeys.moderators(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/admin/moderators")),
  });
}

export function useFindUser() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(apiClient().GET("/api/v1/admin/users", { params: { query: { email } } })),
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role, reason }: { id: string; role: Role; reason: string }) =>
      unwrap(
        apiClient().PUT("/api/v1/admin/users/{id}/role", {
          params: { path: { id } },
          body: { role, reason: reason || null },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.moderators() }),
  });
}

export function useAssignModerator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consultation, userId }: { consultation: string; userId: string }) =>
      unwrap(
        apiClient().POST("/api/v1/admin/consultations/{id_or_slug}/moderators", {
          params: { path: { id_or_slug: consultation } },
          body: { user_id: userId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.moderators() }),
  });
}

export function useUnassignModerator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consultation, userId }: { consultation: string; userId: string }) =>
      unwrap(
        apiClient().DELETE("/api/v1/admin/consultations/{id}/moderators/{user_id}", {
          params: { path: { id: consultation, user_id: userId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKeys.moderators() }),
  });
}
