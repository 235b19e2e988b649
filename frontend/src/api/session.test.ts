import { describe, expect, it, vi } from "vitest";
import { Session, type RefreshTokenStore } from "./session";
import type { TokenPair } from "./types";

function memoryStore(initial: string | null): RefreshTokenStore {
  let token = initial;
  return { read: () => token, write: (next) => void (token = next) };
}

function pair(n: number, expiresIn = 900): TokenPair {
  return { access_token: `access-${n}`, refresh_token: `refresh-${n}`, expires_in: expiresIn, token_type: "Bearer" };
}

/** An exchange whose answers the test releases by hand, to line up concurrent callers. */
function controlledExchange() {
  const pending: ((value: TokenPair | null) => void)[] = [];
  const exchange = vi.fn(
    (_refreshToken: string) => new Promise<TokenPair | null>((resolve) => pending.push(resolve)),
  );
  return { exchange, answer: (value: TokenPair | null) => pending.shift()?.(value) };
}

describe("Session", () => {
  it("shares one refresh among callers refused with the same token", async () => {
    const { exchange, answer } = controlledExchange();
    const session = new Session(memoryStore("refresh-0"), exchange);
    session.start(pair(0));

    const first = session.renew("access-0");
    const second = session.renew("access-0");
    answer(pair(1));

    await expect(first).resolves.toBe("access-1");
    await expect(second).resolves.toBe("access-1");
    expect(exchange).toHaveBeenCalledTimes(1);
    expect(exchange).toHaveBeenCalledWith("refresh-0");
    expect(session.refreshToken()).toBe("refresh-1");
  });

  it("does not spend the new refresh token when a late refusal of the old token arrives", async () => {
    const { exchange, answer } = controlledExchange();
    const session = new Session(memoryStore("refresh-0"), exchange);
    session.start(pair(0));

    const renewed = session.renew("access-0");
    answer(pair(1));
    await renewed;
    await expect(session.renew("access-0")).resolves.toBe("access-1");
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("refreshes before use when the access token has expired", async () => {
    let now = 0;
    const exchange = vi.fn(() => Promise.resolve(pair(1)));
    const session = new Session(memoryStore("refresh-0"), exchange, undefined, () => now);
    session.start(pair(0, 900));
    await expect(session.accessToken()).resolves.toBe("access-0");
    now = 900_000;
    await expect(session.accessToken()).resolves.toBe("access-1");
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("restores a sign-in from the stored refresh token alone", async () => {
    const exchange = vi.fn(() => Promise.resolve(pair(5)));
    const session = new Session(memoryStore("refresh-4"), exchange);
    expect(session.isSignedIn()).toBe(true);
    await expect(session.accessToken()).resolves.toBe("access-5");
    expect(exchange).toHaveBeenCalledWith("refresh-4");
  });

  it("ends the sign-in, and tells listeners, when the server refuses the refresh token", async () => {
    const session = new Session(memoryStore("refresh-0"), () => Promise.resolve(null));
    const listener = vi.fn();
    session.subscribe(listener);
    await expect(session.renew(null)).resolves.toBeNull();
    expect(session.isSignedIn()).toBe(false);
    expect(session.refreshToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps the sign-in when the refresh fails for lack of a connection", async () => {
    const session = new Session(memoryStore("refresh-0"), () => Promise.reject(new TypeError("offline")));
    await expect(session.renew(null)).rejects.toThrow("offline");
    expect(session.refreshToken()).toBe("refresh-0");
    expect(session.isSignedIn()).toBe(true);
  });

  it("reads the refresh token inside the lock, where another tab may have rotated it", async () => {
    const store = memoryStore("refresh-0");
    const exchange = vi.fn((token: string) => Promise.resolve(token === "refresh-7" ? pair(8) : null));
    const otherTabRotates = async <T,>(task: () => Promise<T>) => {
      store.write("refresh-7");
      return task();
    };
    const session = new Session(store, exchange, otherTabRotates);
    await expect(session.renew(null)).resolves.toBe("access-8");
    expect(exchange).toHaveBeenCalledWith("refresh-7");
  });
});
