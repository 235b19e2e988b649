// Shows its children to signed-in people; others are sent to sign in and brought back after.
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSignedIn } from "./api";

interface RequireSignInProps {
  children: ReactNode;
  /** Lets the page stay when the sign-in ends on purpose (the account was just deleted). */
  allowSignedOut?: boolean;
}

export function RequireSignIn({ children, allowSignedOut = false }: RequireSignInProps) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn && !allowSignedOut) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children;
}
