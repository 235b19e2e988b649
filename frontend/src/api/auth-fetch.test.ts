import { describe, expect, it, vi } from "vitest";
import { authenticatedFetch } from "./auth-fetch";
import { Session, type SignedInFlag } from "./session";
import type { TokenPair } from "./types";

function flag(initial: boolean): SignedInFlag {
  let signedIn = initial;
  return { read: () => signedIn, write: (next) => void (signedIn = next) };
}

const tokens = (n: number): TokenPair => ({
  access_token: `access-${n}`,
  expires_in: 900,
  token_type: "Bearer",
});

/** A server that accepts only `valid` as the bearer token. */
function serverAccepting(valid: () => string) {
  return vi.fn((request: Request) => {
    const ok = request.headers.get("Authorization") === `Bearer ${valid()}`;
    return Promise.resolve(new Response(ok ? "{}" : null, { status: ok ? 200 : 401 }));
  });
}

describe("authenticatedFetch", () => {
  it("sends the access token", async () => {
    const session = new Session(flag(true), vi.fn());
    session.start(tokens(0));
    const send = serverAccepting(() => "access-0");
    const response = await authenticatedFetch(session, send)(new Request("http://api.test/api/v1/me"));
    expect(response.status).toBe(200);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("renews once on a 401 and retries with the new token and the same body", async () => {
    let current = "access-0";
    const exchange = vi.fn(() => {
      current = "access-1";
      return Promise.resolve(tokens(1));
    });
    const session = new Session(flag(true), exchange);
    session.start(tokens(0));
    current = "revoked";
    const send = serverAccepting(() => current);

    const request = new Request("http://api.test/api/v1/proposals/x/vote", {
      method: "PUT",
      body: JSON.stringify({ value: "agree" }),
    });
    const response = await authenticatedFetch(session, send)(request);
    expect(response.status).toBe(200);
    expect(exchange).toHaveBeenCalledTimes(1);
    const retried = send.mock.calls[1]?.[0];
    expect(await retried?.text()).toBe('{"value":"agree"}');
  });

  it("spends the refresh token once when parallel requests are refused together", async () => {
    let valid = "nothing yet";
    let release: () => void = () => undefined;
    const exchange = vi.fn(
      () =>
        new Promise<TokenPair>((resolve) => {
          release = () => {
            valid = "access-1";
            resolve(tokens(1));
          };
        }),
    );
    const session = new Session(flag(true), exchange);
    session.start(tokens(0));
    const send = serverAccepting(() => valid);
    const fetchWithAuth = authenticatedFetch(session, send);

    const calls = [1, 2, 3].map((n) => fetchWithAuth(new Request(`http://api.test/${n}`)));
    await vi.waitFor(() => expect(exchange).toHaveBeenCalledTimes(1));
    release();
    const responses = await Promise.all(calls);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("passes a 401 through when nobody is signed in", async () => {
    const exchange = vi.fn();
    const session = new Session(flag(false), exchange);
    const send = serverAccepting(() => "anything");
    const response = await authenticatedFetch(session, send)(new Request("http://api.test/x"));
    expect(response.status).toBe(401);
    expect(exchange).not.toHaveBeenCalled();
    expect(send.mock.calls[0]?.[0].headers.get("Authorization")).toBeNull();
  });
});
