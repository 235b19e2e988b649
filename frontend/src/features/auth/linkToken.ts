// The single-use token of an emailed link (verify, reset). It travels in the URL fragment, which
// browsers never send to a server or put in a Referer, so it stays out of request logs; links
// mailed before that change carried it in the query string, which still works.
import { useLocation, useSearchParams } from "react-router";

export function useLinkToken(): string | null {
  const { hash } = useLocation();
  const [params] = useSearchParams();
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? params.get("token");
}
