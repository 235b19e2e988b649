// Agency figures and actions: the dashboard's reads, exports, API keys, and the participation
// feedback citizens, valuators, organizations and agencies give on consultations and proposals.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { ApiProblem, NETWORK_ERROR, unwrap } from "@/api/problem";
import { consultationKeys, proposalKeys } from "@/api/queryKeys";
import type { components } from "@/api/schema";
import { fileBody } from "@/api/fileBody";

type Schemas = components["schemas"];
export type Summary = Schemas["Summary"];
export type Breakdown = Schemas["Breakdown"];
export type BreakdownGroup = Schemas["Group"];
export type Dimension = Schemas["Dimension"];
export type OpinionGroups = Schemas["OpinionGroupsResponse"];
export type ParticipantPoint = Schemas["ParticipantPoint"];
export type AnswersDue = Schemas["AnswersDue"];
export type AgencyQueue = Schemas["AgencyQueue"];
export type AnswerStatus = Schemas["AnswerStatus"];
export type AnswerRequest = Schemas["AnswerRequest"];
export type ApiKey = Schemas["ApiKeyResponse"];
export type SurveyRequest = Schemas["SurveyRequest"];
export type SurveyAnswer = Schemas["SurveyAnswerResponse"];
export type SurveySummary = Schemas["SurveySummary"];
export type SurveySubject = Schemas["SubjectSummary"];
export type SubjectType = Schemas["SubjectType"];
export type Figures = Schemas["Figures"];
export type RankedProposal = Schemas["RankedProposal"];
export type RatingScores = Schemas["RatingScores"];
export type CriterionScore = Schemas["CriterionScore"];

export const DIMENSIONS: readonly Dimension[] = ["province", "theme", "age_band", "gender"];
export const ANSWER_STATUSES: readonly AnswerStatus[] = ["under_review", "accepted", "rejected", "implemented"];
export const EXPORT_WHATS = ["proposals", "votes", "comments", "feedback", "indicators", "survey"] as const;
export const EXPORT_FORMATS = ["csv", "xlsx", "json", "ndjson"] as const;
export type ExportWhat = (typeof EXPORT_WHATS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const agencyKeys = {
  all: ["agency"] as const,
  summary: (id: string) => [...agencyKeys.all, "summary", id] as const,
  survey: (id: string) => [...agencyKeys.all, "survey", id] as const,
  breakdown: (id: string, by: Dimension) => [...agencyKeys.all, "breakdown", id, by] as const,
  groups: (id: string) => [...agencyKeys.all, "groups", id] as const,
  due: (id: string) => [...agencyKeys.all, "due", id] as const,
  queue: () => [...agencyKeys.all, "queue"] as const,
  keys: () => [...agencyKeys.all, "keys"] as const,
  consultations: () => [...agencyKeys.all, "consultations"] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useSummary(id: string) {
  return useQuery({
    queryKey: agencyKeys.summary(id),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/consultations/{id}/summary", path(id))),
  });
}

export function useSurveySummary(id: string) {
  return useQuery({
    queryKey: agencyKeys.survey(id),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/consultations/{id}/survey", path(id))),
  });
}

export function useBreakdown(id: string, by: Dimension) {
  return useQuery({
    queryKey: agencyKeys.breakdown(id, by),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/agency/consultations/{id}/breakdown", {
          params: { path: { id }, query: { by } },
        }),
      ),
  });
}

/** The groups, or `pending` while the server computes them for the first time. */
export type GroupsOutcome = { pending: true } | { pending: false; report: OpinionGroups };

/** How long to wait before asking again while the groups are computed. */
export const GROUPS_RETRY_MS = 3000;

export function useOpinionGroups(id: string) {
  return useQuery({
    queryKey: agencyKeys.groups(id),
    queryFn: async (): Promise<GroupsOutcome> => {
      let outcome;
      try {
        outcome = await apiClient().GET("/api/v1/agency/consultations/{id}/opinion-groups", path(id));
      } catch {
        throw new ApiProblem(NETWORK_ERROR, 0);
      }
      // 202 is a success status, but its body is a `pending` problem, not a report.
      if (outcome.response.status === 202) return { pending: true };
      const data = await unwrap(Promise.resolve(outcome));
      // Past the 202 check, the body is the 200 report.
      return { pending: false, report: data as OpinionGroups };
    },
    refetchInterval: (query) => (query.state.data?.pending ? GROUPS_RETRY_MS : false),
  });
}

export function useAnswersDue(id: string) {
  return useQuery({
    queryKey: agencyKeys.due(id),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/consultations/{id}/answers-due", path(id))),
  });
}

/** The consultations whose feedback the caller may read: the only ones worth a dashboard link or a key. */
export function useReadableConsultations() {
  return useQuery({
    queryKey: agencyKeys.consultations(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/consultations")),
  });
}

/** What the caller's organisations still owe an answer, across consultations, overdue first. */
export function useAgencyQueue() {
  return useQuery({
    queryKey: agencyKeys.queue(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/queue")),
  });
}

/** Fetches an export with the caller's credentials and hands it to the browser as a download. */
export async function downloadExport(id: string, what: ExportWhat, format: ExportFormat, fileStem: string) {
  const blob = await unwrap(
    apiClient().GET("/api/v1/agency/consultations/{id}/export", {
      params: { path: { id }, query: { what, format } },
      parseAs: "blob",
    }),
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${fileStem}-${what}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useApiKeys() {
  return useQuery({
    queryKey: agencyKeys.keys(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/agency/api-keys")),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas["CreateApiKeyRequest"]) => unwrap(apiClient().POST("/api/v1/agency/api-keys", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agencyKeys.keys() }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(apiClient().DELETE("/api/v1/agency/api-keys/{id}", { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: agencyKeys.keys() }),
  });
}

export function useAnswerProposal(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerRequest) =>
      unwrap(apiClient().PUT("/api/v1/proposals/{id}/response", { params: { path: { id: proposalId } }, body })),
    onSuccess: (proposal) => {
      queryClient.setQueryData(proposalKeys.one(proposalId), proposal);
      void queryClient.invalidateQueries({ queryKey: agencyKeys.all });
      void queryClient.invalidateQueries({ queryKey: proposalKeys.lists() });
    },
  });
}

/** Answers a reader survey; a consultation answer from a signed-in reader is also their quick rating. */
export function useSurveyAnswer(subject: SubjectType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SurveyRequest) => {
      switch (subject) {
        case "consultation":
          return unwrap(
            apiClient().PUT("/api/v1/consultations/{id_or_slug}/survey", { params: { path: { id_or_slug: id } }, body }),
          );
        case "result":
          return unwrap(apiClient().PUT("/api/v1/results/{id}/survey", { params: { path: { id } }, body }));
        case "document":
          return unwrap(apiClient().PUT("/api/v1/documents/{id}/survey", { params: { path: { id } }, body }));
      }
    },
    // The consultation carries the reader's own ratings; coming back to it shows the new ones.
    onSuccess: () => {
      if (subject === "consultation") void queryClient.invalidateQueries({ queryKey: consultationKeys.one(id) });
    },
  });
}

export function useValuation(proposalId: string) {
  return useMutation({
    mutationFn: (scores: CriterionScore[]) =>
      unwrap(
        apiClient().PUT("/api/v1/proposals/{id}/valuation", { params: { path: { id: proposalId } }, body: { scores } }),
      ),
  });
}

export function useEndorsement(proposalId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: proposalKeys.one(proposalId) });
  const endorse = useMutation({
    mutationFn: (organizationId: string) =>
      unwrap(
        apiClient().POST("/api/v1/proposals/{id}/endorsements", {
          params: { path: { id: proposalId } },
          body: { organization_id: organizationId },
        }),
      ),
    onSuccess: refresh,
  });
  const withdraw = useMutation({
    mutationFn: (organizationId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/proposals/{id}/endorsements", {
          params: { path: { id: proposalId }, query: { organization_id: organizationId } },
        }),
      ),
    onSuccess: refresh,
  });
  return { endorse, withdraw };
}


/** Documents attached to a proposal's official answer, by the organisation that gives it. */
export function useAnswerAttachments(proposalId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: proposalKeys.one(proposalId) });
  const attach = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        apiClient().POST("/api/v1/proposals/{id}/response/attachments", {
          params: { path: { id: proposalId }, query: { filename: file.name } },
          ...fileBody(file),
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/proposals/{id}/response/attachments/{attachment_id}", {
          params: { path: { id: proposalId, attachment_id: attachmentId } },
        }),
      ),
    onSuccess: refresh,
  });
  return { attach, remove };
}
