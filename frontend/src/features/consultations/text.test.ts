import { describe, expect, it } from "vitest";
import { consultationSummary, consultationTitle } from "./text";

describe("a consultation's title and summary in the reader's language", () => {
  const both = { title: "ชื่อไทย", title_en: "English title", summary: "สรุปไทย", summary_en: "English summary" };

  it("shows the English text to a reader who chose English", () => {
    expect(consultationTitle(both, "en")).toBe("English title");
    expect(consultationSummary(both, "en-GB")).toBe("English summary");
  });

  it("shows the Thai text to a Thai reader", () => {
    expect(consultationTitle(both, "th")).toBe("ชื่อไทย");
    expect(consultationSummary(both, "th")).toBe("สรุปไทย");
  });

  it("falls back to the Thai when there is no English", () => {
    const thai = { title: "ชื่อไทย", title_en: null, summary: "สรุปไทย", summary_en: "" };
    expect(consultationTitle(thai, "en")).toBe("ชื่อไทย");
    expect(consultationSummary(thai, "en")).toBe("สรุปไทย");
    expect(consultationTitle({ title: "ชื่อไทย" }, "en")).toBe("ชื่อไทย");
  });
});
