// Deployment settings, read once at boot and checked before anything renders.

export interface AppConfig {
  /** Origin of the Sala API, without a trailing slash; empty means the app's own origin. */
  apiOrigin: string;
}

/** What a deployment may put in /config.js. */
export interface RuntimeConfig {
  apiOrigin?: unknown;
}

declare global {
  interface Window {
    __SALA_CONFIG__?: RuntimeConfig;
  }
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Accepts "" (same origin) or an absolute http(s) origin such as "https://api.example.go.th". */
export function parseApiOrigin(raw: unknown, source: string): string {
  if (raw === undefined || raw === null || raw === "") return "";
  if (typeof raw !== "string") {
    throw new ConfigError(`${source}: apiOrigin must be a string`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${source}: apiOrigin "${raw}" is not an absolute URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${source}: apiOrigin must use http or https, not ${url.protocol}`);
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new ConfigError(`${source}: apiOrigin must be an origin only (scheme, host, port)`);
  }
  return url.origin;
}

/** The runtime file (/config.js) wins over the build-time VITE_API_ORIGIN, so one build serves anywhere. */
export function readConfig(
  runtime: RuntimeConfig | undefined,
  buildTimeOrigin: string | undefined,
): AppConfig {
  const runtimeOrigin = parseApiOrigin(runtime?.apiOrigin, "config.js");
  if (runtimeOrigin) return { apiOrigin: runtimeOrigin };
  return { apiOrigin: parseApiOrigin(buildTimeOrigin, "VITE_API_ORIGIN") };
}
