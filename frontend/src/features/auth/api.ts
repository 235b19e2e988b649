// Accounts: sign-up, e-mail verification, sign-in and sign-out, and the signed-in person.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { apiClient, authSession } from "@/api/client";
import { unwrap } from "@/api/problem";
import { meKey } from "@/api/queryKeys";
import { COOKIE_SESSION } from "@/api/session";
import type { LoginInput, Me, RegisterInput } from "@/api/types";

export function useSignedIn(): boolean {
  const session = authSession();
  return useSyncExternalStore(session.subscribe, session.isSignedIn);
}

/** The signed-in account, or undefined when signed out (or still loading). */
export function useMe() {
  const signedIn = useSignedIn();
  const query = useQuery({
    queryKey: meKey,
    queryFn: () => unwrap(apiClient().GET("/api/v1/me")),
    enabled: signedIn,
    staleTime: 60_000,
  });
  return { ...query, me: signedIn ? query.data : undefined };
}

/** Kinds of organisation whose members run consultations: policy labs, and agencies consulting on their own policies. */
export const CONVENING_KINDS: readonly string[] = ["lab", "agency"];

/** Administrators and members of a verified policy lab or agency open and edit consultations. */
export function canManageConsultations(me: Me | undefined): boolean {
  return !!me && (me.role === "admin" || me.organizations.some((org) => CONVENING_KINDS.includes(org.kind) && org.verified));
}

/** Refetches what depends on who is asking (votes, permissions) whenever the session changes. */
export function useSessionChanges(): void {
  const queryClient = useQueryClient();
  const signedIn = useSignedIn();
  const previous = useRef(signedIn);
  useEffect(() => {
    if (previous.current === signedIn) return;
    previous.current = signedIn;
    if (!signedIn) queryClient.removeQueries({ queryKey: meKey });
    void queryClient.invalidateQueries();
  }, [signedIn, queryClient]);
}

export function useSignIn() {
  return useMutation({
    mutationFn: (input: LoginInput) =>
      unwrap(apiClient().POST("/api/v1/auth/login", { body: input, headers: COOKIE_SESSION })),
    onSuccess: (pair) => authSession().start(pair),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      if (authSession().isSignedIn()) {
        // Signing out here must work offline too; the server ends the session when it can. The
        // browser sends the refresh cookie, and the answer clears it.
        await apiClient()
          .POST("/api/v1/auth/logout", { body: {}, headers: COOKIE_SESSION })
          .catch(() => undefined);
      }
    },
    onSettled: () => {
      authSession().end();
      queryClient.removeQueries({ queryKey: meKey });
    },
  });
}

export function useSignUp() {
  return useMutation({
    mutationFn: (input: RegisterInput) =>
      unwrap(apiClient().POST("/api/v1/auth/register", { body: input })),
  });
}

/**
 * Confirms the address from the emailed link. Where nobody is signed in (the link opened on a
 * phone, say), the same request signs the person in, so they need not sign in again.
 */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => {
      const signIn = !authSession().isSignedIn();
      const pair = await unwrap(
        apiClient().POST("/api/v1/auth/verify-email", { body: { token, sign_in: signIn }, headers: COOKIE_SESSION }),
      );
      if (signIn && pair) authSession().start(pair);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

export function useResendVerification() {
  return useMutation({
    mutationFn: () => unwrap(apiClient().POST("/api/v1/auth/verify-email/resend")),
  });
}

/** A same-site path to return to after signing in; anything else falls back to home. */
export function safeReturnPath(raw: string | null): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      unwrap(apiClient().POST("/api/v1/auth/password-reset", { body: { email } })),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      unwrap(apiClient().POST("/api/v1/auth/password-reset/confirm", { body: input })),
  });
}
