// Accounts and moderation in a real browser, on Sala's server with its demo data: a reported
// proposal is hidden by a moderator and leaves the public pages; a forgotten password is reset
// through the emailed link; a person downloads their data and deletes their account.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { waitForBackgroundWork } from "./support/background.mjs";
import { waitForLink } from "./support/mail.mjs";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import {
  expectGoneFromListAndPage,
  hideQueueItem,
  openQueueItem,
  propose,
  reportProposal,
  signUpAndVerify,
} from "./support/steps.mjs";

const IDEATION = "faster-public-services";
const THAI = /[\u0E00-\u0E7F]/;
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

const sala = salaForThisFile();
const newPage = sala.newPage;

test("a reported proposal is hidden by a moderator and leaves the public pages", { timeout: 180_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `ข้อเสนอที่จะถูกรายงาน ${stamp}`;

  // A citizen proposes, and follows the consultation.
  const author = await newPage();
  await signIn(author, "citizen@demo.sala.in.th");
  await author.goto(`/c/${IDEATION}`);
  const follow = author.getByRole("button", { name: "ติดตามการรับฟังความคิดเห็นนี้" });
  await follow.click();
  await author.getByRole("button", { name: "กำลังติดตาม" }).waitFor();
  assert.equal(await author.getByRole("button", { name: "กำลังติดตาม" }).getAttribute("aria-pressed"), "true");
  const proposalPath = await propose(author, IDEATION, title, "ข้อความที่อ้างข้อมูลผิด ๆ เพื่อทดสอบการรายงานและการซ่อน");
  // The author follows what they proposed from the first moment the page shows it.
  assert.equal(await author.getByRole("button", { name: "ติดตามข้อเสนอนี้" }).count(), 0);
  await author.getByRole("button", { name: "กำลังติดตาม" }).first().waitFor();

  // Someone else reports it.
  const reporter = await newPage();
  await signIn(reporter, "valuator@demo.sala.in.th");
  await reporter.goto(proposalPath);
  await reportProposal(reporter, "misinformation", "ตัวเลขในข้อเสนอไม่ตรงกับข้อมูลจริง");
  await reporter.context().close();

  // A moderator finds it in the queue and hides it, with a reason.
  const moderator = await newPage();
  await signIn(moderator, "moderator@demo.sala.in.th");
  const item = await openQueueItem(moderator, title);
  // The flag's weight toward automatic hiding, and who gave it, are one click away.
  await item.getByText(/^น้ำหนักรายงาน [\d.]+ จาก [\d.]+ ที่จะซ่อนอัตโนมัติ$/).click();
  const flagRow = item.getByRole("row", { name: /ตัวเลขในข้อเสนอไม่ตรงกับข้อมูลจริง/ });
  await flagRow.waitFor();
  const [, reason, weight] = await flagRow.getByRole("cell").allInnerTexts();
  assert.equal(reason, "ข้อมูลเท็จ");
  assert.match(weight, /^\d+(\.\d+)?$/);
  mkdirSync(screenshotDir, { recursive: true });
  await moderator.screenshot({ path: join(screenshotDir, "moderation-queue-item-desktop.png"), fullPage: true });
  await hideQueueItem(moderator, item, title, "ข้อมูลไม่ถูกต้องตามที่ผู้ใช้รายงาน");
  await moderator.context().close();

  // Gone for everyone else: from the list, and the page itself.
  const visitor = await newPage();
  await expectGoneFromListAndPage(visitor, IDEATION, proposalPath, title);
  // The public log says what was done and why, not who did it.
  await visitor.goto("/moderation/log");
  await visitor.getByRole("cell", { name: "ข้อมูลไม่ถูกต้องตามที่ผู้ใช้รายงาน" }).waitFor();
  await visitor.context().close();

  // The author still sees it, with the reason, and hears of the decision in the inbox.
  await author.goto(proposalPath);
  await author.getByText("ข้อมูลไม่ถูกต้องตามที่ผู้ใช้รายงาน").first().waitFor();
  await waitForBackgroundWork(author);
  await author.goto("/notifications");
  const notice = author.getByRole("link", { name: `ผู้ดูแลได้ดำเนินการกับข้อเสนอ “${title}” ของคุณ: ซ่อน` });
  await notice.waitFor();
  await author.screenshot({ path: join(screenshotDir, "notifications-unread-desktop.png"), fullPage: true });
  await author.getByRole("link", { name: /^การแจ้งเตือน ยังไม่อ่าน [1-9]/ }).waitFor();
  await author.getByRole("button", { name: "อ่านแล้วทั้งหมด" }).click();
  await author.getByRole("link", { name: "การแจ้งเตือน ยังไม่อ่าน 0 รายการ" }).waitFor();
  await author.context().close();
});

test("a moderator hides a proposal from its own page, without a report, and shows it again", { timeout: 180_000 }, async () => {
  const stamp = Date.now().toString(36);
  const title = `ข้อเสนอที่ผู้ดูแลเห็นเอง ${stamp}`;
  const author = await newPage();
  await signIn(author, "citizen@demo.sala.in.th");
  const proposalPath = await propose(author, IDEATION, title, "โฆษณาขายสินค้าที่ไม่เกี่ยวกับการรับฟังความคิดเห็น");
  // Only those who moderate the consultation are offered the decisions.
  assert.equal(await author.getByText("ดูแลข้อเสนอนี้").count(), 0, "not offered to its author");
  await author.context().close();

  const moderator = await newPage();
  await signIn(moderator, "moderator@demo.sala.in.th");
  await moderator.goto(proposalPath);
  const panel = moderator.locator(".proposal-moderation");
  await panel.getByText("ดูแลข้อเสนอนี้").click();
  await panel.getByLabel("การดำเนินการ").selectOption({ label: "ซ่อน" });
  await panel.getByLabel("เหตุผล", { exact: true }).fill("โฆษณา ไม่เกี่ยวกับประเด็น");
  await panel.getByRole("button", { name: "ดำเนินการ" }).click();
  await panel.getByRole("status").getByText("ดำเนินการแล้ว: ซ่อน").waitFor();
  // The moderator still sees it, marked hidden with the public reason.
  await moderator.getByRole("note").getByText("โฆษณา ไม่เกี่ยวกับประเด็น").waitFor();

  const visitor = await newPage();
  await expectGoneFromListAndPage(visitor, IDEATION, proposalPath, title);

  // The next decision offered is to show it again.
  assert.equal(await panel.getByLabel("การดำเนินการ").locator("option:checked").textContent(), "แสดงอีกครั้ง");
  await panel.getByLabel("เหตุผล", { exact: true }).fill("ตรวจแล้ว ผู้เขียนแก้ไขแล้ว");
  await panel.getByRole("button", { name: "ดำเนินการ" }).click();
  await panel.getByRole("status").getByText("ดำเนินการแล้ว: แสดงอีกครั้ง").waitFor();
  await visitor.goto(proposalPath);
  await visitor.getByRole("heading", { level: 1, name: title }).waitFor();
  await visitor.context().close();
  await moderator.context().close();
});

test("a forgotten password is reset by email; then the person downloads their data and deletes the account", { timeout: 180_000 }, async () => {
  const stamp = Date.now().toString(36);
  const email = `reset-${stamp}@example.com`;
  const registered = await fetch(`${sala.url}/api/v1/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      email,
      password: "the first password",
      display_name: `Forgetful ${stamp}`,
      consent: { privacy: 1, terms: 1 },
    }),
  });
  assert.equal(registered.status, 201);

  const page = await newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "ลืมรหัสผ่าน?" }).click();
  await page.getByRole("heading", { level: 1, name: "ตั้งรหัสผ่านใหม่" }).waitFor();
  await page.getByLabel("อีเมล").fill(email);
  await page.getByRole("button", { name: "ส่งลิงก์ตั้งรหัสผ่านใหม่" }).click();
  await page.getByText(`หาก ${email} มีบัญชีอยู่`, { exact: false }).waitFor();

  const link = await waitForLink(join(sala.dataDir, "mail"), email, /https?:\/\/\S+\/reset-password#token=[\w-]+/);
  await page.goto(link);
  await page.getByLabel("รหัสผ่านใหม่", { exact: true }).fill("a brand new password");
  await page.getByLabel("รหัสผ่านใหม่อีกครั้ง").fill("a brand new password");
  await page.getByRole("button", { name: "บันทึกรหัสผ่านใหม่" }).click();
  await page.getByText("เปลี่ยนรหัสผ่านแล้ว", { exact: false }).waitFor();
  // The link works once. (Leave the page first: going to the same URL again would only move
  // to its fragment.)
  await page.goto("/sign-in");
  await page.goto(link);
  await page.getByLabel("รหัสผ่านใหม่", { exact: true }).fill("yet another password");
  await page.getByLabel("รหัสผ่านใหม่อีกครั้ง").fill("yet another password");
  await page.getByRole("button", { name: "บันทึกรหัสผ่านใหม่" }).click();
  await page.getByText("ลิงก์นี้ไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุแล้ว").first().waitFor();

  await signIn(page, email, "a brand new password");

  // Email preferences are kept.
  await page.goto("/settings/notifications");
  const replies = page.getByRole("group", { name: "การตอบกลับความคิดเห็นของคุณ" });
  await replies.getByLabel("สรุปรายวัน").check();
  await page.getByRole("button", { name: "บันทึก" }).click();
  await page.getByText("บันทึกการตั้งค่าแล้ว").waitFor();
  await page.reload();
  assert.equal(
    await page.getByRole("group", { name: "การตอบกลับความคิดเห็นของคุณ" }).getByLabel("สรุปรายวัน").isChecked(),
    true,
  );

  // In English, the inbox and preferences carry no Thai at all (this account has no content).
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Email preferences" }).waitFor();
  const visibleText = async () => `${await page.getByRole("navigation", { name: "Main" }).innerText()}\n${await page.locator("main").innerText()}\n${await page.locator("footer").innerText()}`;
  assert.doesNotMatch(await visibleText(), THAI, "no Thai left on the preferences page");
  await page.goto("/notifications");
  await page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
  assert.doesNotMatch(await visibleText(), THAI, "no Thai left in the inbox");
  await page.getByRole("button", { name: "ไทย" }).click();

  // Download my data: a JSON file with this account and nobody else.
  await page.goto("/profile");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลดข้อมูลของฉัน" }).click(),
  ]);
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(data.profile.email, email);
  assert.equal(data.notification_preferences.find((p) => p.kind === "reply_to_your_comment").delivery, "digest");

  // Delete the account: the password confirms; then it cannot sign in.
  await page.getByRole("button", { name: "ลบบัญชีของฉัน…" }).click();
  await page.getByLabel("รหัสผ่าน", { exact: true }).fill("a wrong password");
  await page.getByLabel("ฉันเข้าใจว่าการลบนี้ย้อนกลับไม่ได้").check();
  await page.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }).click();
  await page.getByText("ไม่ถูกต้อง", { exact: true }).waitFor();
  await page.getByLabel("รหัสผ่าน", { exact: true }).fill("a brand new password");
  await page.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }).click();
  await page.getByText("ลบบัญชีของคุณเรียบร้อยแล้ว").waitFor();
  await page.getByRole("link", { name: "เข้าสู่ระบบ" }).first().click();
  await page.getByLabel("อีเมล").fill(email);
  await page.getByLabel("รหัสผ่าน").fill("a brand new password");
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await page.getByText("อีเมลหรือรหัสผ่านไม่ถูกต้อง").waitFor();
  await page.context().close();
});

test("an author stops notification emails from the link in one, without signing in", { timeout: 180_000 }, async () => {
  // A new person, so the only link of its kind in their mail is the one this test causes.
  const author = await newPage();
  const stamp = Date.now().toString(36);
  const email = `unsubscribe-${stamp}@example.com`;
  await signUpAndVerify(author, sala, { name: `ผู้เสนอ ${stamp}`, email, password: "a-long-unsubscribe-password" });
  const title = `ห้องสมุดเคลื่อนที่สำหรับชุมชนห่างไกล ${stamp}`;
  const path = await propose(author, IDEATION, title, "รถห้องสมุดเวียนไปตามหมู่บ้านทุกสัปดาห์ พร้อมอินเทอร์เน็ตให้เด็กทำการบ้าน");

  // Someone else comments, so the author is told by email, with a link to stop such emails.
  const commenter = await newPage();
  await signIn(commenter, "valuator@demo.sala.in.th");
  await commenter.goto(path);
  await commenter.getByLabel("แสดงความคิดเห็น").fill("ควรมีหนังสือภาษาถิ่นด้วย");
  await commenter.getByRole("button", { name: "ส่งความคิดเห็น" }).click();
  await commenter.getByText("ควรมีหนังสือภาษาถิ่นด้วย").waitFor();
  const link = await waitForLink(
    join(sala.dataDir, "mail"),
    email,
    /https?:\/\/\S+\/api\/v1\/unsubscribe\?token=[\w.~%-]+/,
  );

  // The link opens a page (not data) that says what it turns off, and asks first.
  const reader = await newPage();
  await reader.goto(link);
  await reader.getByRole("heading", { level: 1, name: "เลิกรับอีเมล" }).waitFor();
  assert.equal(new URL(reader.url()).pathname, "/unsubscribe");
  await reader.getByText("ความคิดเห็นต่อข้อเสนอของคุณ").waitFor();
  await reader.getByRole("button", { name: "เลิกรับอีเมลเหล่านี้" }).click();
  await reader.getByText("เรียบร้อยแล้ว จะไม่มีอีเมลเรื่องต่อไปนี้ส่งถึงคุณอีก:").waitFor();

  // The author's settings say so.
  await author.goto("/settings/notifications");
  const choice = author.getByRole("group", { name: "ความคิดเห็นต่อข้อเสนอของคุณ" });
  assert.equal(await choice.getByLabel("ไม่ส่งอีเมล").isChecked(), true);

  // A link that was cut short says so, in words.
  await reader.goto("/unsubscribe?token=cut-short");
  await reader.getByText("ลิงก์นี้ใช้ไม่ได้").waitFor();
  for (const page of [author, commenter, reader]) await page.context().close();
});
