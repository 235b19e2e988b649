import { describe, expect, it } from "vitest";
import { actionGroups, changedFields, isAuditAction, valueText } from "./auditEntry";

describe("audit entries", () => {
  it("lists only the fields that changed", () => {
    expect(
      changedFields(
        { phase: "ideation", title: "เดิม", themes: ["ก"] },
        { phase: "voting", title: "เดิม", themes: ["ก", "ข"], locked: true },
      ),
    ).toEqual([
      { field: "phase", before: "ideation", after: "voting" },
      { field: "themes", before: ["ก"], after: ["ก", "ข"] },
      { field: "locked", before: undefined, after: true },
    ]);
  });

  it("shows a created thing as every field it was created with", () => {
    expect(changedFields(null, { role: "moderator" })).toEqual([{ field: "role", before: undefined, after: "moderator" }]);
    expect(changedFields(null, null)).toEqual([]);
  });

  it("groups actions by the part of their code before the dot", () => {
    const groups = new Map(actionGroups());
    expect(groups.get("moderation")).toContain("moderation.hide");
    expect(groups.get("api_key")).toEqual(["api_key.created", "api_key.revoked"]);
    expect(isAuditAction("moderation.hide")).toBe(true);
    expect(isAuditAction("moderation.")).toBe(false);
  });

  it("writes values as short text", () => {
    expect(valueText(["สุโขทัย", "ภูเก็ต"])).toBe("สุโขทัย, ภูเก็ต");
    expect(valueText(null)).toBe("—");
    expect(valueText({ a: 1 })).toBe('{"a":1}');
  });
});
