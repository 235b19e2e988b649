// Who is signed in: the short-lived access token kept in memory only, the rotating refresh token
// kept by the browser in an HttpOnly cookie that no script can read, and the single refresh that
// may be under way at any moment. Refresh tokens work once, so two requests that fail together
// must share one refresh, never spend the same token twice (the server would end the whole
// sign-in). A non-secret flag in localStorage says whether this browser is signed in, so a page
// load knows to restore the sign-in from the cookie and other tabs follow sign-ins and sign-outs.
import type { TokenPair } from "./types";

/** Whether this browser holds a sign-in. Holds no secret. */
export interface SignedInFlag {
  read(): boolean;
  write(signedIn: boolean): void;
}

/**
 * Trades the refresh cookie for a new access token (and cookie); null when the server refused
 * it. Throws when offline.
 */
export type RefreshExchange = () => Promise<TokenPair | null>;

/** Runs a task while holding a lock shared by every tab of this origin. */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>;

const runAlone: CrossTabLock = (task) => task();

/** Renew a little early, so a token does not expire on its way to the server. */
const EXPIRY_MARGIN_MS = 30_000;

/** The header that asks the server to keep the refresh token in its cookie, and proves the request is the app's own. */
export const COOKIE_SESSION = { "X-Sala-Session": "cookie" } as const;

export class Session {
  private access: { token: string; expiresAt: number } | null = null;
  private renewal: Promise<string | null> | null = null;
  private readonly listeners = new Set<() => void>();
  private signedIn: boolean;

  constructor(
    private readonly flag: SignedInFlag,
    private readonly exchange: RefreshExchange,
    private readonly lock: CrossTabLock = runAlone,
    private readonly now: () => number = Date.now,
  ) {
    this.signedIn = flag.read();
  }

  isSignedIn = (): boolean => this.signedIn;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps a new sign-in (from login or refresh); the refresh token stays in the cookie. */
  start(pair: TokenPair): void {
    this.flag.write(true);
    this.access = { token: pair.access_token, expiresAt: this.now() + pair.expires_in * 1000 };
    this.setSignedIn(true);
  }

  /** Forgets the sign-in on this device. */
  end(): void {
    this.flag.write(false);
    this.access = null;
    this.setSignedIn(false);
  }

  /** Follows a change made by another tab (sign-in, sign-out). */
  syncWithStore(): void {
    const signedIn = this.flag.read();
    if (!signedIn) this.access = null;
    this.setSignedIn(signedIn);
  }

  /** An access token to send: the one in memory while fresh, else a renewed one; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - EXPIRY_MARGIN_MS > this.now()) {
      return this.access.token;
    }
    if (!this.flag.read()) return null;
    return this.renew(this.access?.token ?? null);
  }

  /**
   * Called after the server refused `rejected`. When a newer token already replaced it, that one
   * is returned; otherwise every caller shares one refresh.
   */
  renew(rejected: string | null): Promise<string | null> {
    if (this.access && this.access.token !== rejected) {
      return Promise.resolve(this.access.token);
    }
    this.renewal ??= this.lock(() => this.refresh()).finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  private async refresh(): Promise<string | null> {
    // Checked inside the lock: another tab may have signed out meanwhile.
    if (!this.flag.read()) {
      this.end();
      return null;
    }
    const pair = await this.exchange();
    if (pair === null) {
      this.end();
      return null;
    }
    this.start(pair);
    return pair.access_token;
  }

  private setSignedIn(signedIn: boolean): void {
    if (this.signedIn === signedIn) return;
    this.signedIn = signedIn;
    for (const listener of this.listeners) listener();
  }
}

const SIGNED_IN_KEY = "sala.signed_in";
/** Where earlier versions kept the refresh token itself; removed on sight. */
const LEGACY_REFRESH_TOKEN_KEY = "sala.refresh_token";

export const localSignedInFlag: SignedInFlag = {
  read: () => localStorage.getItem(SIGNED_IN_KEY) !== null,
  write: (signedIn) => {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, "1");
    else localStorage.removeItem(SIGNED_IN_KEY);
  },
};

/** Removes a refresh token an earlier version left readable in localStorage. */
export function forgetLegacyRefreshToken(): void {
  localStorage.removeItem(LEGACY_REFRESH_TOKEN_KEY);
}

/** Calls `onChange` when another tab signs in or out. */
export function watchOtherTabs(onChange: () => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === SIGNED_IN_KEY || event.key === null) onChange();
  };
  window.addEventListener("storage", handler);
  return () => window.removeEventListener("storage", handler);
}

/** The Web Locks API serialises refreshes across tabs; without it, within this tab only. */
export const browserLock: CrossTabLock = (task) =>
  typeof navigator !== "undefined" && "locks" in navigator
    ? (navigator.locks.request("sala-refresh", task) as Promise<Awaited<ReturnType<typeof task>>>)
    : task();
