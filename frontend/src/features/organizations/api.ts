// Organisations: the directory, profiles, creating and editing, verification, and members
// (invitations, roles, removal, leaving).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import { meKey, organizationKeys } from "@/api/queryKeys";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type Organization = Schemas["OrganizationResponse"];
export type OrganizationProfile = Schemas["OrganizationProfile"];
export type OrganizationKind = Schemas["OrganizationKind"];
export type MemberRole = Schemas["MemberRole"];
export type Member = Schemas["MemberResponse"];
export type NewOrganization = Schemas["CreateOrganizationRequest"];
export type ProfileChanges = Schemas["ProfileFields"];

export const KINDS: readonly OrganizationKind[] = ["lab", "agency", "cso", "youth_group", "business", "academic"];
export const ROLES: readonly MemberRole[] = ["owner", "representative", "member"];

export interface DirectoryFilters {
  kind?: OrganizationKind;
  verified?: boolean;
}

export function useOrganizations(filters: DirectoryFilters) {
  return useQuery({
    queryKey: organizationKeys.list(filters),
    queryFn: () => unwrap(apiClient().GET("/api/v1/organizations", { params: { query: { ...filters, limit: 100 } } })),
  });
}

const slugPath = (slug: string) => ({ params: { path: { slug } } });

export function useOrganization(slug: string) {
  return useQuery({
    queryKey: organizationKeys.one(slug),
    queryFn: () => unwrap(apiClient().GET("/api/v1/organizations/{slug}", slugPath(slug))),
  });
}

export function useMembers(slug: string) {
  return useQuery({
    queryKey: organizationKeys.members(slug),
    queryFn: () => unwrap(apiClient().GET("/api/v1/organizations/{slug}/members", slugPath(slug))),
  });
}

/** After a change: the lists, the profile, its members and the caller's own memberships. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: organizationKeys.all });
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export function useCreateOrganization() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewOrganization) => unwrap(apiClient().POST("/api/v1/organizations", { body })),
    onSuccess: refresh,
  });
}

export function useUpdateOrganization(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProfileChanges) =>
      unwrap(apiClient().PATCH("/api/v1/organizations/{slug}", { ...slugPath(slug), body })),
    onSuccess: refresh,
  });
}

export function useSetVerified(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (verified: boolean) =>
      verified
        ? unwrap(apiClient().PUT("/api/v1/organizations/{slug}/verification", slugPath(slug)))
        : unwrap(apiClient().DELETE("/api/v1/organizations/{slug}/verification", slugPath(slug))),
    onSuccess: refresh,
  });
}

export function useInvitations(slug: string) {
  return useQuery({
    queryKey: organizationKeys.invitations(slug),
    queryFn: () => unwrap(apiClient().GET("/api/v1/organizations/{slug}/invitations", slugPath(slug))),
  });
}

export function useInvite(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Schemas["InvitationRequest"]) =>
      unwrap(apiClient().POST("/api/v1/organizations/{slug}/invitations", { ...slugPath(slug), body })),
    onSuccess: refresh,
  });
}

export function useRevokeInvitation(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(apiClient().DELETE("/api/v1/organizations/{slug}/invitations/{id}", { params: { path: { slug, id } } })),
    onSuccess: refresh,
  });
}

export function useChangeRole(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      unwrap(
        apiClient().PUT("/api/v1/organizations/{slug}/members/{user_id}/role", {
          params: { path: { slug, user_id: userId } },
          body: { role },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveMember(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(
        apiClient().DELETE("/api/v1/organizations/{slug}/members/{user_id}", {
          params: { path: { slug, user_id: userId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useLeave(slug: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => unwrap(apiClient().DELETE("/api/v1/organizations/{slug}/membership", slugPath(slug))),
    onSuccess: refresh,
  });
}

export function useAcceptInvitation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (token: string) =>
      unwrap(apiClient().POST("/api/v1/organization-invitations/accept", { body: { token } })),
    onSuccess: refresh,
  });
}
