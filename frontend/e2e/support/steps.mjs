// Steps several browser tests take the same way a person would: signing up through the emailed
// link, writing and reporting a proposal, a moderator hiding it from the queue, searching from the header,
// reading the dashboard's vote total.
import assert from "node:assert/strict";
import { join } from "node:path";
import { waitForBackgroundWork } from "./background.mjs";
import { waitForLink } from "./mail.mjs";

/**
 * Signs up through the Thai form and follows the verification link from the mail outbox, which signs
 * the person in.
 * @param {import("playwright-core").Page} page
 * @param {{ url: string, dataDir: string }} sala
 */
export async function signUpAndVerify(page, sala, { name, email, password }) {
  await page.goto("/sign-up");
  await page.getByLabel("ชื่อที่แสดง").fill(name);
  await page.getByLabel("อีเมล").fill(email);
  await page.getByLabel("รหัสผ่าน").fill(password);
  await page.getByRole("checkbox", { name: /ฉันได้อ่านและยอมรับข้อกำหนดการใช้งาน/ }).check();
  await page.getByRole("button", { name: "สมัครสมาชิก" }).click();
  // Creating an account hashes its password, slow on purpose; on the debug server, under the
  // whole suite's load while it still indexes the demo data, that can outlast the default wait.
  await page.getByRole("heading", { name: "ตรวจสอบอีเมลของคุณ" }).waitFor({ timeout: 60_000 });

  const link = await waitForLink(join(sala.dataDir, "mail"), email, /https?:\/\/\S+\/verify-email#token=[\w-]+/);
  assert.ok(link.startsWith(sala.url), `the link points at the app: ${link}`);
  await page.goto(link);
  await page.getByText("ยืนยันอีเมลเรียบร้อยแล้ว").waitFor();
  // Following the link signed the person in: no second sign-in.
  await page.getByRole("link", { name: `โปรไฟล์ของ ${name}` }).waitFor();
}

/**
 * Writes a proposal in a consultation through its form; returns the new proposal's path.
 * @param {import("playwright-core").Page} page
 */
export async function propose(page, consultation, title, body) {
  await page.goto(`/c/${consultation}/new`);
  await page.getByLabel("ชื่อข้อเสนอ").fill(title);
  await page.getByLabel("รายละเอียด").fill(body);
  await page.getByRole("button", { name: "ส่งข้อเสนอ" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

/** Reports the proposal open on `page` to the moderators. */
export async function reportProposal(page, reason, note) {
  await page.getByRole("button", { name: "รายงานข้อเสนอนี้" }).click();
  await page.getByLabel("เหตุผล", { exact: true }).selectOption(reason);
  await page.getByLabel("ข้อความถึงผู้ดูแล").fill(note);
  await page.getByRole("button", { name: "ส่งรายงาน" }).click();
  await page.getByText("ขอบคุณ ผู้ดูแลจะตรวจสอบต่อไป").waitFor();
}

/**
 * A signed-in moderator opens the queue from the main menu; returns the item of the proposal
 * titled `title`.
 * @param {import("playwright-core").Page} moderator
 */
export async function openQueueItem(moderator, title) {
  await moderator.getByRole("navigation", { name: "เมนูหลัก" }).getByRole("link", { name: "ดูแลเนื้อหา" }).click();
  const item = moderator.locator(".queue-item").filter({ has: moderator.getByRole("link", { name: title }) });
  await item.waitFor();
  return item;
}

/** Hides the queue item of the proposal titled `title`, with a public reason. */
export async function hideQueueItem(moderator, item, title, reason) {
  await item.getByLabel("การดำเนินการ").selectOption({ label: "ซ่อน" });
  await item.getByLabel("เหตุผล", { exact: true }).fill(reason);
  await item.getByRole("button", { name: "ดำเนินการ" }).click();
  await moderator.getByRole("status").getByText(`ดำเนินการแล้ว: ซ่อน กับ “${title}”`).waitFor();
}

/**
 * Checks, as a visitor on `page`, that the proposal titled `title` is neither in its
 * consultation's newest-first list nor at its own address.
 * @param {import("playwright-core").Page} page
 */
export async function expectGoneFromListAndPage(page, consultation, proposalPath, title) {
  await page.goto(`/c/${consultation}`);
  await page.getByRole("combobox", { name: "เรียงตาม" }).selectOption("new");
  await page.locator(".proposal-card").first().waitFor();
  assert.equal(await page.getByRole("link", { name: title }).count(), 0, "not in the public list");
  await page.goto(proposalPath);
  await page.getByText("ไม่พบข้อเสนอนี้ หรือข้อเสนอไม่ได้แสดงแล้ว").waitFor();
  assert.equal(await page.getByRole("heading", { name: title }).count(), 0, "its page is not found");
}

/**
 * The search page's result count, once the results on screen answer the address: while a new
 * search loads, the previous results stay on screen marked busy, and a person waits for that.
 * @param {import("playwright-core").Page} page
 * @param {string | RegExp} hasText
 */
export function settledSearchCount(page, hasText) {
  return page.locator('.search-results[aria-busy="false"]').getByRole("status").filter({ hasText });
}

/**
 * Searches from the header, once the index has taken in every change (as a person finds what
 * they just wrote), and returns the link of the result titled `title`.
 * @param {import("playwright-core").Page} page
 */
export async function searchFromHeader(page, words, title) {
  await waitForBackgroundWork(page);
  const header = page.getByRole("banner");
  await header.getByRole("searchbox", { name: "ค้นหาข้อเสนอ ความคิดเห็น และการรับฟังความคิดเห็น" }).fill(words);
  await header.getByRole("searchbox").press("Enter");
  await settledSearchCount(page, /พบ \d+ รายการ/).waitFor();
  const hit = page.getByRole("main").getByRole("link", { name: title });
  await hit.waitFor();
  return hit;
}

/**
 * The vote total on a consultation's agency dashboard, as the analyst on `page` reads it.
 * @param {import("playwright-core").Page} page
 */
export async function dashboardVotes(page, consultation) {
  await page.goto(`/agency/consultations/${consultation}`);
  const total = page.locator('[data-stat="votes"] dd');
  await total.waitFor();
  return Number((await total.textContent())?.replace(/[^0-9]/g, ""));
}

/**
 * Checks the dashboard's vote total: the figures are kept current in the same transaction as
 * each vote, so once the vote is acknowledged and background work has caught up, one read tells.
 */
export async function expectDashboardVotes(page, consultation, expected) {
  await waitForBackgroundWork(page);
  assert.equal(await dashboardVotes(page, consultation), expected, "the dashboard's vote total");
}
