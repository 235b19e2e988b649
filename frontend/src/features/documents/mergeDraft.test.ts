import { describe, expect, it } from "vitest";
import { mergeDraft } from "./mergeDraft";

describe("mergeDraft", () => {
  it("takes the new draft when the writer changed nothing", () => {
    expect(mergeDraft(["a", "b"], ["a", "b"], ["a", "B", "c"])).toEqual(["a", "B", "c"]);
  });

  it("takes the new words into paragraphs the writer left alone and keeps the ones they edited", () => {
    expect(mergeDraft(["a", "b", "c"], ["A", "b", "c"], ["a", "B", "c"])).toEqual(["A", "B", "c"]);
  });

  it("keeps the writer's words when both changed the same paragraph", () => {
    expect(mergeDraft(["a", "b"], ["a", "mine"], ["a", "theirs"])).toEqual(["a", "mine"]);
  });

  it("keeps the writer's draft when they added or removed paragraphs", () => {
    expect(mergeDraft(["a", "b"], ["a", "b", "new"], ["a", "B"])).toEqual(["a", "b", "new"]);
  });
});
