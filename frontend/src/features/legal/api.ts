// The privacy notice and the terms of use: reading them (in force or an earlier version),
// publishing a new version (administrators), and agreeing to the versions in force.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiClient } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

type Schemas = components["schemas"];
export type LegalDocumentKind = Schemas["LegalDocumentKind"];
export type LegalDocument = Schemas["LegalDocumentResponse"];
export type NewLegalVersion = Schemas["PublishRequest"];
export type ConsentVersions = Schemas["ConsentVersions"];

export const LEGAL_KINDS: readonly LegalDocumentKind[] = ["privacy", "terms"];

const legalKeys = {
  all: ["legal"] as const,
  document: (kind: LegalDocumentKind, version?: number) => [...legalKeys.all, kind, version ?? "current"] as const,
  versions: (kind: LegalDocumentKind) => [...legalKeys.all, kind, "versions"] as const,
  consent: ["legal", "consent"] as const,
};

/** A document in force, or the numbered earlier version; fetched only while `enabled`. */
export function useLegalDocument(kind: LegalDocumentKind, version?: number, enabled = true) {
  return useQuery({
    enabled,
    queryKey: legalKeys.document(kind, version),
    queryFn: () =>
      unwrap(
        apiClient().GET("/api/v1/legal/{kind}", {
          params: { path: { kind }, query: version === undefined ? {} : { version } },
        }),
      ),
  });
}

export function useLegalVersions(kind: LegalDocumentKind) {
  return useQuery({
    queryKey: legalKeys.versions(kind),
    queryFn: () => unwrap(apiClient().GET("/api/v1/legal/{kind}/versions", { params: { path: { kind } } })),
  });
}

/** The versions in force of both documents: what a sign-up agrees to. Fetched only while
 * `enabled`, so pages that ask nobody to agree load no documents. */
export function useVersionsInForce(enabled = true) {
  const privacy = useLegalDocument("privacy", undefined, enabled);
  const terms = useLegalDocument("terms", undefined, enabled);
  const refetch = () => Promise.all([privacy.refetch(), terms.refetch()]);
  const versions: ConsentVersions | undefined =
    privacy.data && terms.data ? { privacy: privacy.data.version, terms: terms.data.version } : undefined;
  return { versions, error: privacy.error ?? terms.error, refetch };
}

export function usePublishLegal(kind: LegalDocumentKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewLegalVersion) =>
      unwrap(apiClient().PUT("/api/v1/legal/{kind}", { params: { path: { kind } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: legalKeys.all }),
  });
}

/** What the signed-in person has still to agree to, after a document changed. */
export function useConsentStatus(signedIn: boolean) {
  return useQuery({
    queryKey: legalKeys.consent,
    queryFn: () => unwrap(apiClient().GET("/api/v1/me/consent")),
    enabled: signedIn,
    staleTime: 5 * 60_000,
  });
}

export function useAgree() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versions: ConsentVersions) => unwrap(apiClient().POST("/api/v1/me/consent", { body: versions })),
    onSuccess: (status) => queryClient.setQueryData(legalKeys.consent, status),
  });
}
