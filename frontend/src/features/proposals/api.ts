// Proposals: lists with sort and filters, one proposal, writing, withdrawing, revisions, votes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { consultationKeys, proposalKeys } from "@/api/queryKeys";
import type { Proposal, ProposalInput, ProposalSort, VoteValue } from "@/api/types";

export const PROPOSAL_SORTS = [
  "hot",
  "top",
  "new",
  "controversial",
] as const satisfies readonly ProposalSort[];
export type SortChoice = (typeof PROPOSAL_SORTS)[number];

export interface ProposalFilters {
  sort: SortChoice;
  /** Empty means every theme. */
  theme: string;
  /** Empty means every province. */
  province: string;
}

const PAGE_SIZE = 20;

export function useProposalList(consultation: string, filters: ProposalFilters) {
  return useInfiniteQuery({
    queryKey: proposalKeys.list(consultation, filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        apiClient().GET("/api/v1/consultations/{id_or_slug}/proposals", {
          params: {
            path: { id_or_slug: consultation },
            query: {
              sort: filters.sort,
              theme: filters.theme || undefined,
              province: filters.province || undefined,
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

export function useProposal(id: string | undefined) {
  return useQuery({
    queryKey: proposalKeys.one(id ?? ""),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/proposals/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: !!id,
  });
}

export function useRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: proposalKeys.revisions(id),
    queryFn: () =>
      unwrap(apiClient().GET("/api/v1/proposals/{id}/revisions", { params: { path: { id } } })),
    enabled,
  });
}

export function useCreateProposal(consultation: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) =>
      unwrap(
        apiClient().POST("/api/v1/consultations/{id_or_slug}/proposals", {
          params: { path: { id_or_slug: consultation } },
          body: input,
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(proposalKeys.one(created.id), created);
      void queryClient.invalidateQueries({ queryKey: proposalKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: consultationKeys.all });
    },
  });
}

function useStoreProposal() {
  const queryClient = useQueryClient();
  return (proposal: Proposal) => {
    queryClient.setQueryData(proposalKeys.one(proposal.id), proposal);
    void queryClient.invalidateQueries({ queryKey: proposalKeys.lists() });
  };
}

export function useUpdateProposal(id: string) {
  const store = useStoreProposal();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) =>
      unwrap(apiClient().PATCH("/api/v1/proposals/{id}", { params: { path: { id } }, body: input })),
    onSuccess: (proposal) => {
      store(proposal);
      void queryClient.invalidateQueries({ queryKey: proposalKeys.revisions(id) });
    },
  });
}

export function useWithdrawProposal(id: string) {
  const store = useStoreProposal();
  return useMutation({
    mutationFn: () =>
      unwrap(apiClient().DELETE("/api/v1/proposals/{id}", { params: { path: { id } } })),
    onSuccess: store,
  });
}

/** Casts, changes (a value) or retracts (null) the caller's vote. */
export function useVote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (value: VoteValue | null) => {
      const path = { params: { path: { id } } };
      return unwrap(
        value === null
          ? apiClient().DELETE("/api/v1/proposals/{id}/vote", path)
          : apiClient().PUT("/api/v1/proposals/{id}/vote", { ...path, body: { value } }),
      );
    },
    onSuccess: (result) => {
      queryClient.setQueryData<Proposal>(proposalKeys.one(id), (proposal) =>
        proposal
          ? {
              ...proposal,
              my_vote: result.my_vote ?? null,
              counts: { ...proposal.counts, ...result.counts },
            }
          : proposal,
      );
      void queryClient.invalidateQueries({ queryKey: proposalKeys.lists(), refetchType: "none" });
    },
  });
}
