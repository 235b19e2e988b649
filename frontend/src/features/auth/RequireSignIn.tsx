// Shows its children to signed-in people; others are sent to sign in and brought back after.
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSignedIn } from "./api";

export function RequireSignIn({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children;
}
