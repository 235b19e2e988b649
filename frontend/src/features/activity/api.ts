// The signed-in person's own activity, one list per kind, a page at a time.
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type MyProposal = Schemas["MyProposal"];
export type MyComment = Schemas["MyComment"];
export type MyVote = Schemas["MyVote"];
export type MyFollow = Schemas["MyFollow"];
export type ProposalRef = Schemas["ProposalRef"];

export const ACTIVITY_TABS = ["proposals", "comments", "votes", "follows"] as const;
export type ActivityTab = (typeof ACTIVITY_TABS)[number];

const PAGE_SIZE = 20;
const activityKey = (tab: ActivityTab) => ["me", "activity", tab] as const;

const pages = { initialPageParam: undefined as string | undefined };
const next = (page: { next_cursor?: string | null }) => page.next_cursor ?? undefined;
const query = (cursor: string | undefined) => ({ params: { query: { cursor, limit: PAGE_SIZE } } });

export function useMyProposals() {
  return useInfiniteQuery({
    ...pages,
    queryKey: activityKey("proposals"),
    queryFn: ({ pageParam }) => unwrap(apiClient().GET("/api/v1/me/activity/proposals", query(pageParam))),
    getNextPageParam: next,
  });
}

export function useMyComments() {
  return useInfiniteQuery({
    ...pages,
    queryKey: activityKey("comments"),
    queryFn: ({ pageParam }) => unwrap(apiClient().GET("/api/v1/me/activity/comments", query(pageParam))),
    getNextPageParam: next,
  });
}

export function useMyVotes() {
  return useInfiniteQuery({
    ...pages,
    queryKey: activityKey("votes"),
    queryFn: ({ pageParam }) => unwrap(apiClient().GET("/api/v1/me/activity/votes", query(pageParam))),
    getNextPageParam: next,
  });
}

export function useMyFollows() {
  return useInfiniteQuery({
    ...pages,
    queryKey: activityKey("follows"),
    queryFn: ({ pageParam }) => unwrap(apiClient().GET("/api/v1/me/activity/follows", query(pageParam))),
    getNextPageParam: next,
  });
}
