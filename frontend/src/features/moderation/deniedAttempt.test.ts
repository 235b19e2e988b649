import { describe, expect, it } from "vitest";
import { deniedAttemptOf } from "./deniedAttempt";

describe("refused attempts in the audit log", () => {
  it("are read from access.denied rows", () => {
    const attempt = deniedAttemptOf({
      action: "access.denied",
      reason: "role_required",
      after: { method: "PUT", route: "/api/v1/admin/users/{id}/role", requires: "admin" },
    });
    expect(attempt).toEqual({
      method: "PUT",
      route: "/api/v1/admin/users/{id}/role",
      requires: "admin",
      reason: "role_required",
      reasonCode: "role_required",
    });
  });

  it("keep an unknown reason or privilege as unknown rather than guessing", () => {
    const attempt = deniedAttemptOf({
      action: "access.denied",
      reason: "something_new",
      after: { method: "GET", route: "/api/v1/moderation/queue", requires: "auditor" },
    });
    expect(attempt?.reason).toBeNull();
    expect(attempt?.reasonCode).toBe("something_new");
    expect(attempt?.requires).toBeNull();
  });

  it("are not found in other rows", () => {
    expect(deniedAttemptOf({ action: "moderation.hide", reason: "spam", after: null })).toBeNull();
  });
});
