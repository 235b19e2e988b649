import { describe, expect, it } from "vitest";
import { excerpt, voteShares } from "./excerpt";

describe("a proposal card's excerpt", () => {
  it("drops Markdown marks and keeps link text", () => {
    expect(excerpt("## ที่มา\n\n**ศูนย์** ไกล่เกลี่ย [ในตลาด](https://example.org)\n- ข้อแรก")).toBe(
      "ที่มา ศูนย์ ไกล่เกลี่ย ในตลาด ข้อแรก",
    );
  });

  it("cuts between graphemes, never inside a Thai syllable's marks", () => {
    // "ที่" is one grapheme of three code points.
    expect(excerpt("ที่นี่ที่นั่น", 2)).toBe("ที่นี่…");
    expect(excerpt("สั้น", 10)).toBe("สั้น");
  });
});

describe("vote shares", () => {
  it("add up to one hundred", () => {
    expect(voteShares({ agree: 1, disagree: 1, pass: 1 })).toEqual({ agree: 33, disagree: 33, pass: 34 });
    expect(voteShares({ agree: 0, disagree: 0, pass: 0 })).toEqual({ agree: 0, disagree: 0, pass: 0 });
  });
});
