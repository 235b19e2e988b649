import { describe, expect, it, vi } from "vitest";
import { Session, type SignedInFlag } from "./session";
import type { TokenPair } from "./types";

function memoryFlag(initial: boolean): SignedInFlag {
  let signedIn = initial;
  return { read: () => signedIn, write: (next) => void (signedIn = next) };
}

function pair(n: number, expiresIn = 900): TokenPair {
  return { access_token: `access-${n}`, expires_in: expiresIn, token_type: "Bearer" };
}

/** An exchange whose answers the test releases by hand, to line up concurrent callers. */
function controlledExchange() {
  const pending: ((value: TokenPair | null) => void)[] = [];
  const exchange = vi.fn(() => new Promise<TokenPair | null>((resolve) => pending.push(resolve)));
  return { exchange, answer: (value: TokenPair | null) => pending.shift()?.(value) };
}

describe("Session", () => {
  it("shares one refresh among callers refused with the same token", async () => {
    const { exchange, answer } = controlledExchange();
    const session = new Session(memoryFlag(true), exchange);
    session.start(pair(0));

    const first = session.renew("access-0");
    const second = session.renew("access-0");
    answer(pair(1));

    await expect(first).resolves.toBe("access-1");
    await expect(second).resolves.toBe("access-1");
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("does not spend the new refresh cookie when a late refusal of the old token arrives", async () => {
    const { exchange, answer } = controlledExchange();
    const session = new Session(memoryFlag(true), exchange);
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
    const session = new Session(memoryFlag(true), exchange, undefined, () => now);
    session.start(pair(0, 900));
    await expect(session.accessToken()).resolves.toBe("access-0");
    now = 900_000;
    await expect(session.accessToken()).resolves.toBe("access-1");
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("restores a sign-in on page load from the refresh cookie", async () => {
    const exchange = vi.fn(() => Promise.resolve(pair(5)));
    const session = new Session(memoryFlag(true), exchange);
    expect(session.isSignedIn()).toBe(true);
    await expect(session.accessToken()).resolves.toBe("access-5");
    expect(exchange).toHaveBeenCalledTimes(1);
  });

  it("does not try to refresh when this browser never signed in", async () => {
    const exchange = vi.fn(() => Promise.resolve(pair(1)));
    const session = new Session(memoryFlag(false), exchange);
    expect(session.isSignedIn()).toBe(false);
    await expect(session.accessToken()).resolves.toBeNull();
    expect(exchange).not.toHaveBeenCalled();
  });

  it("keeps the access token in memory and nothing secret in the flag", () => {
    const writes: boolean[] = [];
    const flag: SignedInFlag = { read: () => writes.at(-1) ?? false, write: (v) => void writes.push(v) };
    const session = new Session(flag, vi.fn());
    session.start(pair(0));
    session.end();
    expect(writes).toEqual([true, false]);
  });

  it("ends the sign-in, and tells listeners, when the server refuses the refresh cookie", async () => {
    const flag = memoryFlag(true);
    const session = new Session(flag, () => Promise.resolve(null));
    const listener = vi.fn();
    session.subscribe(listener);
    await expect(session.renew(null)).resolves.toBeNull();
    expect(session.isSignedIn()).toBe(false);
    expect(flag.read()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("keeps the sign-in when the refresh fails for lack of a connection", async () => {
    const flag = memoryFlag(true);
    const session = new Session(flag, () => Promise.reject(new TypeError("offline")));
    await expect(session.renew(null)).rejects.toThrow("offline");
    expect(flag.read()).toBe(true);
    expect(session.isSignedIn()).toBe(true);
  });

  it("checks inside the lock whether another tab signed out meanwhile", async () => {
    const flag = memoryFlag(true);
    const exchange = vi.fn(() => Promise.resolve(pair(8)));
    const otherTabSignsOut = async <T,>(task: () => Promise<T>) => {
      flag.write(false);
      return task();
    };
    const session = new Session(flag, exchange, otherTabSignsOut);
    await expect(session.renew(null)).resolves.toBeNull();
    expect(exchange).not.toHaveBeenCalled();
    expect(session.isSignedIn()).toBe(false);
  });
});
