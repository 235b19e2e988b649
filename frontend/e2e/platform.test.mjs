// The whole platform in a real browser: Sala's server with its demo data on the embedded
// defaults, serving the built app, driven through Debian's chromium: the phone layout, and the
// citizen's journey from sign-up to English. Every page's accessibility and screenshots are in
// every-page.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { signUpAndVerify } from "./support/steps.mjs";

const IDEATION = "faster-public-services";
const THAI = /[\u0E00-\u0E7F]/;

const sala = salaForThisFile();
const newPage = sala.newPage;

test("on a phone the proposals and the search results are not pushed screens down", { timeout: 120_000 }, async () => {
  const page = await newPage(PHONE);
  await page.goto(`/c/${IDEATION}`);
  const proposalsHeading = page.locator("#proposals-title");
  await proposalsHeading.waitFor();
  const top = async () => (await proposalsHeading.boundingBox()).y + (await page.evaluate(() => globalThis.scrollY));
  // The description is folded to its first lines; opening it pushes the proposals down.
  const folded = await top();
  const readAll = page.getByRole("button", { name: "อ่านรายละเอียดทั้งหมด" });
  await readAll.click();
  await page.getByRole("button", { name: "ย่อรายละเอียด" }).waitFor();
  assert.ok((await top()) > folded + 200, `folding saves more than 200 px (${folded} px folded)`);
  // One tap from the top of the page reaches the proposals.
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await page.getByRole("link", { name: /^ดูข้อเสนอ \(\d+\)$/ }).click();
  await page.waitForURL(/#proposals-title$/);
  const box = await proposalsHeading.boundingBox();
  assert.ok(box.y >= 0 && box.y < PHONE.height, `the proposals heading is on screen (${box.y})`);

  // Search: results first; the filters open on request.
  await page.goto("/search?q=ยุติธรรม");
  const count = page.locator("#search-count");
  await count.filter({ hasText: /\d/ }).waitFor();
  const provinces = page.getByRole("group", { name: "จังหวัด" });
  assert.equal(await provinces.isVisible(), false, "the filters are folded");
  assert.ok((await count.boundingBox()).y < PHONE.height, "the result count is on the first screen");
  await page.getByRole("button", { name: "ตัวกรอง (เลือกไว้ 0)" }).click();
  await provinces.waitFor();
  await page.context().close();
});

test("a citizen signs up, confirms the email, proposes, votes, replies, and switches to English", { timeout: 180_000 }, async () => {
  const page = await newPage();
  const stamp = Date.now().toString(36);
  const email = `e2e-${stamp}@example.com`;
  const password = "a-long-e2e-password";
  const name = `E2E Tester ${stamp}`;

  await signUpAndVerify(page, sala, { name, email, password });

  // Open the consultation that collects ideas, from the home page.
  await page.goto("/");
  await page.locator(`a[href="/c/${IDEATION}"]`).first().click();
  await page.getByRole("link", { name: "เสนอไอเดีย" }).click();

  const title = `ตู้บริการอัตโนมัติที่ที่ว่าการอำเภอ ${stamp}`;
  await page.getByLabel("ชื่อข้อเสนอ").fill(title);
  await page
    .getByLabel("รายละเอียด")
    .fill("ให้ประชาชนยื่นคำร้องและรับเอกสารได้ตลอด 24 ชั่วโมง โดยไม่ต้องรอคิวในเวลาราชการ");
  await page.getByRole("combobox", { name: "ประเด็น" }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "ส่งข้อเสนอ" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();

  // Agree, and watch the count move.
  const agree = page.locator(".vote-agree");
  assert.equal(await page.getByTestId("count-agree").textContent(), "0");
  await agree.click();
  await page.getByTestId("count-agree").filter({ hasText: /^1$/ }).waitFor();
  assert.equal(await agree.getAttribute("aria-pressed"), "true");
  await page.getByText("คุณโหวต: เห็นด้วย").waitFor();

  // Start a thread, then reply in it.
  await page.getByLabel("แสดงความคิดเห็น").fill("เห็นด้วยมาก โดยเฉพาะคนที่ทำงานกลางวัน");
  await page.getByLabel("สนับสนุน").check();
  await page.getByRole("button", { name: "ส่งความคิดเห็น" }).click();
  const thread = page.locator(".comment-list > .comment").first();
  await thread.getByText("เห็นด้วยมาก โดยเฉพาะคนที่ทำงานกลางวัน").waitFor();
  await thread.getByRole("button", { name: "ตอบกลับ" }).click();
  await page.getByLabel(`ตอบกลับ ${name}`).fill("เพิ่มเติม: ควรรองรับการชำระเงินผ่าน QR ด้วย");
  await page.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await thread.locator(".comment-replies").getByText("เพิ่มเติม: ควรรองรับการชำระเงินผ่าน QR ด้วย").waitFor();

  // In the consultation's list its card opens with its first words, beside a bar of its votes.
  const proposalPath = new URL(page.url()).pathname;
  await page.goto(`/c/${IDEATION}?sort=new`);
  const card = page.locator(".proposal-card").filter({ has: page.getByRole("link", { name: title }) });
  await card.getByText("ให้ประชาชนยื่นคำร้องและรับเอกสารได้ตลอด 24 ชั่วโมง", { exact: false }).waitFor();
  assert.equal(await card.locator(".vote-bar-agree").evaluate((bar) => bar.style.width), "100%");
  await page.goto(proposalPath);

  // English, everywhere, and remembered.
  await page.getByRole("button", { name: "English" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Consultations" }).waitFor();
  assert.doesNotMatch(await nav.innerText(), THAI, "no Thai left in the navigation");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.getByRole("heading", { name: "What do you think of this proposal?" }).waitFor();
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Consultations" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  await page.context().close();
});

test("an author edits and withdraws a proposal, and an administrator opens a consultation", { timeout: 120_000 }, async () => {
  const page = await newPage();
  const stamp = Date.now().toString(36);
  await signIn(page, "citizen@demo.sala.in.th", DEMO_PASSWORD);

  await page.goto(`/c/${IDEATION}/new`);
  await page.getByLabel("ชื่อข้อเสนอ").fill(`ข้อเสนอฉบับแรก ${stamp}`);
  await page.getByLabel("รายละเอียด").fill("รายละเอียดฉบับแรกที่ยาวพอสำหรับการส่ง");
  await page.getByRole("button", { name: "ส่งข้อเสนอ" }).click();
  await page.getByRole("heading", { level: 1, name: `ข้อเสนอฉบับแรก ${stamp}` }).waitFor();

  // A too-short title comes back from the API as a translated field error.
  await page.getByRole("button", { name: "แก้ไขข้อเสนอ" }).click();
  await page.getByLabel("ชื่อข้อเสนอ").fill("สั้น");
  await page.getByRole("button", { name: "บันทึก" }).click();
  await page.getByText("สั้นเกินไป").waitFor();
  assert.equal(await page.getByLabel("ชื่อข้อเสนอ").getAttribute("aria-invalid"), "true");

  await page.getByLabel("ชื่อข้อเสนอ").fill(`ข้อเสนอฉบับแก้ไข ${stamp}`);
  await page.getByRole("button", { name: "บันทึก" }).click();
  await page.getByRole("heading", { level: 1, name: `ข้อเสนอฉบับแก้ไข ${stamp}` }).waitFor();
  await page.getByText("ฉบับก่อนหน้า").click();
  await page.getByRole("heading", { level: 3, name: `ข้อเสนอฉบับแรก ${stamp}` }).waitFor();

  await page.getByRole("button", { name: "ถอนข้อเสนอ" }).click();
  await page.getByRole("button", { name: "ยืนยันการถอน" }).click();
  await page.getByText("ถอนแล้ว", { exact: true }).first().waitFor();
  assert.equal(await page.locator(".vote-agree").isDisabled(), true, "a withdrawn proposal takes no votes");
  await page.getByRole("button", { name: "ออกจากระบบ" }).click();
  await page.getByRole("link", { name: "เข้าสู่ระบบ" }).first().waitFor();

  await signIn(page, "admin@demo.sala.in.th", DEMO_PASSWORD);
  await page.getByRole("link", { name: "จัดการ" }).click();
  await page.getByRole("link", { name: "เปิดการรับฟังความคิดเห็นใหม่" }).click();
  const slug = `e2e-${stamp}`;
  await page.getByLabel("ชื่อเรื่อง", { exact: true }).fill(`การรับฟังทดสอบ ${stamp}`);
  await page.getByLabel("ชื่อในลิงก์ (slug)").fill(slug);
  await page.getByLabel("สรุปสั้น ๆ", { exact: true }).fill("สรุปของการรับฟังความคิดเห็นทดสอบ");
  await page.getByRole("textbox", { name: "รายละเอียด" }).fill("## ที่มา\n\nรายละเอียดของการรับฟังความคิดเห็น");
  await page.getByLabel("ขั้นตอนปัจจุบัน").selectOption("ideation");
  await page.getByLabel("เริ่มรับข้อเสนอ").fill("2026-12-01T09:00");
  await page.getByLabel("ประเด็น").fill("การศึกษา\nสาธารณสุข");
  // Provinces come from the official list: found by their English name too, never typed.
  const provinces = page.getByRole("group", { name: "จังหวัด" });
  await provinces.getByRole("searchbox").fill("chiang");
  await provinces.getByRole("checkbox", { name: /^เชียงใหม่/ }).check();
  await provinces.getByText("เลือกแล้ว 1 จังหวัด").waitFor();
  await page.getByRole("button", { name: "สร้าง" }).click();
  await page.waitForURL(`**/admin/consultations/${slug}`);
  await page.getByRole("link", { name: "ดูหน้าสาธารณะ" }).click();
  await page.getByRole("heading", { level: 1, name: `การรับฟังทดสอบ ${stamp}` }).waitFor();
  await page.getByRole("heading", { level: 2, name: "ที่มา" }).waitFor();
  await page.getByText("1 ธันวาคม 2569").waitFor();
  await page.getByRole("list", { name: "ประเด็น" }).getByText("สาธารณสุข").waitFor();
  await page.getByRole("list", { name: "จังหวัด" }).getByText("เชียงใหม่").waitFor();
  await page.context().close();
});

test("an administrator promises answers and writes an English title; a reader in English sees it", { timeout: 120_000 }, async () => {
  const page = await newPage();
  const stamp = Date.now().toString(36);
  await signIn(page, "admin@demo.sala.in.th", DEMO_PASSWORD);
  await page.goto("/admin/consultations/new");
  const slug = `e2e-en-${stamp}`;
  await page.getByLabel("ชื่อเรื่อง", { exact: true }).fill(`การรับฟังสองภาษา ${stamp}`);
  await page.getByLabel("ชื่อในลิงก์ (slug)").fill(slug);
  await page.getByLabel("สรุปสั้น ๆ", { exact: true }).fill("สรุปภาษาไทยของการรับฟัง");
  await page.getByLabel("ชื่อเรื่องภาษาอังกฤษ").fill(`Bilingual consultation ${stamp}`);
  await page.getByLabel("สรุปสั้น ๆ ภาษาอังกฤษ").fill("The English summary of the consultation");
  await page.getByRole("textbox", { name: "รายละเอียด" }).fill("รายละเอียดของการรับฟังความคิดเห็น");
  await page.getByLabel("ขั้นตอนปัจจุบัน").selectOption("ideation");
  const answering = page.getByRole("group", { name: "การตอบกลับ" });
  // Outside the API's bounds: the form says so and sends nothing.
  await answering.getByLabel("ตอบภายใน (วัน)").fill("0");
  await page.getByRole("button", { name: "สร้าง" }).click();
  await answering.getByText("อยู่นอกช่วงที่รับได้").waitFor();
  await answering.getByLabel("ตอบภายใน (วัน)").fill("45");
  await answering.getByLabel("เมื่อมีผู้เห็นด้วยอย่างน้อย (เสียง)").fill("25");
  await page.getByRole("button", { name: "สร้าง" }).click();
  await page.waitForURL(`**/admin/consultations/${slug}`);
  assert.equal(await page.getByLabel("ตอบภายใน (วัน)").inputValue(), "45");

  // The public page promises answers with those numbers.
  await page.getByRole("link", { name: "ดูหน้าสาธารณะ" }).click();
  await page.getByRole("heading", { level: 1, name: `การรับฟังสองภาษา ${stamp}` }).waitFor();
  await page
    .getByRole("region", { name: "หน่วยงานตอบหรือไม่" })
    .getByText("ข้อเสนอที่มีเสียงเห็นด้วยอย่างน้อย 25 เสียง จะได้รับคำตอบอย่างเป็นทางการภายใน 45 วัน", { exact: false })
    .waitFor();

  // A reader who switches to English reads the English title and summary, here and at home.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: `Bilingual consultation ${stamp}` }).waitFor();
  await page.getByText("The English summary of the consultation").waitFor();
  assert.match(await page.title(), new RegExp(`^Bilingual consultation ${stamp}`));
  await page.goto("/");
  const card = page.locator(".consultation-card").filter({ has: page.getByRole("link", { name: `Bilingual consultation ${stamp}` }) });
  await card.getByText("The English summary of the consultation").waitFor();
  // The demo consultations have English titles too.
  await page.getByRole("link", { name: "How can public services reach people faster?" }).waitFor();
  await page.context().close();
});
