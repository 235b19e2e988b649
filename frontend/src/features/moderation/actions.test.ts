import { describe, expect, it } from "vitest";
import { actionsFor, extraFieldOf } from "./actions";

const names = (choices: ReturnType<typeof actionsFor>) => choices.map((c) => `${c.on}:${c.action}`);

describe("moderation choices", () => {
  it("offer hiding a visible comment, and account decisions on its author", () => {
    expect(names(actionsFor({ target_type: "comment", hidden: false, locked: false }))).toEqual([
      "item:hide",
      "item:dismiss_flags",
      "item:mark_spam",
      "author:suspend",
      "author:ban",
      "author:restore",
      "author:discard_votes",
    ]);
  });

  it("offer showing again what is hidden, and unlocking a locked proposal", () => {
    const choices = names(actionsFor({ target_type: "proposal", hidden: true, locked: true }));
    expect(choices).toContain("item:unhide");
    expect(choices).not.toContain("item:hide");
    expect(choices).toContain("item:unlock");
    expect(choices).toContain("item:merge");
  });

  it("offer only decisions on the item when its author's account is gone", () => {
    expect(names(actionsFor({ target_type: "remark", hidden: false, locked: false }, false))).toEqual([
      "item:hide",
      "item:dismiss_flags",
      "item:mark_spam",
    ]);
  });

  it("ask for the proposal that stays when merging, and an end date when suspending", () => {
    expect(extraFieldOf("merge")).toBe("merge_into");
    expect(extraFieldOf("suspend")).toBe("until");
    expect(extraFieldOf("hide")).toBeNull();
  });
});
