// Impact indicators in a real browser, on Sala's server with its demo data: the demo analyst
// adds an indicator to a result its office answers for and records a measured value; a
// signed-out reader sees the value, the progress and the chart on the result's page and on
// the consultation's results page; axe finds nothing on either. The analyst then edits an
// indicator's target and English name in place, and a signed-in citizen gets no edit control.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const VOTING = "provincial-justice-strategy";
const ANALYST = "agency@demo.sala.in.th";
const CITIZEN = "citizen@demo.sala.in.th";
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

/** A result the demo analyst's office owns, published through the API. */
async function resultOfTheAnalyst(title) {
  const analyst = await token(ANALYST);
  const consultation = await (await fetch(`${sala.url}/api/v1/consultations/${VOTING}`)).json();
  const created = await fetch(`${sala.url}/api/v1/consultations/${consultation.id}/results`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${analyst}` },
    body: JSON.stringify({ title, description: "เปิดศูนย์ไกล่เกลี่ยในตลาดนัดทุกอำเภอ", province: "สุโขทัย" }),
  });
  assert.equal(created.status, 201, await created.clone().text());
  return (await created.json()).id;
}

test("the analyst adds an indicator and records a value, and a reader sees it charted", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `ศูนย์ไกล่เกลี่ยชุมชนสุโขทัย ${stamp}`;
  const name = `คดีที่ยุติได้ในชั้นไกล่เกลี่ย ${stamp}`;
  const resultId = await resultOfTheAnalyst(title);

  const analyst = await newPage();
  await signIn(analyst, ANALYST);
  await analyst.goto(`/results/${resultId}`);
  await analyst.getByRole("heading", { level: 1, name: title }).waitFor();
  await analyst.getByRole("heading", { level: 2, name: "ตัวชี้วัดผลกระทบ" }).waitFor();
  await settled(analyst);
  await analyst.getByLabel("ชื่อ (ภาษาไทย)", { exact: true }).fill(name);
  await analyst.getByLabel("ชื่อ (ภาษาอังกฤษ ไม่บังคับ)").fill(`Cases settled by mediation ${stamp}`);
  await analyst.getByLabel("หน่วย", { exact: true }).fill("คดี");
  await analyst.getByLabel("ค่าฐาน", { exact: true }).fill("120");
  await analyst.getByLabel("ค่าเป้าหมาย", { exact: true }).fill("300");
  await analyst.getByRole("button", { name: "เพิ่มตัวชี้วัด" }).click();
  const card = analyst.getByRole("article", { name });
  await card.waitFor();
  assert.match(await card.textContent(), /ยังไม่ได้วัด/);

  await card.getByLabel("ค่า", { exact: true }).fill("210");
  await card.getByLabel("แหล่งที่มา", { exact: true }).fill("รายงานประจำเดือนของศูนย์ไกล่เกลี่ย");
  await card.getByRole("button", { name: "บันทึกค่าที่วัดได้" }).click();
  await card.getByText("บันทึกค่าแล้ว").waitFor();
  await card.getByRole("progressbar").waitFor();
  assert.equal(await card.getByRole("progressbar").getAttribute("value"), "50");
  assert.deepEqual(await axeViolations(analyst), [], "the result page with the indicator forms");
  await analyst.context().close();

  // A signed-out reader on a phone.
  const reader = await newPage(PHONE);
  await reader.goto(`/results/${resultId}`);
  await reader.getByRole("heading", { level: 1, name: title }).waitFor();
  const shown = reader.getByRole("article", { name });
  await shown.waitFor();
  const text = await shown.textContent();
  assert.match(text, /210 คดี/);
  assert.match(text, /รายงานประจำเดือนของศูนย์ไกล่เกลี่ย/);
  assert.match(text, /ถึงเป้าหมายแล้ว 50%/);
  const chart = shown.getByRole("img");
  assert.match(await chart.getAttribute("aria-label"), /จาก 210 เป็น 210 คดี/);
  assert.equal(await shown.locator("circle").count(), 1, "one measured value, one point");
  assert.equal(await shown.getByRole("button").count(), 0, "no forms for a reader");
  await settled(reader);
  assert.deepEqual(await axeViolations(reader), [], "the result page, Thai, 360 px");

  // The consultation's results page lists it too, under its result.
  await reader.goto(`/c/${VOTING}/results`);
  await reader.getByRole("heading", { level: 2, name: "ตัวชี้วัดผลกระทบของการรับฟังความคิดเห็นนี้" }).waitFor();
  await reader.getByRole("article", { name }).waitFor();
  await reader.getByRole("link", { name: `ของผลการดำเนินงาน: ${title}` }).waitFor();
  await settled(reader);
  assert.deepEqual(await axeViolations(reader), [], "the results page, Thai, 360 px");

  await reader.getByRole("button", { name: "English" }).click();
  const english = reader.getByRole("article", { name: `Cases settled by mediation ${stamp}` });
  await english.waitFor();
  assert.match(await english.textContent(), /50% of the way to the target/);
  await reader.context().close();
});

/** Posts JSON as the demo analyst and returns the created object. */
async function postAsAnalyst(path, body) {
  const created = await fetch(`${sala.url}/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token(ANALYST)}` },
    body: JSON.stringify(body),
  });
  assert.equal(created.status, 201, await created.clone().text());
  return created.json();
}

test("the analyst edits an indicator's target and English name; a citizen may not", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `ศูนย์ไกล่เกลี่ยตำบล ${stamp}`;
  const name = `ข้อพิพาทที่ยุติได้ ${stamp}`;
  const resultId = await resultOfTheAnalyst(title);
  const indicator = await postAsAnalyst(`/results/${resultId}/indicators`, {
    name,
    name_en: `Disputes settled ${stamp}`,
    unit: "เรื่อง",
    baseline: 100,
    target: 300,
  });
  // Yesterday in UTC is never after today in Thailand.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await postAsAnalyst(`/indicators/${indicator.id}/values`, { value: 200, measured_on: yesterday, source: "ทะเบียนศูนย์" });

  const analyst = await newPage();
  await signIn(analyst, ANALYST);
  await analyst.goto(`/results/${resultId}`);
  await analyst.getByRole("heading", { level: 1, name: title }).waitFor();
  const card = analyst.getByRole("article", { name });
  await card.getByText("ถึงเป้าหมายแล้ว 50%").waitFor();
  await settled(analyst);

  const open = card.getByRole("button", { name: `แก้ไข ${name}`, exact: true });
  await open.click();
  const form = card.getByRole("form", { name: `แก้ไขตัวชี้วัด ${name}`, exact: true });
  const target = form.getByLabel("ค่าเป้าหมาย", { exact: true });
  const nameEn = form.getByLabel("ชื่อ (ภาษาอังกฤษ ไม่บังคับ)", { exact: true });
  assert.equal(await target.inputValue(), "300");
  assert.equal(await nameEn.inputValue(), `Disputes settled ${stamp}`);
  // Opening the form takes the focus to its first field.
  await form.getByLabel("ชื่อ (ภาษาไทย)", { exact: true }).and(analyst.locator(":focus")).waitFor();
  assert.deepEqual(await axeViolations(analyst), [], "the result page with an indicator's edit form open");

  // A target equal to the baseline is refused beside its field, as the API says.
  await target.fill("100");
  await form.getByRole("button", { name: "บันทึกการแก้ไข", exact: true }).click();
  await form.getByText("ต้องไม่เท่ากับค่าฐาน").waitFor();
  assert.equal(await target.getAttribute("aria-invalid"), "true");

  await target.fill("500");
  await nameEn.fill(`Disputes settled by mediation ${stamp}`);
  await form.getByRole("button", { name: "บันทึกการแก้ไข", exact: true }).click();
  await card.getByText("บันทึกการแก้ไขตัวชี้วัดแล้ว").waitFor();
  await form.waitFor({ state: "detached" });
  await card.getByText("ถึงเป้าหมายแล้ว 25%").waitFor();
  assert.match(await card.textContent(), /500 เรื่อง/);
  // Closing it gives the focus back to Edit.
  await open.and(analyst.locator(":focus")).waitFor();

  // Cancel drops what was typed.
  await open.click();
  await target.fill("900");
  await form.getByRole("button", { name: "ยกเลิก", exact: true }).click();
  await form.waitFor({ state: "detached" });
  assert.doesNotMatch(await card.textContent(), /900 เรื่อง/);
  await open.click();
  assert.equal(await target.inputValue(), "500");
  await analyst.context().close();

  // A signed-in citizen sees the change, in English too, and nothing to edit.
  const citizen = await newPage();
  await signIn(citizen, CITIZEN);
  await citizen.goto(`/results/${resultId}`);
  await citizen.getByRole("heading", { level: 1, name: title }).waitFor();
  const seen = citizen.getByRole("article", { name });
  await seen.getByText("ถึงเป้าหมายแล้ว 25%").waitFor();
  assert.match(await seen.textContent(), /500 เรื่อง/);
  assert.equal(await seen.getByRole("button").count(), 0, "no edit, record or delete for a citizen");
  assert.equal(await seen.getByRole("form").count(), 0);
  await citizen.getByRole("button", { name: "English" }).click();
  const english = citizen.getByRole("article", { name: `Disputes settled by mediation ${stamp}`, exact: true });
  await english.getByText("25% of the way to the target").waitFor();
  await citizen.context().close();
});
