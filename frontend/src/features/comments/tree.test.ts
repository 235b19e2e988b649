import { describe, expect, it } from "vitest";
import { comment } from "@/test/fixtures";
import { canReplyTo, countComments, MAX_DEPTH, updateInTree } from "./tree";

describe("comment tree", () => {
  const tree = [comment("a", 0, [comment("b", 1, [comment("c", 2)])]), comment("d", 0)];

  it("changes one nested comment and shares every untouched branch", () => {
    const next = updateInTree(tree, "c", (c) => ({ ...c, up: 5 }));
    expect(next[0]?.replies[0]?.replies[0]?.up).toBe(5);
    expect(next[1]).toBe(tree[1]);
    expect(tree[0]?.replies[0]?.replies[0]?.up).toBe(0);
  });

  it("returns the same tree when the comment is not in it", () => {
    expect(updateInTree(tree, "zzz", (c) => c)).toBe(tree);
  });

  it("counts replies at every depth", () => {
    expect(countComments(tree)).toBe(4);
  });

  it("allows replies down to the API's depth limit, and not to deleted comments", () => {
    expect(canReplyTo(comment("x", MAX_DEPTH - 1))).toBe(true);
    expect(canReplyTo(comment("x", MAX_DEPTH))).toBe(false);
    expect(canReplyTo(comment("x", 0, [], { deleted: true }))).toBe(false);
  });
});
