// The fetch the API client uses: adds the access token, and on a 401 renews it once and retries.
import type { Session } from "./session";

type Fetch = (request: Request) => Promise<Response>;

export function authenticatedFetch(session: Session, send: Fetch): Fetch {
  return async (request) => {
    const retry = request.clone();
    const token = await session.accessToken();
    if (token !== null) request.headers.set("Authorization", `Bearer ${token}`);
    const response = await send(request);
    if (response.status !== 401 || !session.isSignedIn()) return response;

    const renewed = await session.renew(token);
    if (renewed === null) return response;
    retry.headers.set("Authorization", `Bearer ${renewed}`);
    return send(retry);
  };
}
