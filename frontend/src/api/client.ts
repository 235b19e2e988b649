// The typed API client and the sign-in session it carries, set up once at boot.
import createClient from "openapi-fetch";
import type { AppConfig } from "@/config";
import { authenticatedFetch } from "./auth-fetch";
import { problemFromResponse } from "./problem";
import type { paths } from "./schema";
import {
  COOKIE_SESSION,
  Session,
  browserLock,
  forgetLegacyRefreshToken,
  localSignedInFlag,
  watchOtherTabs,
} from "./session";

export type ApiClient = ReturnType<typeof createClient<paths>>;

let client: ApiClient | null = null;
let origin = "";
let currentSession: Session | null = null;
let signedFetch: ((request: Request) => Promise<Response>) | null = null;

export function configureApi(config: AppConfig): void {
  // Always revalidate: the browser shows what is current (an unchanged answer costs a 304),
  // while shared caches may still absorb bursts of anonymous reads for their few seconds.
  const send = (request: Request) => fetch(request, { cache: "no-cache" });
  // Refreshing goes through a client without the 401 handling, so it cannot loop.
  const plain = createClient<paths>({ baseUrl: config.apiOrigin, fetch: send });
  origin = config.apiOrigin;
  forgetLegacyRefreshToken();
  const session = new Session(
    localSignedInFlag,
    async () => {
      // The browser adds the HttpOnly refresh cookie; the header proves the app sent this.
      const { data, error, response } = await plain.POST("/api/v1/auth/refresh", {
        body: {},
        headers: COOKIE_SESSION,
      });
      // A refused token (spent, expired, revoked) ends the sign-in; outages and rate limits do not.
      if (response.status >= 400 && response.status < 500 && response.status !== 429) return null;
      if (!data) throw problemFromResponse(response.status, error);
      return data;
    },
    browserLock,
  );
  watchOtherTabs(() => session.syncWithStore());
  currentSession = session;
  signedFetch = authenticatedFetch(session, send);
  client = createClient<paths>({ baseUrl: config.apiOrigin, fetch: signedFetch });
}

/** An address the API gives as a path (`/api/v1/media/…`), on the API's origin. */
export function apiUrl(path: string): string {
  return `${origin}${path}`;
}

/** A file the API gives as a path, fetched with the caller's sign-in: for files only some may see. */
export async function fetchApiFile(path: string): Promise<Blob> {
  if (!signedFetch) throw new Error("configureApi() must run before the API is used");
  const response = await signedFetch(new Request(apiUrl(path)));
  if (!response.ok) throw problemFromResponse(response.status, await response.json().catch(() => null));
  return response.blob();
}

export function apiClient(): ApiClient {
  if (!client) throw new Error("configureApi() must run before the API is used");
  return client;
}

export function authSession(): Session {
  if (!currentSession) throw new Error("configureApi() must run before the session is used");
  return currentSession;
}
