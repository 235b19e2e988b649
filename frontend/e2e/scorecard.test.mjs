// The public answer scorecard in a real browser, on Sala's server with its demo data: once the
// ministry's consultation enters review, the proposals at its support threshold are owed an
// answer within 30 days; when the Sukhothai justice office answers one from its queue, the
// consultation page counts it answered on time, for the office and overall.
import assert from "node:assert/strict";
import { test } from "node:test";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const CONSULTATION = "provincial-justice-strategy";
const OFFICE = "สำนักงานยุติธรรมจังหวัดสุโขทัย (สาธิต)";

const sala = salaForThisFile();
const newPage = sala.newPage;

/**
 * The scorecard as a visitor reads it on the consultation page: answered on time overall, and
 * answered on time by the office (the third column of its row, after required).
 * @param {import("playwright-core").Page} page
 */
async function answeredOnTime(page) {
  await page.goto(`/c/${CONSULTATION}`);
  const card = page.getByRole("region", { name: "หน่วยงานตอบหรือไม่" });
  const overall = card.locator(".figures > div").filter({ has: page.getByRole("term").getByText("ตอบตรงเวลา", { exact: true }) });
  const row = card.getByRole("table", { name: "แยกตามหน่วยงานที่รับผิดชอบ" }).getByRole("row", { name: new RegExp(OFFICE.replace(/[()]/g, "\\$&")) });
  await row.waitFor();
  const cells = await row.getByRole("cell").allTextContents();
  return {
    overall: Number(await overall.getByRole("definition").textContent()),
    office: Number(cells[1]),
  };
}

test("the office answers from its queue, and the public scorecard counts it answered on time", { timeout: 240_000 }, async () => {
  // The administrator moves the consultation into review: owed answers' clocks start.
  const admin = await newPage();
  await signIn(admin, "admin@demo.sala.in.th");
  await admin.goto(`/admin/consultations/${CONSULTATION}`);
  await admin.getByLabel("ขั้นตอนปัจจุบัน").selectOption("review");
  await admin.getByRole("button", { name: "บันทึก", exact: true }).click();
  await admin.getByRole("status").getByText("บันทึกแล้ว").waitFor();
  await admin.context().close();

  const visitor = await newPage();
  const before = await answeredOnTime(visitor);

  // The office answers a proposal its queue shows as awaiting an answer, not yet overdue.
  const office = await newPage();
  await signIn(office, "agency@demo.sala.in.th");
  await office.goto("/agency/queue");
  await office.getByRole("heading", { level: 1, name: "คิวคำตอบของหน่วยงาน" }).waitFor();
  const item = office
    .locator(".due-list > li")
    .filter({ hasText: `ส่งถึง: ${OFFICE}` })
    .filter({ has: office.locator(".badge-due-pending") })
    .first();
  await item.waitFor();
  const title = (await item.getByRole("link").first().textContent()).trim();
  await item.getByRole("button", { name: /^ตอบ/ }).click();
  await item.getByLabel("สถานะใหม่").selectOption("accepted");
  await item.getByLabel("คำตอบต่อสาธารณะ").fill(`สำนักงานรับข้อเสนอไปดำเนินการในปีงบประมาณหน้า ${Date.now().toString(36)}`);
  await item.getByRole("button", { name: "เผยแพร่คำตอบ" }).click();
  await office.locator(".due-list").getByRole("link", { name: title, exact: true }).waitFor({ state: "detached" });
  await office.context().close();

  const after = await answeredOnTime(visitor);
  assert.equal(after.office, before.office + 1, "the office's row counts the answer on time");
  assert.equal(after.overall, before.overall + 1, "so does the consultation's total");
  await visitor.context().close();
});
