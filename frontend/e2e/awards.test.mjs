// Award-style assessment in a real browser, on Sala's server with its demo data: the demo lab's
// owner opens an award call with criteria of structure, process and outcome (a name too short is
// refused beside its field); the demo citizen applies for the Lanna child-rights network; the
// lab's owner assigns the demo valuator as assessor (a member of the network is refused), closes
// applications and is told the award cannot be decided yet; a second assessor recuses through
// the API; the valuator declares no conflict and scores every criterion; the lab's owner reads
// the figures and decides; a signed-out reader sees the application selected for a site visit,
// in Thai and in English; axe finds nothing on the award's pages and the assessment's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const LAB = "lab@demo.sala.in.th";
const CITIZEN = "citizen@demo.sala.in.th";
const VALUATOR = "valuator@demo.sala.in.th";
const ANALYST = "agency@demo.sala.in.th";
const NETWORK = "เครือข่ายภาคีสิทธิเด็กล้านนา";
const sala = salaForThisFile();
const newPage = sala.newPage;

/** Calls the API as a demo account and returns the answer's JSON. */
async function api(method, path, email, body) {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const reply = await fetch(`${sala.url}/api/v1${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(reply.ok, `${method} ${path}: ${reply.status} ${await reply.clone().text()}`);
  return reply.json();
}

test("a lab runs an award: an assessor declares and scores, the lab decides, a reader sees the site visit", { timeout: 300_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `รางวัลการมีส่วนร่วมของเด็กและเยาวชน ${stamp}`;
  const titleEn = `Child and youth participation award ${stamp}`;
  const application = `สภาเด็กร่วมวางแผนงบประมาณตำบล ${stamp}`;
  const criteria = [
    ["มีคณะทำงานที่มีเยาวชนร่วมเป็นกรรมการ", "30", "4 – ดีมาก"],
    ["เปิดให้เด็กและเยาวชนร่วมตัดสินใจทุกขั้นตอน", "30", "3 – ดี"],
    ["ข้อเสนอของเยาวชนได้รับการนำไปใช้จริง", "40", "4 – ดีมาก"],
  ];

  // The lab's owner opens the call from the awards page.
  const lab = await newPage();
  await signIn(lab, LAB);
  await lab.goto("/awards");
  await lab.getByRole("heading", { level: 1, name: "รางวัล" }).waitFor();
  await lab.getByRole("link", { name: "เปิดรับสมัครรางวัล" }).click();
  await lab.getByRole("heading", { level: 1, name: "เปิดรับสมัครรางวัล" }).waitFor();
  await settled(lab);
  await lab.getByLabel("ชื่อรางวัล (ภาษาไทย)", { exact: true }).fill(title);
  await lab.getByLabel("ชื่อรางวัล (ภาษาอังกฤษ ไม่บังคับ)", { exact: true }).fill(titleEn);
  await lab
    .getByLabel("รายละเอียด", { exact: true })
    .fill("มอบให้องค์กรที่เปิดให้เด็กและเยาวชนร่วมคิด ร่วมตัดสินใจ และร่วมติดตามผลนโยบายในพื้นที่");
  await lab.getByLabel("เกณฑ์คะแนนสำหรับลงพื้นที่ (ร้อยละ)", { exact: true }).fill("60");
  for (const [i, [name, weight]] of criteria.entries()) {
    const row = lab.getByRole("group", { name: `เกณฑ์ที่ ${i + 1}`, exact: true });
    await row.getByLabel("ชื่อเกณฑ์ (ภาษาไทย)", { exact: true }).fill(i === 1 ? "ดี" : name);
    await row.getByLabel("น้ำหนัก (1–100)", { exact: true }).fill(weight);
  }
  assert.deepEqual(await axeViolations(lab), [], "the new award form");
  await lab.getByRole("button", { name: "เปิดรับสมัครรางวัล" }).click();
  // The second criterion's name is too short: refused beside it.
  const second = lab.getByRole("group", { name: "เกณฑ์ที่ 2", exact: true });
  await second.getByText("สั้นเกินไป").waitFor();
  const secondName = second.getByLabel("ชื่อเกณฑ์ (ภาษาไทย)", { exact: true });
  assert.equal(await secondName.getAttribute("aria-invalid"), "true");
  await secondName.fill(criteria[1][0]);
  await lab.getByRole("button", { name: "เปิดรับสมัครรางวัล" }).click();
  await lab.getByRole("heading", { level: 1, name: title }).waitFor();
  const awardPath = new URL(lab.url()).pathname;
  assert.match(awardPath, /^\/awards\/[0-9a-f-]{36}$/);
  await lab.getByText("เปิดรับสมัคร", { exact: true }).waitFor();
  for (const dimension of ["โครงสร้าง", "กระบวนการ", "ผลลัพธ์"]) {
    await lab.getByRole("heading", { level: 3, name: dimension, exact: true }).waitFor();
  }
  await lab.getByText("ร้อยละ 40 ของน้ำหนักทั้งหมด", { exact: true }).waitFor();

  // The network's representative applies in its name.
  const citizen = await newPage();
  await signIn(citizen, CITIZEN);
  await citizen.goto(awardPath);
  await citizen.getByRole("heading", { level: 1, name: title }).waitFor();
  await citizen.getByRole("heading", { level: 2, name: "สมัครรับรางวัลนี้" }).waitFor();
  await settled(citizen);
  assert.match(await citizen.getByLabel("องค์กรผู้สมัคร").locator("option:checked").textContent(), new RegExp(NETWORK));
  await citizen.getByLabel("ชื่อผลงานที่สมัคร").fill(application);
  await citizen
    .getByLabel("สรุปผลงาน", { exact: true })
    .fill("สภาเด็กและเยาวชนร่วมจัดทำแผนงบประมาณของตำบลกับองค์การบริหารส่วนตำบลทุกปี และติดตามผลทุกไตรมาส");
  await citizen.getByRole("button", { name: "ส่งใบสมัคร" }).click();
  await citizen.getByRole("status").filter({ hasText: "ส่งใบสมัครแล้ว" }).waitFor();
  const applied = citizen.getByRole("article", { name: application });
  await applied.getByText("ยื่นใบสมัครแล้ว").waitFor();
  assert.deepEqual(await axeViolations(citizen), [], "the award page, applied");
  await citizen.context().close();

  // The lab's owner assigns assessors: a member of the network is refused, the valuator is not.
  await lab.reload();
  const card = lab.getByRole("article", { name: application });
  await card.getByText(`จาก ${NETWORK}`, { exact: false }).waitFor();
  const email = card.getByLabel("อีเมลของผู้ประเมิน");
  await email.fill(CITIZEN);
  await card.getByRole("button", { name: "มอบหมายผู้ประเมิน" }).click();
  await card.getByRole("alert").filter({ hasText: "ผู้ประเมินรายนี้มีผลประโยชน์ทับซ้อนกับใบสมัคร" }).waitFor();
  await email.fill(VALUATOR);
  await card.getByRole("button", { name: "มอบหมายผู้ประเมิน" }).click();
  await card.getByText("ผู้ประเมิน ข้อเสนอ — ยังไม่ได้แจ้งเรื่องผลประโยชน์ทับซ้อน").waitFor();

  // A second assessor, assigned through the API, recuses with a note.
  const award = await api("GET", awardPath, LAB);
  const applicationId = award.applications[0].id;
  await api("POST", `/award-applications/${applicationId}/assessors`, LAB, { email: ANALYST });
  await api("PUT", `/award-applications/${applicationId}/declaration`, ANALYST, {
    has_conflict: true,
    note: "เคยเป็นที่ปรึกษาโครงการของเครือข่าย",
  });

  // Closing applications; deciding is refused until every assessor is done.
  await lab.reload();
  await card.getByText("นักวิเคราะห์ กระทรวง — ถอนตัว เพราะแจ้งว่ามีผลประโยชน์ทับซ้อน").waitFor();
  assert.deepEqual(await axeViolations(lab), [], "the award page, as its manager");
  await lab.getByRole("button", { name: "ปิดรับสมัครและเริ่มประเมิน" }).click();
  await lab.getByRole("group", { name: "ปิดรับสมัครตอนนี้หรือไม่" }).getByRole("button", { name: "ใช่ ดำเนินการต่อ" }).click();
  await lab.getByRole("status").filter({ hasText: "ปิดรับสมัครแล้ว ผู้ประเมินเริ่มให้คะแนนได้" }).waitFor();
  await lab.getByText("อยู่ระหว่างประเมิน", { exact: true }).first().waitFor();
  await lab.getByRole("button", { name: "ตัดสินผลรางวัล" }).click();
  await lab.getByRole("group", { name: "ตัดสินผลรางวัลตอนนี้หรือไม่" }).getByRole("button", { name: "ใช่ ดำเนินการต่อ" }).click();
  await lab.getByRole("alert").filter({ hasText: "ยังตัดสินผลไม่ได้" }).waitFor();

  // The valuator declares no conflict of interest and scores every criterion.
  const valuator = await newPage();
  await signIn(valuator, VALUATOR);
  await valuator.goto(awardPath);
  await valuator.getByRole("link", { name: `ประเมิน ${application}` }).click();
  await valuator.getByRole("heading", { level: 1, name: application }).waitFor();
  await valuator.getByRole("heading", { level: 3, name: "ผลประโยชน์ทับซ้อน" }).waitFor();
  await settled(valuator);
  assert.deepEqual(await axeViolations(valuator), [], "the assessment page, before declaring");
  await valuator.getByRole("radio", { name: "ฉันไม่มีผลประโยชน์ทับซ้อน" }).check();
  await valuator.getByRole("button", { name: "ส่งคำแจ้ง" }).click();
  await valuator.getByText("คุณแจ้งแล้วว่าไม่มีผลประโยชน์ทับซ้อน").waitFor();
  for (const [name, weight, score] of criteria) {
    await valuator.getByRole("group", { name: `${name} (น้ำหนัก ${weight})` }).getByRole("radio", { name: score }).check();
  }
  await valuator.getByRole("button", { name: "บันทึกคะแนน" }).click();
  await valuator.getByRole("status").filter({ hasText: "บันทึกคะแนนแล้ว" }).waitFor();
  // (4×30 + 3×30 + 4×40) / (5×100) = 74%
  const yourTotal = valuator.locator("dt", { hasText: "คะแนนรวมถ่วงน้ำหนักของคุณ" }).locator("xpath=following-sibling::dd[1]");
  assert.equal(await yourTotal.textContent(), "74%");
  assert.deepEqual(await axeViolations(valuator), [], "the assessment page, scored");
  assert.equal(await valuator.getByRole("table").count(), 0, "an assessor sees only their own part");
  await valuator.context().close();

  // The lab's owner reads the figures, then decides.
  await lab.reload();
  await lab.getByText("ผู้ประเมิน ข้อเสนอ — ให้คะแนนครบทุกเกณฑ์แล้ว").waitFor();
  await lab.getByRole("link", { name: `ผลการประเมิน ${application}` }).click();
  await lab.getByRole("heading", { level: 2, name: "ภาพรวมคะแนนจากผู้ประเมิน" }).waitFor();
  const table = lab.getByRole("table", { name: "คะแนนรายเกณฑ์ของผู้ประเมินแต่ละคน" });
  await table.getByRole("columnheader", { name: "ผู้ประเมิน ข้อเสนอ" }).waitFor();
  const row = table.getByRole("row", { name: new RegExp(criteria[1][0]) });
  assert.deepEqual(
    (await row.getByRole("cell").allTextContents()).slice(1),
    ["3", "3", "3–3"],
    "the valuator's score, the mean and the spread",
  );
  const total = table.getByRole("row", { name: /คะแนนรวมถ่วงน้ำหนัก/ });
  assert.match(await total.textContent(), /74%/);
  const facts = await lab.locator("dl.facts").textContent();
  assert.match(facts, /คะแนนรวมเฉลี่ย74%/);
  assert.match(facts, /เกณฑ์คะแนนสำหรับลงพื้นที่60%/);
  assert.match(facts, /ถึงเกณฑ์ลงพื้นที่ตรวจเยี่ยม/);
  assert.match(facts, /ความสอดคล้องจะแสดงเมื่อมีผู้ประเมินอย่างน้อยสองคน/);
  await lab.getByRole("heading", { level: 3, name: "ผู้ประเมินที่ถอนตัว" }).waitFor();
  await lab.getByText(": เคยเป็นที่ปรึกษาโครงการของเครือข่าย").waitFor();
  await lab.getByText("ผู้ประเมินทุกคนแจ้งเรื่องผลประโยชน์ทับซ้อนและให้คะแนนครบแล้ว", { exact: false }).waitFor();
  assert.deepEqual(await axeViolations(lab), [], "the assessment page, as the award's manager");

  await lab.getByRole("link", { name: "มอบหมายผู้ประเมินและตัดสินผลได้ที่หน้าของรางวัล" }).click();
  await lab.getByRole("heading", { level: 1, name: title }).waitFor();
  await lab.getByRole("button", { name: "ตัดสินผลรางวัล" }).click();
  await lab.getByRole("group", { name: "ตัดสินผลรางวัลตอนนี้หรือไม่" }).getByRole("button", { name: "ใช่ ดำเนินการต่อ" }).click();
  await lab.getByRole("status").filter({ hasText: "ตัดสินผลรางวัลแล้ว" }).waitFor();
  const decided = lab.getByRole("article", { name: application });
  await decided.getByText("ผ่านเข้ารอบลงพื้นที่ตรวจเยี่ยม").waitFor();
  await decided.getByText("คะแนนเฉลี่ย: 74%").waitFor();
  assert.equal(await decided.getByLabel("อีเมลของผู้ประเมิน").count(), 0, "no assessors are assigned once decided");
  await lab.context().close();

  // A signed-out reader on a phone finds the award and sees the application selected for a site visit.
  const reader = await newPage(PHONE);
  await reader.goto("/awards");
  await reader.getByRole("link", { name: title }).click();
  await reader.getByRole("heading", { level: 1, name: title }).waitFor();
  const shown = reader.getByRole("article", { name: application });
  await shown.getByText("ผ่านเข้ารอบลงพื้นที่ตรวจเยี่ยม").waitFor();
  await reader.getByText("ตัดสินผลแล้ว", { exact: true }).waitFor();
  assert.doesNotMatch(await shown.textContent(), /คะแนนเฉลี่ย/, "scores are for the award's managers");
  assert.equal(await reader.getByRole("button", { name: /ตัดสินผล|มอบหมาย|ส่งใบสมัคร/ }).count(), 0);
  assert.deepEqual(await axeViolations(reader), [], "the award page, signed out, 360 px");
  const width = await reader.evaluate("document.documentElement.scrollWidth");
  assert.ok(width <= 360, `fits a phone: ${width}px`);
  await reader.getByRole("button", { name: "English" }).click();
  await reader.getByRole("heading", { level: 1, name: titleEn }).waitFor();
  await shown.getByText("Selected for a site visit").waitFor();
  await reader.getByRole("heading", { level: 3, name: "Outcome", exact: true }).waitFor();
  await reader.context().close();
});
