// Documents in a real browser, on Sala's server with its demo data: the lab drafts a charter
// in the web app's editor and publishes it; the demo citizen, representative of the Lanna
// child-rights network, signs it on the network's behalf from the document's page and sees the
// network among the signatories; a signed-out reader finds it from the consultation and answers
// its reader survey; a citizen suggests new words for a paragraph and the lab accepts them into
// the next draft; a reader reports a remark, a moderator hides it from the queue and a
// signed-out reader no longer sees it; axe finds nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { hideQueueItem, openQueueItem } from "./support/steps.mjs";

const VOTING = "provincial-justice-strategy";
const sala = salaForThisFile();
const newPage = sala.newPage;

async function api(path, email, body) {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const reply = await fetch(`${sala.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  assert.ok(reply.ok, `${path}: ${reply.status}`);
  return reply.json();
}

test("a CSO representative signs the charter and finds their organisation among the signatories", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `กฎบัตรสิทธิเด็กจังหวัด ${stamp}`;

  // The administrator starts the charter from the consultation's page, then writes it.
  const writer = await newPage();
  await signIn(writer, "admin@demo.sala.in.th");
  await writer.goto(`/c/${VOTING}`);
  await settled(writer);
  await writer.getByText("เริ่มจัดทำเอกสาร").click();
  await writer.getByLabel("ประเภทเอกสาร").selectOption("charter");
  await writer.getByLabel("ชื่อเอกสาร (ภาษาไทย)").fill(title);
  await writer.getByRole("button", { name: "สร้างร่าง" }).click();
  await writer.getByRole("heading", { level: 2, name: "ร่าง (ฉบับที่ 1)" }).waitFor();
  await writer.getByLabel("ชื่อเอกสาร (ภาษาอังกฤษ ไม่บังคับ)").fill(`Provincial child-rights charter ${stamp}`);
  await writer.getByRole("button", { name: "เพิ่มย่อหน้า" }).click();
  await writer.getByLabel("ย่อหน้าที่ 1").fill("เด็กทุกคนมีสิทธิได้รับการรับฟัง");
  await writer.getByRole("button", { name: "เพิ่มย่อหน้า" }).click();
  await writer.getByLabel("ย่อหน้าที่ 2").fill("องค์กรภาคีร่วมกัน**คุ้มครอง**เด็กในทุกอำเภอ");
  await writer.getByRole("button", { name: "บันทึกร่าง" }).click();
  await writer.getByText("บันทึกร่างแล้ว").waitFor();
  assert.deepEqual(await axeViolations(writer), [], "the draft editor");
  await writer.getByRole("button", { name: "เผยแพร่ฉบับนี้" }).click();
  await writer.getByRole("heading", { level: 1, name: title }).waitFor();
  await writer.getByRole("button", { name: "เริ่มร่างใหม่จากฉบับปัจจุบัน" }).waitFor();
  const documentUrl = new URL(writer.url()).pathname;
  assert.match(documentUrl, /^\/documents\//);
  await writer.context().close();

  // The network's representative signs on its behalf.
  const rep = await newPage();
  await signIn(rep, "citizen@demo.sala.in.th");
  await rep.goto(documentUrl);
  await rep.getByRole("heading", { level: 1, name: title }).waitFor();
  await settled(rep);
  const sign = rep.getByRole("button", { name: /^ลงนามในนาม เครือข่ายภาคีสิทธิเด็กล้านนา/ });
  await sign.waitFor();
  assert.deepEqual(await axeViolations(rep), [], "the document page, before signing");
  await sign.click();
  await rep.getByRole("status").filter({ hasText: "ลงนามในนาม เครือข่ายภาคีสิทธิเด็กล้านนา" }).waitFor();
  const signatories = rep.getByRole("region", { name: "ผู้ลงนาม" });
  await signatories.getByText(/เครือข่ายภาคีสิทธิเด็กล้านนา/).waitFor();
  assert.match(await signatories.textContent(), /ลงนามโดย พลเมือง ทดลองใช้/);
  assert.equal(await sign.count(), 0, "no second signature is offered");
  assert.deepEqual(await axeViolations(rep), [], "the document page, signed");
  await rep.context().close();

  // A signed-out reader on a phone finds it from the consultation, with its fingerprint.
  const reader = await newPage(PHONE);
  await reader.goto(`/c/${VOTING}`);
  await settled(reader);
  await reader.getByRole("link", { name: title }).click();
  await reader.getByRole("heading", { level: 1, name: title }).waitFor();
  assert.match(await reader.locator("code.document-hash").textContent(), /^[0-9a-f]{64}$/);
  await reader.getByRole("region", { name: "ผู้ลงนาม" }).getByText(/เครือข่ายภาคีสิทธิเด็กล้านนา/).waitFor();
  assert.equal(await reader.getByRole("button", { name: /ลงนามในนาม/ }).count(), 0);
  // The reader survey closes the page, open without an account.
  const survey = reader.locator(".reader-survey");
  for (const question of ["เนื้อหานี้มีประโยชน์ต่อคุณเพียงใด", "คุณเข้าใจเนื้อหานี้มากน้อยเพียงใด", "คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด"]) {
    await survey.getByRole("group", { name: question }).getByRole("radio", { name: "4 จาก 5" }).check();
  }
  await survey.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await survey.getByText("ขอบคุณสำหรับคำตอบของคุณ").waitFor();
  assert.deepEqual(await axeViolations(reader), [], "the document page, signed out, 360 px");
  const width = await reader.evaluate("document.documentElement.scrollWidth");
  assert.ok(width <= 360, `fits a phone: ${width}px`);
  await reader.getByRole("button", { name: "English" }).click();
  await reader.getByRole("heading", { level: 1, name: `Provincial child-rights charter ${stamp}` }).waitFor();
  await reader.getByRole("heading", { level: 2, name: "Signatories" }).waitFor();
  await reader.context().close();
});

test("a citizen suggests new words for a paragraph and the lab accepts them into the next draft", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `ยุทธศาสตร์ยุติธรรมจังหวัด ${stamp}`;
  const consultation = await (await fetch(`${sala.url}/api/v1/consultations/${VOTING}`)).json();
  const created = await api(`/api/v1/consultations/${consultation.id}/documents`, "admin@demo.sala.in.th", {
    kind: "strategy",
    title,
    paragraphs: ["จัดตั้งศูนย์ไกล่เกลี่ยในทุกอำเภอ", "ทบทวนผลทุกปี"],
  });
  await api(`/api/v1/documents/${created.id}/publish`, "admin@demo.sala.in.th", {});

  // A citizen opens the second paragraph's remarks and suggests new words for it.
  const citizen = await newPage();
  await signIn(citizen, "citizen@demo.sala.in.th");
  await citizen.goto(`/documents/${created.id}`);
  await citizen.getByRole("heading", { level: 1, name: title }).waitFor();
  await settled(citizen);
  await citizen.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 2 (0)").click();
  await citizen.getByRole("radio", { name: "ถ้อยคำใหม่สำหรับย่อหน้านี้" }).check();
  const words = citizen.getByLabel("ถ้อยคำที่คุณเสนอ");
  assert.equal(await words.inputValue(), "ทบทวนผลทุกปี", "the suggestion starts from the paragraph's words");
  await words.fill("ทบทวนผลทุกหกเดือนร่วมกับเยาวชน");
  await citizen.getByLabel("เหตุผลที่เสนอแก้ไข").fill("ให้เยาวชนได้ติดตามผลอย่างใกล้ชิด");
  await citizen.getByRole("button", { name: "เสนอแก้ไข" }).click();
  await citizen.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 2 (1)").waitFor();
  await citizen.getByText("รอการพิจารณา").waitFor();
  assert.deepEqual(await axeViolations(citizen), [], "the document page with a paragraph's remarks open");
  assert.equal(await citizen.getByRole("button", { name: "รับเข้าร่าง" }).count(), 0, "a citizen does not decide");
  await citizen.context().close();

  // The lab accepts it: the next draft has the citizen's words.
  const writer = await newPage();
  await signIn(writer, "admin@demo.sala.in.th");
  await writer.goto(`/documents/${created.id}`);
  await writer.getByRole("heading", { level: 1, name: title }).waitFor();
  await writer.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 2 (1)").click();
  await writer.getByLabel("เหตุผลของการตัดสินใจ").fill("เห็นด้วย ติดตามผลถี่ขึ้น");
  await writer.getByRole("button", { name: "รับเข้าร่าง" }).click();
  await writer.getByText("รับเข้าร่างแล้ว").waitFor();
  await writer.getByRole("heading", { level: 2, name: "ร่าง (ฉบับที่ 2)" }).waitFor();
  const draft = writer.getByLabel("ย่อหน้าที่ 2", { exact: true });
  // The accepted words reach the editor once the page has read the draft again.
  await writer.waitForFunction(
    ([el, expected]) => /** @type {HTMLTextAreaElement} */ (el).value === expected,
    [await draft.elementHandle(), "ทบทวนผลทุกหกเดือนร่วมกับเยาวชน"],
  );
  assert.deepEqual(await axeViolations(writer), [], "the document page with a decided amendment and the draft");
  await writer.context().close();
});

test("a reported remark hidden by a moderator leaves the document's page for signed-out readers", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `แผนคุ้มครองพยานจังหวัด ${stamp}`;
  const rude = `ถ้อยคำที่ไม่สุภาพ ${stamp}`;
  const kept = `ควรระบุหน่วยงานรับผิดชอบ ${stamp}`;
  const consultation = await (await fetch(`${sala.url}/api/v1/consultations/${VOTING}`)).json();
  const created = await api(`/api/v1/consultations/${consultation.id}/documents`, "admin@demo.sala.in.th", {
    kind: "strategy",
    title,
    paragraphs: ["คุ้มครองพยานทุกคดี", "ทบทวนผลทุกปี"],
  });
  const published = await api(`/api/v1/documents/${created.id}/publish`, "admin@demo.sala.in.th", {});
  for (const body of [rude, kept]) {
    await api(`/api/v1/documents/${created.id}/remarks`, "citizen@demo.sala.in.th", {
      version_id: published.current.id,
      paragraph: 0,
      kind: "comment",
      body,
    });
  }

  // Another reader reports one of the paragraph's remarks.
  const reporter = await newPage();
  await signIn(reporter, "valuator@demo.sala.in.th");
  await reporter.goto(`/documents/${created.id}`);
  await reporter.getByRole("heading", { level: 1, name: title }).waitFor();
  await reporter.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 1 (2)").click();
  const remark = reporter.locator(".remark").filter({ hasText: rude });
  await remark.getByRole("button", { name: "แจ้งปัญหา" }).click();
  await remark.getByLabel("เหตุผล", { exact: true }).selectOption("abuse");
  await remark.getByRole("button", { name: "ส่งรายงาน" }).click();
  await remark.getByText("ขอบคุณ ผู้ดูแลจะตรวจสอบต่อไป").waitFor();
  await reporter.context().close();

  // The moderator finds it in the queue under the document's title, with its words, and hides it.
  const moderator = await newPage();
  await signIn(moderator, "moderator@demo.sala.in.th");
  const item = await openQueueItem(moderator, title);
  await item.getByText(rude).waitFor();
  await item.getByText("ความเห็นต่อเอกสาร").waitFor();
  await hideQueueItem(moderator, item, title, "ใช้ถ้อยคำไม่สุภาพ");
  await moderator.context().close();

  // A signed-out reader sees the paragraph's other remark, and not the hidden one.
  const reader = await newPage();
  await reader.goto(`/documents/${created.id}`);
  await reader.getByRole("heading", { level: 1, name: title }).waitFor();
  await reader.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 1 (1)").click();
  await reader.getByText(kept).waitFor();
  assert.equal(await reader.getByText(rude).count(), 0, "the hidden remark is gone");
  await reader.context().close();

  // Its author still reads it, marked hidden with the moderator's reason.
  const author = await newPage();
  await signIn(author, "citizen@demo.sala.in.th");
  await author.goto(`/documents/${created.id}`);
  await author.getByRole("heading", { level: 1, name: title }).waitFor();
  await author.getByText("ความเห็นและข้อเสนอแก้ไขในย่อหน้าที่ 1 (2)").click();
  const own = author.locator(".remark").filter({ hasText: rude });
  await own.getByRole("note").getByText("ผู้ดูแลซ่อนความเห็นนี้จากผู้อื่น: ใช้ถ้อยคำไม่สุภาพ").waitFor();
  assert.equal(await own.getByRole("button", { name: "แจ้งปัญหา" }).count(), 0, "nobody reports their own words");
  assert.deepEqual(await axeViolations(author), [], "the document page with a hidden remark shown to its author");
  await author.context().close();
});
