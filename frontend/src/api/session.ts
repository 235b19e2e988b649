// Who is signed in: the short-lived access token kept in memory, the rotating refresh token kept
// in localStorage, and the single refresh that may be under way at any moment. Refresh tokens
// work once, so two requests that fail together must share one refresh, never spend the same
// token twice (the server would end the whole sign-in).
import type { TokenPair } from "./types";

export interface RefreshTokenStore {
  read(): string | null;
  write(token: string | null): void;
}

/** Trades a refresh token for a new pair; null when the server refused it. Throws when offline. */
export type RefreshExchange = (refreshToken: string) => Promise<TokenPair | null>;

/** Runs a task while holding a lock shared by every tab of this origin. */
export type CrossTabLock = <T>(task: () => Promise<T>) => Promise<T>;

const runAlone: CrossTabLock = (task) => task();

/** Renew a little early, so a token does not expire on its way to the server. */
const EXPIRY_MARGIN_MS = 30_000;

export class Session {
  private access: { token: string; expiresAt: number } | null = null;
  private renewal: Promise<string | null> | null = null;
  private readonly listeners = new Set<() => void>();
  private signedIn: boolean;

  constructor(
    private readonly store: RefreshTokenStore,
    private readonly exchange: RefreshExchange,
    private readonly lock: CrossTabLock = runAlone,
    private readonly now: () => number = Date.now,
  ) {
    this.signedIn = store.read() !== null;
  }

  isSignedIn = (): boolean => this.signedIn;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Keeps a new sign-in (from login or refresh). */
  start(pair: TokenPair): void {
    this.store.write(pair.refresh_token);
    this.access = { token: pair.access_token, expiresAt: this.now() + pair.expires_in * 1000 };
    this.setSignedIn(true);
  }

  /** Forgets the sign-in on this device. */
  end(): void {
    this.store.write(null);
    this.access = null;
    this.setSignedIn(false);
  }

  refreshToken(): string | null {
    return this.store.read();
  }

  /** Follows a change made by another tab (sign-in, sign-out). */
  syncWithStore(): void {
    const signedIn = this.store.read() !== null;
    if (!signedIn) this.access = null;
    this.setSignedIn(signedIn);
  }

  /** An access token to send: the one in memory while fresh, else a renewed one; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - EXPIRY_MARGIN_MS > this.now()) {
      return this.access.token;
    }
    if (this.store.read() === null) return null;
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
    // Read inside the lock: another tab may have rotated the token meanwhile.
    const refreshToken = this.store.read();
    if (refreshToken === null) {
      this.end();
      return null;
    }
    const pair = await this.exchange(refreshToken);
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

const REFRESH_TOKEN_KEY = "sala.refresh_token";

export const localRefreshTokenStore: RefreshTokenStore = {
  read: () => localStorage.getItem(REFRESH_TOKEN_KEY),
  write: (token) => {
    if (token === null) localStorage.removeItem(REFRESH_TOKEN_KEY);
    else localStorage.setItem(REFRESH_TOKEN_KEY, token);
  },
};

/** Calls `onChange` when another tab signs in or out. */
export function watchOtherTabs(onChange: () => void): () => void {
  const handler = (event: StorageEvent) => {
    if (event.key === REFRESH_TOKEN_KEY || event.key === null) onChange();
  };
  window.addEventListener("storage", handler);
  return () => window.removeEventListener("storage", handler);
}

/** The Web Locks API serialises refreshes across tabs; without it, within this tab only. */
export const browserLock: CrossTabLock = (task) =>
  typeof navigator !== "undefined" && "locks" in navigator
    ? (navigator.locks.request("sala-refresh", task) as Promise<Awaited<ReturnType<typeof task>>>)
    : task();
