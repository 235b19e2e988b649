import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, fromBangkokInput, toBangkokInput } from "./dates";

describe("dates", () => {
  it("writes Thai dates in the Buddhist Era", () => {
    expect(formatDate("2026-11-21T05:00:00Z", "th")).toBe("21 พฤศจิกายน 2569");
  });

  it("writes English dates in the Common Era", () => {
    expect(formatDate("2026-11-21T05:00:00Z", "en")).toBe("21 November 2026");
  });

  it("uses Thailand's day, not the viewer's, near midnight UTC", () => {
    // 20:00 UTC is already 03:00 the next day in Bangkok.
    expect(formatDate("2026-12-31T20:00:00Z", "th")).toBe("1 มกราคม 2570");
    expect(formatDate("2026-12-31T20:00:00Z", "en")).toBe("1 January 2027");
  });

  it("shows times in Bangkok time with the Buddhist year", () => {
    expect(formatDateTime("2026-11-21T02:30:00Z", "th")).toContain("2569");
    expect(formatDateTime("2026-11-21T02:30:00Z", "th")).toContain("09:30");
  });

  it("round-trips datetime-local values as Thailand's time", () => {
    expect(toBangkokInput("2026-12-01T02:00:00Z")).toBe("2026-12-01T09:00");
    expect(fromBangkokInput("2026-12-01T09:00")).toBe("2026-12-01T02:00:00.000Z");
    expect(toBangkokInput(null)).toBe("");
    expect(fromBangkokInput("")).toBeNull();
  });
});
