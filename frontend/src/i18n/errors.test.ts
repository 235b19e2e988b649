import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { ApiProblem, NETWORK_ERROR } from "@/api/problem";
import { fieldMessage, problemMessage } from "./errors";

const t = i18next.t.bind(i18next);

describe("API errors as sentences", () => {
  afterEach(async () => {
    await i18next.changeLanguage("th");
  });

  it("translates each known code into Thai by default", () => {
    expect(problemMessage(new ApiProblem("phase_closed", 409), t)).toBe(
      "ขั้นตอนปัจจุบันของการรับฟังความคิดเห็นไม่เปิดให้ทำสิ่งนี้",
    );
    expect(problemMessage(new ApiProblem(NETWORK_ERROR, 0), t)).toContain("เชื่อมต่อเซิร์ฟเวอร์ไม่ได้");
  });

  it("follows the chosen language", async () => {
    await i18next.changeLanguage("en");
    expect(problemMessage(new ApiProblem("rate_limited", 429), t)).toBe(
      "Too many attempts in a short time. Please wait a moment and try again.",
    );
  });

  it("quotes the request id of an internal error", () => {
    expect(problemMessage(new ApiProblem("internal", 500, [], "req-42"), t)).toContain("req-42");
  });

  it("falls back to a general message for codes it does not know, and for other errors", () => {
    const general = "เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดลองใหม่";
    expect(problemMessage(new ApiProblem("brand_new_code", 418), t)).toBe(general);
    expect(problemMessage(new TypeError("boom"), t)).toBe(general);
  });

  it("names the reason a field was refused", () => {
    const problem = new ApiProblem("validation_failed", 422, [
      { field: "title", code: "too_short", message: "must be at least 5 characters" },
      { field: "body", code: "something_new", message: "?" },
    ]);
    expect(fieldMessage(problem, "title", t)).toBe("สั้นเกินไป");
    expect(fieldMessage(problem, "body", t)).toBe("รูปแบบไม่ถูกต้อง");
    expect(fieldMessage(problem, "theme", t)).toBeUndefined();
    expect(fieldMessage(new Error("x"), "title", t)).toBeUndefined();
  });
});
