import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { FlagButton } from "./FlagButton";

function problem(status: number, code: string, errors: object[] = []) {
  return Response.json(
    { type: `urn:sala:problem:${code}`, title: code, status, code, errors },
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

describe("reporting a comment", () => {
  const sent: unknown[] = [];
  let answer: () => Response;

  beforeEach(() => {
    sent.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        sent.push(await request.json());
        return answer();
      }),
    );
    render(
      <QueryClientProvider client={new QueryClient()}>
        <FlagButton targetType="comment" targetId="c1" />
      </QueryClientProvider>,
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  it("sends the reason and note, then thanks the reporter", async () => {
    answer = () => Response.json({ id: "f1" }, { status: 201 });
    await userEvent.click(screen.getByRole("button", { name: "รายงาน" }));
    await userEvent.selectOptions(screen.getByLabelText("เหตุผล"), "personal_data");
    await userEvent.type(screen.getByLabelText("ข้อความถึงผู้ดูแล"), "มีเบอร์โทรศัพท์");
    await userEvent.click(screen.getByRole("button", { name: "ส่งรายงาน" }));
    await screen.findByText("ขอบคุณ ผู้ดูแลจะตรวจสอบต่อไป");
    expect(sent).toEqual([{ target_type: "comment", target_id: "c1", reason: "personal_data", note: "มีเบอร์โทรศัพท์" }]);
  });

  it("shows a missing note beside its field, and a second report as already made", async () => {
    answer = () => problem(422, "validation_failed", [{ field: "note", code: "required", message: "x" }]);
    await userEvent.click(screen.getByRole("button", { name: "รายงาน" }));
    await userEvent.selectOptions(screen.getByLabelText("เหตุผล"), "other");
    await userEvent.click(screen.getByRole("button", { name: "ส่งรายงาน" }));
    await screen.findByText("โปรดกรอกช่องนี้");
    expect(screen.getByLabelText("ข้อความถึงผู้ดูแล").getAttribute("aria-invalid")).toBe("true");

    answer = () => problem(409, "already_flagged");
    await userEvent.type(screen.getByLabelText("ข้อความถึงผู้ดูแล"), "ซ้ำกับข้อเสนออื่น");
    await userEvent.click(screen.getByRole("button", { name: "ส่งรายงาน" }));
    await screen.findByText("คุณรายงานรายการนี้ไปแล้ว");
  });
});
