import { describe, expect, it } from "vitest";
import { facetEntries, readSearch, toggleFacet, writeSearch } from "./params";

describe("search URL", () => {
  it("reads defaults from an empty address", () => {
    expect(readSearch(new URLSearchParams())).toEqual({
      q: "",
      types: [],
      sort: "relevance",
      theme: "",
      province: "",
      status: "",
    });
  });

  it("round-trips a full search", () => {
    const url = "q=%E0%B8%96%E0%B8%99%E0%B8%99&type=proposal%2Ccomment&sort=top&theme=Roads&province=%E0%B8%99%E0%B9%88%E0%B8%B2%E0%B8%99&status=accepted";
    const state = readSearch(new URLSearchParams(url));
    expect(state).toEqual({
      q: "ถนน",
      types: ["proposal", "comment"],
      sort: "top",
      theme: "Roads",
      province: "น่าน",
      status: "accepted",
    });
    expect(writeSearch(state).toString()).toBe(url);
  });

  it("drops unknown types and sorts", () => {
    const state = readSearch(new URLSearchParams("type=proposal,user,proposal&sort=random"));
    expect(state.types).toEqual(["proposal"]);
    expect(state.sort).toBe("relevance");
    expect(writeSearch(state).toString()).toBe("type=proposal");
  });

  it("toggles a facet on, to another value, and off", () => {
    const start = readSearch(new URLSearchParams("q=road"));
    const on = toggleFacet(start, "province", "น่าน");
    expect(writeSearch(on).get("province")).toBe("น่าน");
    const other = toggleFacet(on, "province", "ลำปาง");
    expect(writeSearch(other).get("province")).toBe("ลำปาง");
    const off = toggleFacet(other, "province", "ลำปาง");
    expect(writeSearch(off).toString()).toBe("q=road");
  });

  it("lists facet values by count and keeps the chosen one", () => {
    expect(facetEntries({ b: 1, a: 1, c: 5 }, "")).toEqual([
      ["c", 5],
      ["a", 1],
      ["b", 1],
    ]);
    expect(facetEntries({ c: 5 }, "z")).toEqual([
      ["c", 5],
      ["z", 0],
    ]);
    expect(facetEntries(undefined, "")).toEqual([]);
  });
});
