// Results in a real browser, on Sala's server with its demo data: the demo analyst publishes a
// result with a milestone from an accepted proposal, posts an update and attaches the signed
// agreement to the milestone; the citizen who supported the proposal follows the update from the
// inbox; a signed-out reader finds it on the consultation's "what happened to our ideas" page in
// Thai and in English, and on its province's page, and downloads the agreement; axe finds
// nothing on the new pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { waitForBackgroundWork } from "./support/background.mjs";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const VOTING = "provincial-justice-strategy";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const sala = salaForThisFile();
const newPage = sala.newPage;

async function token(email) {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  return (await login.json()).access_token;
}

/**
 * An accepted proposal the demo analyst answers for (Sukhothai's, routed to the justice office
 * the analyst represents): one already accepted, or one the analyst accepts now.
 */
async function acceptedProposal() {
  const analyst = await token("agency@demo.sala.in.th");
  const list = await fetch(`${sala.url}/api/v1/consultations/${VOTING}/proposals?limit=100`);
  const { items } = await list.json();
  const mine = items.filter((p) => p.province === "สุโขทัย");
  const accepted = mine.find((p) => p.status === "accepted");
  if (accepted) return accepted;
  const proposal = mine.find((p) => p.status === "published");
  assert.ok(proposal, "the demo has a Sukhothai proposal to accept");
  const answered = await fetch(`${sala.url}/api/v1/proposals/${proposal.id}/response`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${analyst}` },
    body: JSON.stringify({ status: "accepted", answer: "หน่วยงานรับข้อเสนอนี้ไปดำเนินการในปีงบประมาณหน้า" }),
  });
  assert.equal(answered.status, 200);
  return proposal;
}

test("the analyst publishes a result with a milestone, and a reader sees it in Thai and English", { timeout: 240_000 }, async () => {
  const proposal = await acceptedProposal();
  // The demo citizen supports it, so hears of what becomes of it.
  const supported = await fetch(`${sala.url}/api/v1/proposals/${proposal.id}/vote`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token("citizen@demo.sala.in.th")}` },
    body: JSON.stringify({ value: "agree" }),
  });
  assert.ok(supported.ok, `the citizen's vote: ${supported.status}`);
  const stamp = Date.now().toString(36);
  const title = `ศูนย์ไกล่เกลี่ยชุมชนสุโขทัย ${stamp}`;
  const titleEn = `Sukhothai community mediation centre ${stamp}`;

  const analyst = await newPage();
  await signIn(analyst, "agency@demo.sala.in.th");
  await analyst.goto(`/c/${VOTING}/results`);
  await analyst.getByRole("heading", { level: 1, name: "ข้อเสนอของเราไปถึงไหนแล้ว" }).waitFor();
  await analyst.getByRole("link", { name: "เผยแพร่ผลการดำเนินงาน" }).click();
  await analyst.getByRole("heading", { level: 1, name: "เผยแพร่ผลการดำเนินงาน" }).waitFor();
  await settled(analyst);
  assert.deepEqual(await axeViolations(analyst), [], "the new-result form");
  await analyst.getByRole("checkbox", { name: proposal.title }).check();
  await analyst.getByLabel("ชื่อ (ภาษาไทย)").fill(title);
  await analyst.getByLabel("ชื่อภาษาอังกฤษ (ไม่บังคับ)").fill(titleEn);
  await analyst.getByLabel("รายละเอียด (ภาษาไทย)").fill("เปิดศูนย์ไกล่เกลี่ยในตลาดนัดทุกอำเภอ");
  await analyst.getByLabel("รายละเอียดภาษาอังกฤษ (ไม่บังคับ)").fill("Mediation desks open in every district market.");
  await analyst.getByLabel("จังหวัด").selectOption("สุโขทัย");
  await analyst.getByLabel("หมุดหมาย", { exact: true }).fill("ลงนามความร่วมมือกับเทศบาล");
  await analyst.getByLabel("วันครบกำหนด").fill("2027-03-01");
  await analyst.getByLabel("หลักฐาน").fill("[บันทึกข้อตกลง](https://example.org/mou.pdf)");
  await analyst.getByRole("button", { name: "เผยแพร่ผลการดำเนินงาน" }).click();

  // The result's own page, with the form for updates.
  await analyst.getByRole("heading", { level: 1, name: title }).waitFor();
  await analyst.getByRole("heading", { level: 3, name: "ลงนามความร่วมมือกับเทศบาล" }).waitFor();
  await analyst.getByLabel("ความคืบหน้า (0–100 %)").fill("40");
  await analyst.getByLabel("สถานะ").selectOption("in_progress");
  await analyst.getByLabel("สิ่งที่เกิดขึ้น").fill("เปิดศูนย์แรกที่อำเภอเมืองแล้ว");
  await analyst.getByRole("button", { name: "รายงานความคืบหน้า" }).click();
  await analyst.getByText("รายงานความคืบหน้าแล้ว").waitFor();
  await analyst.getByText("เปิดศูนย์แรกที่อำเภอเมืองแล้ว").waitFor();
  // The signed agreement itself, attached to its milestone as evidence.
  const evidence = analyst.locator(".milestone-evidence");
  await evidence.getByLabel("ไฟล์เอกสาร").setInputFiles({ name: "บันทึกข้อตกลงเทศบาล.pdf", mimeType: "application/pdf", buffer: PDF });
  await evidence.getByRole("button", { name: "แนบ", exact: true }).click();
  await evidence.getByRole("link", { name: "บันทึกข้อตกลงเทศบาล.pdf" }).waitFor();
  assert.deepEqual(await axeViolations(analyst), [], "the result page, as its organisation sees it");
  await analyst.context().close();

  // The citizen who supported the proposal finds the update in the inbox and follows it.
  const supporter = await newPage();
  await signIn(supporter, "citizen@demo.sala.in.th");
  await waitForBackgroundWork(supporter);
  await supporter.goto("/notifications");
  await supporter.getByRole("link", { name: `ผลการดำเนินงาน “${title}” คืบหน้า 40% (กำลังดำเนินการ)` }).click();
  await supporter.getByRole("heading", { level: 1, name: title }).waitFor();
  await supporter.getByText("เปิดศูนย์แรกที่อำเภอเมืองแล้ว").waitFor();
  await supporter.context().close();

  // A signed-out reader on a phone finds it from the consultation.
  const reader = await newPage(PHONE);
  await reader.goto(`/c/${VOTING}`);
  await reader.getByRole("link", { name: "ข้อเสนอของเราไปถึงไหนแล้ว" }).click();
  await reader.getByRole("heading", { level: 1, name: "ข้อเสนอของเราไปถึงไหนแล้ว" }).waitFor();
  const card = reader.getByRole("article", { name: title });
  await card.waitFor();
  assert.match(await card.textContent(), /คืบหน้า 40%/);
  assert.match(await card.textContent(), /กำลังดำเนินการ/);
  assert.match(await card.textContent(), /ลงนามความร่วมมือกับเทศบาล/);
  assert.ok(await card.getByRole("link", { name: proposal.title }).isVisible());
  assert.equal(await card.getByRole("progressbar").getAttribute("value"), "40");
  assert.deepEqual(await axeViolations(reader), [], "the results page, Thai, 360 px");
  const width = await reader.evaluate("document.documentElement.scrollWidth");
  assert.ok(width <= 360, `fits a phone: ${width}px`);

  // The province named on the card leads to what happened there, across consultations.
  await card.getByRole("link", { name: "สุโขทัย", exact: true }).click();
  await reader.getByRole("heading", { level: 1, name: "ข้อเสนอของเราไปถึงไหนแล้ว ในจังหวัดสุโขทัย" }).waitFor();
  assert.equal(await reader.getByLabel("จังหวัด").inputValue(), "สุโขทัย");
  const there = reader.getByRole("article", { name: title });
  await there.waitFor();
  assert.match(await there.textContent(), /คืบหน้า 40%/);
  assert.deepEqual(await axeViolations(reader), [], "the province's results page, Thai, 360 px");
  await reader.goBack();
  await reader.getByRole("heading", { level: 1, name: "ข้อเสนอของเราไปถึงไหนแล้ว" }).waitFor();

  await reader.getByRole("button", { name: "English" }).click();
  await reader.getByRole("heading", { level: 1, name: "What happened to our ideas" }).waitFor();
  const english = reader.getByRole("article", { name: titleEn });
  await english.waitFor();
  assert.match(await english.textContent(), /40% done/);
  assert.match(await english.textContent(), /In progress/);
  await english.getByRole("link", { name: titleEn }).click();
  await reader.getByRole("heading", { level: 1, name: titleEn }).waitFor();
  await reader.getByText("Mediation desks open in every district market.").waitFor();
  await reader.getByRole("link", { name: "บันทึกข้อตกลง", exact: true }).waitFor();
  await reader.getByRole("link", { name: "บันทึกข้อตกลงเทศบาล.pdf" }).waitFor();
  await reader.getByText("เปิดศูนย์แรกที่อำเภอเมืองแล้ว").waitFor();
  assert.deepEqual(await axeViolations(reader), [], "the result page, English, 360 px");
  await reader.context().close();
});
