import { describe, expect, it } from "vitest";
import { ConfigError, parseApiOrigin, readConfig } from ".";

describe("deployment settings", () => {
  it("default to the app's own origin", () => {
    expect(readConfig(undefined, undefined)).toEqual({ apiOrigin: "" });
    expect(readConfig({ apiOrigin: "" }, "")).toEqual({ apiOrigin: "" });
  });

  it("accept an origin and drop the trailing slash", () => {
    expect(parseApiOrigin("https://api.example.go.th/", "test")).toBe("https://api.example.go.th");
    expect(parseApiOrigin("http://127.0.0.1:8080", "test")).toBe("http://127.0.0.1:8080");
  });

  it("let the runtime file win over the build-time value", () => {
    expect(readConfig({ apiOrigin: "https://run.example" }, "https://build.example")).toEqual({
      apiOrigin: "https://run.example",
    });
    expect(readConfig({}, "https://build.example")).toEqual({ apiOrigin: "https://build.example" });
  });

  it("refuse values that are not an origin, naming where they came from", () => {
    expect(() => parseApiOrigin("api.example.go.th", "config.js")).toThrow(/config.js/);
    expect(() => parseApiOrigin("ftp://example.go.th", "x")).toThrow(ConfigError);
    expect(() => parseApiOrigin("https://example.go.th/api", "x")).toThrow(/origin only/);
    expect(() => parseApiOrigin(42, "x")).toThrow(/string/);
  });
});
