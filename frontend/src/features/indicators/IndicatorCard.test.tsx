import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import type { Indicator } from "./api";
import { IndicatorCard } from "./IndicatorCard";

const indicator: Indicator = {
  id: "i1",
  consultation_id: "c1",
  result_id: "r1",
  name: "คดีที่ยุติได้",
  name_en: "Cases settled",
  unit: "คดี",
  baseline: 120,
  target: 300,
  direction: "increase",
  description: null,
  position: 0,
  latest: null,
  progress: null,
  values: [],
  created_at: "2026-01-01T00:00:00Z",
  updated_at: "2026-01-01T00:00:00Z",
};

function problem(status: number, code: string, errors: object[] = []) {
  return Response.json(
    { type: `urn:sala:problem:${code}`, title: code, status, code, errors },
    { status, headers: { "content-type": "application/problem+json" } },
  );
}

describe("editing an indicator", () => {
  const sent: { method: string; url: string; body: unknown }[] = [];
  let answer: () => Response;

  beforeEach(() => {
    sent.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        sent.push({ method: request.method, url: request.url, body: await request.json() });
        return answer();
      }),
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  const show = (mayEdit: boolean) =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <IndicatorCard indicator={indicator} mayEdit={mayEdit} />
      </QueryClientProvider>,
    );
  const form = () => screen.getByRole("form", { name: "แก้ไขตัวชี้วัด คดีที่ยุติได้" });

  it("opens prefilled on the name, sends only what changed and gives the focus back", async () => {
    answer = () => Response.json({ ...indicator, target: 350, name_en: null });
    show(true);
    await userEvent.click(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));
    const name = screen.getByLabelText("ชื่อ (ภาษาไทย)");
    expect(document.activeElement).toBe(name);
    expect(name).toHaveProperty("value", "คดีที่ยุติได้");
    expect(screen.getByLabelText("ชื่อ (ภาษาอังกฤษ ไม่บังคับ)")).toHaveProperty("value", "Cases settled");
    expect(screen.getByLabelText("ค่าฐาน")).toHaveProperty("value", "120");

    await userEvent.clear(screen.getByLabelText("ค่าเป้าหมาย"));
    await userEvent.type(screen.getByLabelText("ค่าเป้าหมาย"), "350");
    await userEvent.clear(screen.getByLabelText("ชื่อ (ภาษาอังกฤษ ไม่บังคับ)"));
    await userEvent.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    await screen.findByText("บันทึกการแก้ไขตัวชี้วัดแล้ว");
    expect(sent).toEqual([{ method: "PATCH", url: "http://api.test/api/v1/indicators/i1", body: { target: 350, name_en: null } }]);
    expect(screen.queryByRole("form", { name: /แก้ไขตัวชี้วัด/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));
  });

  it("drops the changes on cancel, and closes without a request when nothing changed", async () => {
    show(true);
    await userEvent.click(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));
    await userEvent.type(screen.getByLabelText("หน่วย"), "ต่อเดือน");
    await userEvent.click(screen.getByRole("button", { name: "ยกเลิก" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));

    await userEvent.click(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));
    expect(screen.getByLabelText("หน่วย")).toHaveProperty("value", "คดี");
    await userEvent.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(screen.queryByRole("form", { name: /แก้ไขตัวชี้วัด/ })).toBeNull();
    expect(sent).toEqual([]);
  });

  it("shows the server's refusal beside its field, and an emptied target without asking", async () => {
    answer = () => problem(422, "validation_failed", [{ field: "target", code: "equals_baseline", message: "x" }]);
    show(true);
    await userEvent.click(screen.getByRole("button", { name: "แก้ไข คดีที่ยุติได้" }));
    const target = screen.getByLabelText("ค่าเป้าหมาย");
    await userEvent.clear(target);
    await userEvent.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    expect(screen.getByText("โปรดกรอกช่องนี้")).toBeTruthy();
    expect(sent).toEqual([]);

    await userEvent.type(target, "120");
    await userEvent.click(screen.getByRole("button", { name: "บันทึกการแก้ไข" }));
    await screen.findByText("ต้องไม่เท่ากับค่าฐาน");
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(form()).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toMatch(/ข้อมูลบางช่องยังไม่ถูกต้อง/);
    expect(sent.map((s) => s.body)).toEqual([{ target: 120 }]);
  });

  it("offers no edit to a reader", () => {
    show(false);
    expect(screen.queryByRole("button", { name: /แก้ไข/ })).toBeNull();
  });
});
