import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { awardKeys, type Assessment, type Assessor } from "./api";
import { AssessorPart } from "./AssessorPart";

const me: Assessor = {
  user_id: "u1",
  display_name: "ผู้ประเมิน ข้อเสนอ",
  has_conflict: null,
  conflict_note: null,
  scores: [],
  total: null,
  dimensions: [],
};

const assessment: Assessment = {
  award_id: "a1",
  award_title: "รางวัลนวัตกรรมการมีส่วนร่วม",
  award_stage: "assessing",
  site_visit_threshold: 60,
  application: {
    id: "app1",
    organization_id: "o1",
    organization_name: "เครือข่ายภาคีสิทธิเด็กล้านนา",
    title: "สภาเด็กตำบล",
    summary: "เด็กและเยาวชนร่วมวางแผนงบประมาณของตำบล",
    stage: "submitted",
    created_at: "2026-12-01T00:00:00Z",
    decided_at: null,
    viewer_assesses: true,
  },
  criteria: [
    { id: "c-outcome", dimension: "outcome", name: "ผลต่อเด็กและเยาวชน", name_en: null, weight: 40 },
    { id: "c-structure", dimension: "structure", name: "กลไกที่ยั่งยืน", name_en: null, weight: 60 },
  ],
  assessors: [me],
  figures: null,
  viewer_manages: false,
};

/** The assessor's part as the page shows it: read from the cache the mutations write to. */
function Part() {
  const query = useQuery({ queryKey: awardKeys.assessment("app1"), queryFn: () => assessment });
  const data = query.data;
  const own = data?.assessors[0];
  return data && own ? <AssessorPart assessment={data} own={own} /> : null;
}

describe("an assessor's part of an assessment", () => {
  const sent: { method: string; url: string; body: unknown }[] = [];
  const answers: (() => Response)[] = [];

  beforeEach(() => {
    sent.length = 0;
    answers.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        sent.push({ method: request.method, url: request.url, body: await request.json() });
        const answer = answers.shift();
        if (!answer) throw new Error(`unexpected ${request.method} ${request.url}`);
        return answer();
      }),
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  const show = () =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Part />
      </QueryClientProvider>,
    );

  it("declares no conflict, then scores by dimension and shows the total", async () => {
    show();
    expect(await screen.findByRole("heading", { level: 3, name: "ผลประโยชน์ทับซ้อน" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "คะแนน" })).toBeNull();

    const declared = { ...me, has_conflict: false };
    answers.push(() => Response.json({ ...assessment, assessors: [declared] }));
    await userEvent.click(screen.getByRole("radio", { name: "ฉันไม่มีผลประโยชน์ทับซ้อน" }));
    await userEvent.click(screen.getByRole("button", { name: "ส่งคำแจ้ง" }));
    await screen.findByText("คุณแจ้งแล้วว่าไม่มีผลประโยชน์ทับซ้อน");

    // Structure comes before outcome, whatever the award's order.
    const dimensions = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(dimensions).toEqual(["โครงสร้าง", "ผลลัพธ์"]);
    const scored = {
      ...declared,
      scores: [
        { criterion_id: "c-outcome", score: 4 },
        { criterion_id: "c-structure", score: 3 },
      ],
      total: 68,
      dimensions: [
        { dimension: "structure" as const, percent: 60 },
        { dimension: "outcome" as const, percent: 80 },
      ],
    };
    answers.push(() => Response.json({ ...assessment, assessors: [scored] }));
    const outcome = screen.getByRole("group", { name: "ผลต่อเด็กและเยาวชน (น้ำหนัก 40)" });
    const structure = screen.getByRole("group", { name: "กลไกที่ยั่งยืน (น้ำหนัก 60)" });
    await userEvent.click(outcome.querySelector<HTMLInputElement>('input[value="4"]')!);
    await userEvent.click(screen.getAllByRole("radio", { name: "3 – ดี" }).find((r) => structure.contains(r))!);
    await userEvent.click(screen.getByRole("button", { name: "บันทึกคะแนน" }));
    await screen.findByText("บันทึกคะแนนแล้ว");
    expect(screen.getByText("68%")).toBeTruthy();
    expect(screen.getByText("80%")).toBeTruthy();

    expect(sent).toEqual([
      { method: "PUT", url: "http://api.test/api/v1/award-applications/app1/declaration", body: { has_conflict: false, note: null } },
      {
        method: "PUT",
        url: "http://api.test/api/v1/award-applications/app1/scores",
        body: {
          scores: [
            { criterion_id: "c-outcome", score: 4 },
            { criterion_id: "c-structure", score: 3 },
          ],
        },
      },
    ]);
  });

  it("asks what the conflict is, shows the API's refusal beside the note, and recuses", async () => {
    show();
    await userEvent.click(await screen.findByRole("radio", { name: "ฉันมีผลประโยชน์ทับซ้อน" }));
    answers.push(() =>
      Response.json(
        {
          type: "urn:sala:problem:validation_failed",
          title: "x",
          status: 422,
          code: "validation_failed",
          errors: [{ field: "note", code: "too_short", message: "x" }],
        },
        { status: 422, headers: { "content-type": "application/problem+json" } },
      ),
    );
    const note = screen.getByLabelText("ผลประโยชน์ทับซ้อนคืออะไร");
    await userEvent.type(note, "ญ");
    await userEvent.click(screen.getByRole("button", { name: "ส่งคำแจ้ง" }));
    await screen.findByText("สั้นเกินไป");
    expect(note.getAttribute("aria-invalid")).toBe("true");

    answers.push(() =>
      Response.json({ ...assessment, assessors: [{ ...me, has_conflict: true, conflict_note: "เป็นที่ปรึกษาของเครือข่าย" }] }),
    );
    await userEvent.type(note, "เป็นที่ปรึกษาของเครือข่าย");
    await userEvent.click(screen.getByRole("button", { name: "ส่งคำแจ้ง" }));
    await screen.findByText("คุณแจ้งว่ามีผลประโยชน์ทับซ้อน จึงถอนตัวจากการประเมินใบสมัครนี้");
    expect(screen.getByText("คำอธิบายของคุณ: เป็นที่ปรึกษาของเครือข่าย")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "บันทึกคะแนน" })).toBeNull();
    expect(sent.map((s) => s.body)).toEqual([
      { has_conflict: true, note: "ญ" },
      { has_conflict: true, note: "ญเป็นที่ปรึกษาของเครือข่าย" },
    ]);
  });

  it("waits for the award to close applications before scoring", () => {
    const declared = { ...me, has_conflict: false };
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AssessorPart assessment={{ ...assessment, award_stage: "open", assessors: [declared] }} own={declared} />
      </QueryClientProvider>,
    );
    expect(screen.getByText("การให้คะแนนจะเปิดเมื่อรางวัลปิดรับสมัคร")).toBeTruthy();
    expect(screen.queryByRole("radio")).toBeNull();
  });
});
