// Award-style assessment: calls read by anyone, opened and moved on by the organising
// organisation, applied to by others; each application's assessors declare any conflict of
// interest and score its criteria, and the call's managers read the figures across them.
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type AwardSummary = Schemas["AwardSummary"];
export type Award = Schemas["AwardResponse"];
export type AwardRequest = Schemas["AwardRequest"];
export type AwardCriterion = Schemas["AwardCriterionResponse"];
export type AwardDimension = Schemas["AwardDimension"];
export type CallStage = Schemas["CallStage"];
export type ApplicationStage = Schemas["ApplicationStage"];
export type AwardApplication = Schemas["AwardApplicationResponse"];
export type AwardApplicationRequest = Schemas["AwardApplicationRequest"];
export type AssessorSummary = Schemas["AwardAssessorSummary"];
export type Assessment = Schemas["AssessmentResponse"];
export type Assessor = Schemas["AssessorResponse"];
export type AssessmentFigures = Schemas["AssessmentFigures"];
export type CriterionScore = Schemas["AwardCriterionScore"];
export type DeclarationRequest = Schemas["DeclarationRequest"];

export const awardKeys = {
  all: ["awards"] as const,
  list: () => [...awardKeys.all, "list"] as const,
  one: (id: string) => [...awardKeys.all, "one", id] as const,
  assessment: (applicationId: string) => [...awardKeys.all, "assessment", applicationId] as const,
};

export function useAwards() {
  return useQuery({
    queryKey: awardKeys.list(),
    queryFn: () => unwrap(apiClient().GET("/api/v1/awards")),
  });
}

export function useAward(id: string | undefined) {
  return useQuery({
    queryKey: awardKeys.one(id ?? ""),
    queryFn: () => unwrap(apiClient().GET("/api/v1/awards/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: !!id,
  });
}

export function useAssessment(applicationId: string | undefined) {
  return useQuery({
    queryKey: awardKeys.assessment(applicationId ?? ""),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/award-applications/{id}/assessment", {
          params: { path: { id: applicationId ?? "" } },
        }),
      ),
    enabled: !!applicationId,
    // A forbidden or missing assessment stays so: asking again would only repeat the refusal.
    retry: false,
  });
}

/** Keeps the award the server answered with, and reads everything else about awards again. */
function keepAward(queryClient: QueryClient, award: Award) {
  queryClient.setQueryData(awardKeys.one(award.id), award);
  return queryClient.invalidateQueries({ queryKey: awardKeys.all });
}

/** Keeps the assessment the server answered with, and reads everything else about awards again. */
function keepAssessment(queryClient: QueryClient, applicationId: string, assessment: Assessment) {
  queryClient.setQueryData(awardKeys.assessment(applicationId), assessment);
  return queryClient.invalidateQueries({
    queryKey: awardKeys.all,
    predicate: (query) => query.queryKey[1] !== "assessment" || query.queryKey[2] !== applicationId,
  });
}

export function useCreateAward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AwardRequest) => unwrap(apiClient().POST("/api/v1/awards", { body })),
    onSuccess: (award) => keepAward(queryClient, award),
  });
}

/** Moves the award on: closes applications, or decides it. */
export function useAdvanceAward(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(apiClient().POST("/api/v1/awards/{id}/advance", { params: { path: { id } } })),
    onSuccess: (award) => keepAward(queryClient, award),
  });
}

export function useApply(awardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AwardApplicationRequest) =>
      unwrap(apiClient().POST("/api/v1/awards/{id}/applications", { params: { path: { id: awardId } }, body })),
    onSuccess: (award) => keepAward(queryClient, award),
  });
}

export function useAssignAssessor(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(
        apiClient().POST("/api/v1/award-applications/{id}/assessors", {
          params: { path: { id: applicationId } },
          body: { email },
        }),
      ),
    onSuccess: (assessment) => keepAssessment(queryClient, applicationId, assessment),
  });
}

export function useRemoveAssessor(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/award-applications/{id}/assessors/{user_id}", {
          params: { path: { id: applicationId, user_id: userId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: awardKeys.all }),
  });
}

export function useDeclare(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeclarationRequest) =>
      unwrap(
        apiClient().PUT("/api/v1/award-applications/{id}/declaration", {
          params: { path: { id: applicationId } },
          body,
        }),
      ),
    onSuccess: (assessment) => keepAssessment(queryClient, applicationId, assessment),
  });
}

export function useScore(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scores: CriterionScore[]) =>
      unwrap(
        apiClient().PUT("/api/v1/award-applications/{id}/scores", {
          params: { path: { id: applicationId } },
          body: { scores },
        }),
      ),
    onSuccess: (assessment) => keepAssessment(queryClient, applicationId, assessment),
  });
}

/** The title in the reader's language: the English one for English readers when given. */
export function awardTitle(a: { title: string; title_en?: string | null }, language: string): string {
  return language.startsWith("en") && a.title_en?.trim() ? a.title_en : a.title;
}

/** A criterion's name in the reader's language. */
export function criterionName(c: { name: string; name_en?: string | null }, language: string): string {
  return language.startsWith("en") && c.name_en?.trim() ? c.name_en : c.name;
}
