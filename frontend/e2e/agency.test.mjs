// The agency side in a real browser, on Sala's server with its demo data: a citizen's vote reaches
// the analyst's dashboard; the analyst's answer, with a document attached, reaches the proposal
// page; a citizen answers the reader survey; the dashboard switches to English and is photographed.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { DESKTOP, PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { dashboardVotes, expectDashboardVotes } from "./support/steps.mjs";

const VOTING = "provincial-justice-strategy";
const DASHBOARD = `/agency/consultations/${VOTING}`;
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

const sala = salaForThisFile();
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const newPage = sala.newPage;

/**
 * A proposal of the voting consultation the demo citizen has not voted on yet, from Sukhothai:
 * the demo analyst represents the Sukhothai justice office, which answers that province's proposals.
 */
async function unvotedProposal() {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "citizen@demo.sala.in.th", password: DEMO_PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const list = await fetch(`${sala.url}/api/v1/consultations/${VOTING}/proposals?limit=50`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { items } = await list.json();
  const proposal = items.find((p) => !p.my_vote && p.status === "published" && p.province === "สุโขทัย");
  assert.ok(proposal, "the demo has a proposal the citizen has not voted on");
  return proposal;
}

test("a citizen's vote is counted on the analyst's dashboard, and the analyst's answer reaches the citizen", { timeout: 180_000 }, async () => {
  const proposal = await unvotedProposal();
  const analyst = await newPage();
  await signIn(analyst, "agency@demo.sala.in.th");
  await analyst.getByRole("link", { name: "หน่วยงาน" }).click();
  await analyst.getByRole("heading", { level: 1, name: "แดชบอร์ดหน่วยงาน" }).waitFor();
  const before = await dashboardVotes(analyst, VOTING);

  const citizen = await newPage();
  await signIn(citizen, "citizen@demo.sala.in.th");
  await citizen.goto(`/p/${proposal.id}`);
  await citizen.getByRole("button", { name: /^เห็นด้วย/ }).click();
  await citizen.getByText("คุณโหวต: เห็นด้วย").waitFor();

  await expectDashboardVotes(analyst, VOTING, before + 1);

  // The analyst answers the proposal from its page.
  await analyst.goto(`/p/${proposal.id}`);
  const answer = `ขอบคุณสำหรับข้อเสนอ หน่วยงานจะนำไปพิจารณาในแผนปีหน้า ${Date.now().toString(36)}`;
  await analyst.getByLabel("สถานะใหม่").selectOption("accepted");
  await analyst.getByLabel("คำตอบต่อสาธารณะ").fill(answer);
  await analyst.getByRole("button", { name: "เผยแพร่คำตอบ" }).click();
  await analyst.getByText("เผยแพร่คำตอบแล้ว").waitFor();

  // ...and attaches the plan it refers to, under its Thai name.
  const planName = `แผนปฏิบัติการปีหน้า ${Date.now().toString(36)}.pdf`;
  await analyst.getByLabel("ไฟล์เอกสาร").setInputFiles({ name: planName, mimeType: "application/pdf", buffer: PDF });
  await analyst.getByRole("button", { name: "แนบ", exact: true }).click();
  await analyst.getByRole("button", { name: `ลบ ${planName}` }).waitFor();

  await citizen.reload();
  const official = citizen.getByRole("region", { name: "คำตอบจากหน่วยงาน" });
  await official.waitFor();
  assert.match(await official.textContent(), new RegExp(answer.split(" ").pop()));
  assert.match(await citizen.locator(".page-header").textContent(), /รับไปดำเนินการ/);
  // The citizen downloads the attached plan from the answer, and may not remove it.
  await official.getByText("เอกสารประกอบคำตอบ").waitFor();
  const [download] = await Promise.all([
    citizen.waitForEvent("download"),
    official.getByRole("link", { name: planName }).click(),
  ]);
  assert.equal(download.suggestedFilename(), planName);
  assert.equal(await citizen.getByRole("button", { name: `ลบ ${planName}` }).count(), 0);
  await analyst.context().close();
  await citizen.context().close();
});

test("a citizen answers the reader survey and may change the answer", { timeout: 120_000 }, async () => {
  const page = await newPage();
  await signIn(page, "citizen@demo.sala.in.th");
  await page.goto(`/c/${VOTING}`);
  const survey = page.locator(".reader-survey");
  for (const [question, score] of [
    ["เนื้อหานี้มีประโยชน์ต่อคุณเพียงใด", 4],
    ["คุณเข้าใจเนื้อหานี้มากน้อยเพียงใด", 3],
    ["คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด", 5],
  ]) {
    await survey.getByRole("group", { name: question }).getByRole("radio", { name: `${score} จาก 5` }).check();
  }
  await survey.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await survey.getByText("ขอบคุณสำหรับคำตอบของคุณ").waitFor();
  await survey.getByRole("button", { name: "แก้ไขคำตอบ" }).click();
  await survey.getByRole("group", { name: "คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด" }).getByRole("radio", { name: "2 จาก 5" }).check();
  await survey.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await survey.getByText("ขอบคุณสำหรับคำตอบของคุณ").waitFor();

  // Coming back, the citizen sees their answer as last saved (it is also their quick rating).
  await page.reload();
  await survey.getByText(/คำตอบที่คุณให้ไว้ล่าสุดเมื่อ/).waitFor();
  for (const [question, score] of [
    ["เนื้อหานี้มีประโยชน์ต่อคุณเพียงใด", 4],
    ["คุณเข้าใจเนื้อหานี้มากน้อยเพียงใด", 3],
    ["คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด", 2],
  ]) {
    const radio = survey.getByRole("group", { name: question }).getByRole("radio", { name: `${score} จาก 5` });
    assert.equal(await radio.isChecked(), true, `${question} shows ${score}`);
  }
  await page.context().close();
});

test("the dashboard speaks Thai and English, and explains its ranking columns", { timeout: 180_000 }, async () => {
  const page = await newPage();
  await signIn(page, "agency@demo.sala.in.th");
  await page.goto(DASHBOARD);
  await settled(page);

  assert.ok(await page.getByRole("heading", { level: 2, name: "ภาพรวม" }).isVisible());
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 2, name: "Totals" }).waitFor();
  assert.match(await page.locator("main h1").textContent(), /^Dashboard: /);
  for (const heading of ["Activity over time", "Most supported", "Breakdown", "Opinion groups", "Answers due", "Export"]) {
    assert.ok(await page.getByRole("heading", { level: 2, name: heading }).isVisible(), heading);
  }
  // The ranking columns say in words what they count.
  await page.getByText("How to read the ranking columns").click();
  await page.getByText(/lower bound of its 95% confidence interval/).waitFor();
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.getByText("วิธีอ่านคอลัมน์ในตารางจัดอันดับ").waitFor();
  await page.getByText(/ช่วงความเชื่อมั่น 95%/).waitFor();
  await page.context().close();
});

test("an analyst creates an API key, reads with it, and revokes it; exports download", { timeout: 120_000 }, async () => {
  const page = await newPage();
  await signIn(page, "agency@demo.sala.in.th");
  await page.goto("/agency");
  // Only what the analyst's office may read is offered: a dashboard link, a key's scope.
  const offered = page.getByRole("group", { name: "การรับฟังความคิดเห็น" }).getByRole("checkbox");
  await offered.first().waitFor();
  assert.deepEqual(await offered.evaluateAll((boxes) => boxes.map((box) => box.labels[0].textContent.trim())), [
    "ยุทธศาสตร์ยุติธรรมจังหวัด: ความยุติธรรมใกล้บ้านใน 4 จังหวัดนำร่อง",
  ]);
  assert.equal(await page.locator(".agency-consultations a").count(), 1);
  const name = `รายงานรายสัปดาห์ ${Date.now().toString(36)}`;
  await page.getByLabel("ชื่อคีย์").fill(name);
  await page.getByRole("checkbox", { name: /ยุทธศาสตร์ยุติธรรมจังหวัด/ }).check();
  await page.getByRole("button", { name: "สร้างคีย์" }).click();
  const secret = await page.getByLabel("คีย์ API ใหม่").inputValue();
  assert.ok(secret.length > 20, "the key is shown once");
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.waitFor();
  assert.match(await row.textContent(), /ยังไม่เคยใช้/);

  const read = () =>
    fetch(`${sala.url}/api/v1/agency/consultations/${VOTING}/summary`, { headers: { authorization: `Bearer ${secret}` } });
  assert.equal((await read()).status, 200);

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `ยกเลิก ${name}` }).click();
  await row.getByText("ยกเลิกแล้ว").waitFor();
  assert.equal((await read()).status, 401);

  await page.goto(DASHBOARD);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลดการลงคะแนนเป็น CSV" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `${VOTING}-votes.csv`);
  const csv = readFileSync(await download.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFF"), "the CSV starts with a byte-order mark, so Excel shows Thai");
  const rows = csv.trim().split("\n");
  assert.ok(rows.length > 20, `the votes export has rows (${rows.length})`);
  assert.doesNotMatch(rows.join("\n"), /@demo\.sala\.in\.th/);

  // The same rows as a workbook that opens in Excel: a zip archive, named for what it holds.
  const [workbook] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลดการลงคะแนนเป็น XLSX" }).click(),
  ]);
  assert.equal(workbook.suggestedFilename(), `${VOTING}-votes.xlsx`);
  const bytes = readFileSync(await workbook.path());
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "an XLSX is a zip archive");
  await page.context().close();
});

test("the dashboard prints as a report: figures and rankings without the site's navigation", { timeout: 120_000 }, async () => {
  const page = await newPage();
  await signIn(page, "agency@demo.sala.in.th");
  await page.goto(DASHBOARD);
  const print = page.getByRole("button", { name: "พิมพ์รายงาน" });
  await print.waitFor();
  await page.getByRole("heading", { level: 2, name: "ภาพรวม" }).waitFor();
  await settled(page);
  await page.emulateMedia({ media: "print" });
  const nav = page.locator(".site-header");
  assert.equal(await nav.isVisible(), false, "the site's navigation is not printed");
  assert.equal(await print.isVisible(), false, "nor the print button");
  assert.equal(await page.getByRole("heading", { level: 2, name: "ส่งออกข้อมูล" }).isVisible(), false, "nor the downloads");
  assert.ok(await page.locator("main h1").isVisible(), "the consultation's title is printed");
  assert.ok(await page.locator(".dashboard > .meta").isVisible(), "and the date of the figures");
  assert.ok(await page.locator(".stat-grid").isVisible(), "the summary is printed");
  for (const heading of ["ภาพรวม", "ได้รับการสนับสนุนมากที่สุด"]) {
    assert.ok(await page.getByRole("heading", { level: 2, name: heading }).isVisible(), heading);
  }
  const ranking = page.getByRole("region", { name: "ได้รับการสนับสนุนมากที่สุด" }).getByRole("table");
  assert.ok(await ranking.first().isVisible(), "the ranking table is printed");
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, "agency-dashboard-print.png"), fullPage: true });
  const pdf = await page.pdf({ path: join(screenshotDir, "agency-dashboard-report.pdf"), format: "A4" });
  assert.ok(pdf.length > 10_000, `a PDF with content (${pdf.length} bytes)`);
  await page.context().close();
});

test("the Sukhothai office answers from its queue, and the proposal page names the office", { timeout: 120_000 }, async () => {
  const page = await newPage();
  await signIn(page, "agency@demo.sala.in.th");
  await page.getByRole("link", { name: "หน่วยงาน" }).click();
  await page.getByRole("link", { name: "เปิดคิวคำตอบของหน่วยงาน" }).click();
  await page.getByRole("heading", { level: 1, name: "คิวคำตอบของหน่วยงาน" }).waitFor();
  const first = page.locator(".due-list > li").first();
  await first.waitFor();
  assert.match(await first.textContent(), /สำนักงานยุติธรรมจังหวัดสุโขทัย/);
  const link = first.getByRole("link").first();
  const title = (await link.textContent()).trim();
  const href = await link.getAttribute("href");
  await first.getByRole("button", { name: /^ตอบ/ }).click();
  const answer = `สำนักงานยุติธรรมจังหวัดรับเรื่องไว้พิจารณา ${Date.now().toString(36)}`;
  await first.getByLabel("สถานะใหม่").selectOption("under_review");
  await first.getByLabel("คำตอบต่อสาธารณะ").fill(answer);
  await first.getByRole("button", { name: "เผยแพร่คำตอบ" }).click();
  // Answered, it leaves the queue.
  await page.locator(".due-list").getByRole("link", { name: title, exact: true }).waitFor({ state: "detached" });

  const visitor = await newPage();
  await visitor.goto(href);
  const official = visitor.getByRole("region", { name: "คำตอบจากหน่วยงาน" });
  await official.getByText(answer).waitFor();
  assert.match(await official.textContent(), /ตอบโดย สำนักงานยุติธรรมจังหวัดสุโขทัย/);
  await visitor.context().close();
  await page.context().close();
});

test("a CSO member endorses a proposal for the organization and withdraws it", { timeout: 120_000 }, async () => {
  const proposal = await unvotedProposal();
  const page = await newPage();
  await signIn(page, "citizen@demo.sala.in.th");
  await page.goto(`/p/${proposal.id}`);
  const endorse = page.getByRole("button", { name: /^รับรองในนาม / });
  const organization = (await endorse.textContent()).replace(/^รับรองในนาม /, "");
  await endorse.click();
  const list = page.getByRole("region", { name: "องค์กรที่รับรองข้อเสนอนี้" });
  await list.getByRole("listitem").filter({ hasText: organization }).waitFor();

  // Everyone sees it, signed in or not.
  const visitor = await newPage();
  await visitor.goto(`/p/${proposal.id}`);
  await visitor.getByRole("region", { name: "องค์กรที่รับรองข้อเสนอนี้" }).getByText(organization).waitFor();
  await visitor.context().close();

  await page.getByRole("button", { name: `ถอนการรับรองของ ${organization}` }).click();
  await list.getByText("ยังไม่มีองค์กรใดรับรองข้อเสนอนี้").waitFor();
  await page.context().close();
});

test("a valuator scores a proposal against its consultation's criteria", { timeout: 120_000 }, async () => {
  const proposal = await unvotedProposal();
  const page = await newPage();
  await signIn(page, "valuator@demo.sala.in.th");
  await page.goto(`/p/${proposal.id}`);
  const form = page.locator(".valuation-form");
  const first = form.getByRole("group").first();
  await first.getByRole("radio", { name: "4 จาก 5" }).check();
  await form.getByLabel(/^หมายเหตุด้าน/).first().fill("ต้นทุนต่ำ ทำได้ทันที");
  await form.getByRole("button", { name: "บันทึกการประเมิน" }).click();
  await form.getByText("บันทึกการประเมินแล้ว").waitFor();
  await page.context().close();
});

// After the journeys above, these pages hold an API key, an answer and valuations: states the
// every-page test, which runs on the demo data alone, does not see.
test("the agency pages with a key and an answer fit a phone, and are photographed", { timeout: 180_000 }, async () => {
  mkdirSync(screenshotDir, { recursive: true });
  const proposal = await unvotedProposal();
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ]) {
    const page = await newPage(viewport);
    await signIn(page, "agency@demo.sala.in.th");
    for (const [name, path] of [
      ["agency-home", "/agency"],
      ["agency-dashboard", DASHBOARD],
      ["agency-proposal", `/p/${proposal.id}`],
      ["agency-consultation", `/c/${VOTING}`],
    ]) {
      await page.goto(path);
      await settled(page);
      const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
      assert.equal(overflow, 0, `${name} is no wider than the screen at ${viewport.width} px`);
      await page.screenshot({ path: join(screenshotDir, `${name}-${label}.png`), fullPage: true });
    }
    await page.context().close();
  }
});
