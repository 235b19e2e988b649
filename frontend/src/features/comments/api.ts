// A proposal's discussion: the tree, writing, editing, deleting and voting on comments.
import {
  useInfiniteQuery,
  useMutation,
  useQueryClient,
  type InfiniteData,
} from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { proposalKeys } from "@/api/queryKeys";
import type { Comment, CommentInput, CommentUpdate, CommentVoteValue } from "@/api/types";
import { updateInTree } from "./tree";

type CommentPage = { items: Comment[]; next_cursor?: string | null };

export const commentKeys = {
  thread: (proposalId: string) => ["comments", proposalId] as const,
};

const PAGE_SIZE = 20;

export function useCommentThread(proposalId: string) {
  return useInfiniteQuery({
    queryKey: commentKeys.thread(proposalId),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/proposals/{id}/comments", {
          params: { path: { id: proposalId }, query: { cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** Refetches the thread and the proposal (whose comment count moved). */
function useRefreshThread(proposalId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: commentKeys.thread(proposalId) });
    void queryClient.invalidateQueries({ queryKey: proposalKeys.one(proposalId) });
  };
}

export function useCreateComment(proposalId: string) {
  const refresh = useRefreshThread(proposalId);
  return useMutation({
    mutationFn: (input: CommentInput) =>
      unwrap(
        apiClient().POST("/api/v1/proposals/{id}/comments", {
          params: { path: { id: proposalId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateComment(proposalId: string, commentId: string) {
  const refresh = useRefreshThread(proposalId);
  return useMutation({
    mutationFn: (input: CommentUpdate) =>
      unwrap(
        apiClient().PATCH("/api/v1/comments/{id}", {
          params: { path: { id: commentId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteComment(proposalId: string, commentId: string) {
  const refresh = useRefreshThread(proposalId);
  return useMutation({
    mutationFn: () =>
      unwrap(apiClient().DELETE("/api/v1/comments/{id}", { params: { path: { id: commentId } } })),
    onSuccess: refresh,
  });
}

/** Votes a comment up or down (a value) or retracts the vote (null), updating the tree in place. */
export function useCommentVote(proposalId: string, commentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: CommentVoteValue | null) => {
      const path = { params: { path: { id: commentId } } };
      return unwrap(
        value === null
          ? apiClient().DELETE("/api/v1/comments/{id}/vote", path)
          : apiClient().PUT("/api/v1/comments/{id}/vote", { ...path, body: { value } }),
      );
    },
    onSuccess: (result) => {
      queryClient.setQueryData<InfiniteData<CommentPage>>(commentKeys.thread(proposalId), (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: updateInTree(page.items, commentId, (comment) => ({
                  ...comment,
                  up: result.up,
                  down: result.down,
                  my_vote: result.my_vote ?? null,
                })),
              })),
            }
          : data,
      );
    },
  });
}
