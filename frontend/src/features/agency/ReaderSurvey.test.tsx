import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { configureApi } from "@/api/client";
import { ReaderSurvey } from "./ReaderSurvey";

const send = () => screen.getByRole("button", { name: "ส่งคำตอบ" });

function pick(question: string, score: number) {
  const group = screen.getByRole("group", { name: question });
  return userEvent.click(group.querySelector(`input[value="${score}"]`) as HTMLElement);
}

async function answerAll() {
  await pick("เนื้อหานี้มีประโยชน์ต่อคุณเพียงใด", 4);
  await pick("คุณเข้าใจเนื้อหานี้มากน้อยเพียงใด", 2);
  await pick("คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด", 5);
}

function renderSurvey() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ReaderSurvey subject="result" id="r1" />
    </QueryClientProvider>,
  );
}

describe("the reader survey", () => {
  const sent: Record<string, unknown>[] = [];
  let answer: (body: Record<string, unknown>) => Response;

  beforeEach(() => {
    sent.length = 0;
    window.localStorage.clear();
    configureApi({ apiOrigin: "http://api.test" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        return answer(body);
      }),
    );
    answer = (body) =>
      Response.json({
        subject_type: "result",
        subject_id: "r1",
        usefulness: body.usefulness,
        understanding: body.understanding,
        satisfaction: body.satisfaction,
        comment: body.comment ?? null,
        updated_at: "2026-12-06T03:00:00Z",
        browser_token: body.browser_token ? null : "token-made-by-the-server-0123456789",
      });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("waits for all three scores, then thanks the reader and shows the answer", async () => {
    renderSurvey();
    expect(send()).toHaveProperty("disabled", true);
    await answerAll();
    await userEvent.type(screen.getByLabelText("ความเห็นเพิ่มเติม (ไม่บังคับ)"), "ตัวอักษรเล็กไป");
    await userEvent.click(send());
    await screen.findByText("ขอบคุณสำหรับคำตอบของคุณ");
    expect(sent).toEqual([{ usefulness: 4, understanding: 2, satisfaction: 5, comment: "ตัวอักษรเล็กไป" }]);
    expect(screen.getByText("ตัวอักษรเล็กไป")).toBeTruthy();
    expect(window.localStorage.getItem("sala.survey.token")).toBe("token-made-by-the-server-0123456789");
  });

  it("sends the kept browser token with a changed answer", async () => {
    renderSurvey();
    await answerAll();
    await userEvent.click(send());
    await screen.findByText("ขอบคุณสำหรับคำตอบของคุณ");
    await userEvent.click(screen.getByRole("button", { name: "แก้ไขคำตอบ" }));
    await pick("คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด", 1);
    await userEvent.click(send());
    await screen.findByText("ขอบคุณสำหรับคำตอบของคุณ");
    expect(sent[1]).toEqual({
      usefulness: 4,
      understanding: 2,
      satisfaction: 1,
      comment: null,
      browser_token: "token-made-by-the-server-0123456789",
    });
  });

  it("shows a refused comment beside its field", async () => {
    answer = () =>
      Response.json(
        {
          type: "urn:sala:problem:validation_failed",
          title: "x",
          status: 422,
          code: "validation_failed",
          errors: [{ field: "comment", code: "too_long", message: "x" }],
        },
        { status: 422, headers: { "content-type": "application/problem+json" } },
      );
    renderSurvey();
    await answerAll();
    await userEvent.type(screen.getByLabelText("ความเห็นเพิ่มเติม (ไม่บังคับ)"), "ยาว");
    await userEvent.click(send());
    await screen.findByRole("alert");
    expect(screen.getByLabelText("ความเห็นเพิ่มเติม (ไม่บังคับ)").getAttribute("aria-invalid")).toBe("true");
  });
});
