import { describe, expect, it } from "vitest";
import { scoresToSend } from "./ValuationForm";

describe("valuation scores to send", () => {
  it("sends only scored criteria, with notes trimmed and empty notes left out", () => {
    expect(scoresToSend({ ต้นทุน: 4, ผลกระทบ: 2 }, { ต้นทุน: "  ถูก  ", ผลกระทบ: "   ", ความเป็นไปได้: "ไม่ได้ให้คะแนน" })).toEqual([
      { criterion: "ต้นทุน", score: 4, note: "ถูก" },
      { criterion: "ผลกระทบ", score: 2 },
    ]);
  });
});
