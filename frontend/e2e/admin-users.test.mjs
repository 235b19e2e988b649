// The administrators' user list in a real browser: reached from the admin desk, searched by a
// Thai name, filtered by state, opened on the person's role-and-sanctions page; in English;
// one card per account at 360 px; and closed to citizens.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { DESKTOP, PHONE } from "./support/browser.mjs";
import { settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const sala = salaForThisFile();
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

/** Waits until the table shows exactly `n` accounts. */
async function accountsShown(page, n) {
  // Runs in the page (the CSP forbids evaluating strings there).
  await page.waitForFunction((count) => globalThis.document.querySelectorAll("table tbody tr").length === count, n);
}

/** Does `action` and waits for the list's answer to a query that matches `pattern`. */
async function listedAfter(page, pattern, action) {
  const answered = page.waitForResponse((r) => r.url().includes("/api/v1/admin/accounts") && pattern.test(r.url()) && r.ok());
  await action();
  await answered;
}

test("an administrator finds a person by a Thai name, filters, and opens their role page", { timeout: 120_000 }, async () => {
  const page = await sala.newPage(DESKTOP);
  await signIn(page, "admin@demo.sala.in.th");
  await page.getByRole("link", { name: "จัดการ", exact: true }).click();
  await page.getByRole("link", { name: "ผู้ใช้", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "ผู้ใช้" }).waitFor();
  const table = page.getByRole("table", { name: "ผู้ใช้" });
  await table.getByRole("row").nth(1).waitFor();
  for (const column of ["ชื่อและอีเมล", "บทบาท", "สถานะ", "สมัครเมื่อ", "ผลงาน"]) {
    await page.getByRole("columnheader", { name: column, exact: true }).waitFor();
  }
  assert.deepEqual(await axeViolations(page), []);

  // Part of a Thai name finds the one account that has it.
  await page.getByLabel("ชื่อหรืออีเมล").fill("ทดลองใช้");
  await page.getByRole("button", { name: "ค้นหาผู้ใช้" }).click();
  await accountsShown(page, 1);
  const citizen = table.getByRole("row").filter({ hasText: "citizen@demo.sala.in.th" });
  assert.match(await citizen.innerText(), /พลเมือง ทดลองใช้[\s\S]*ประชาชน[\s\S]*ใช้งานได้ตามปกติ/);
  assert.match(page.url(), /q=/);

  // Filters narrow the search: the demo citizen represents a civil-society group, is no
  // administrator, and has verified their email.
  await listedAfter(page, /state=organization_member/, () =>
    page.getByLabel("สถานะ", { exact: true }).selectOption({ label: "สมาชิกองค์กร" }),
  );
  await citizen.waitFor();
  assert.match(page.url(), /state=organization_member/);
  await page.getByLabel("บทบาท", { exact: true }).selectOption({ label: "ผู้ดูแลระบบ" });
  await page.getByText("ไม่พบบัญชีที่ตรงกัน").waitFor();
  await page.getByLabel("บทบาท", { exact: true }).selectOption({ label: "ทุกบทบาท" });
  await accountsShown(page, 1);
  await page.getByLabel("สถานะ", { exact: true }).selectOption({ label: "ยังไม่ยืนยันอีเมล" });
  await page.getByText("ไม่พบบัญชีที่ตรงกัน").waitFor();
  await page.getByLabel("สถานะ", { exact: true }).selectOption({ label: "ทุกคน" });
  await accountsShown(page, 1);

  await page.getByRole("link", { name: "บทบาทและการลงโทษ: พลเมือง ทดลองใช้" }).click();
  await page.getByRole("heading", { level: 3, name: /พลเมือง ทดลองใช้/ }).waitFor();
  await page.getByRole("button", { name: "เปลี่ยนบทบาท" }).waitFor();

  await page.goBack();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
  for (const column of ["Person", "Role", "Standing", "Joined", "Wrote"]) {
    await page.getByRole("columnheader", { name: column, exact: true }).waitFor();
  }
  await page.getByRole("link", { name: "Role and sanctions: พลเมือง ทดลองใช้" }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.context().close();
});

test("at 360 px each account is a card that needs no sideways scrolling", { timeout: 120_000 }, async () => {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ]) {
    const page = await sala.newPage(viewport);
    await signIn(page, "admin@demo.sala.in.th");
    await page.goto("/admin/users");
    const table = page.getByRole("table", { name: "ผู้ใช้" });
    await table.getByRole("row").nth(1).waitFor();
    await settled(page);
    const width = await page.evaluate("document.documentElement.scrollWidth");
    assert.ok(width <= viewport.width, `no sideways scrolling at ${viewport.width}px (${width}px)`);
    if (viewport === PHONE) {
      const firstCell = table.getByRole("row").nth(1).getByRole("cell").first();
      const box = await firstCell.boundingBox();
      assert.ok(box && box.width > 300, `a cell takes the card's width on a phone (${box?.width}px)`);
      assert.deepEqual(await axeViolations(page), []);
    }
    await page.screenshot({ path: join(screenshotDir, `admin-users-${label}.png`), fullPage: true });
    await page.context().close();
  }
});

test("a citizen who opens the user list is told it is not for them", { timeout: 60_000 }, async () => {
  const page = await sala.newPage(DESKTOP);
  await signIn(page, "citizen@demo.sala.in.th");
  await page.goto("/admin/users");
  await page.getByRole("alert").getByText("เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้หน้านี้ได้").waitFor();
  // Nothing of the page itself: no list, no filters over accounts.
  assert.equal(await page.getByRole("table").count(), 0);
  assert.equal(await page.getByRole("main").getByRole("search").count(), 0);
  await page.context().close();
});

const ENGLISH_TITLE = "How can public services reach people faster?";
const THAI_TITLE = "ทำอย่างไรให้บริการภาครัฐถึงมือประชาชนเร็วขึ้น";

test("in English, administrators, moderators and agencies see consultations by their English titles", { timeout: 120_000 }, async () => {
  const admin = await sala.newPage(DESKTOP);
  await signIn(admin, "admin@demo.sala.in.th");
  await admin.getByRole("button", { name: "English" }).click();

  // The admin desk's list.
  await admin.goto("/admin");
  await admin.getByRole("table").getByRole("link", { name: ENGLISH_TITLE, exact: true }).waitFor();
  await admin.getByRole("link", { name: `Edit: ${ENGLISH_TITLE}` }).waitFor();
  assert.equal(await admin.getByRole("table").getByText(THAI_TITLE).count(), 0);

  // The people page: the consultation to assign a moderator to, and the moderators' list.
  await admin.goto(`/admin/people?email=${encodeURIComponent("citizen@demo.sala.in.th")}`);
  const assignTo = admin.getByLabel("Moderate one consultation");
  await assignTo.locator("option", { hasText: ENGLISH_TITLE }).waitFor({ state: "attached" });
  assert.equal(await assignTo.locator("option", { hasText: THAI_TITLE }).count(), 0);

  // The moderation queue's consultation filter.
  await admin.goto("/moderation");
  const filter = admin.getByLabel("Consultation", { exact: true });
  await filter.locator("option", { hasText: ENGLISH_TITLE }).waitFor({ state: "attached" });
  await admin.context().close();

  // The agency's API keys and queue.
  const analyst = await sala.newPage(DESKTOP);
  await signIn(analyst, "agency@demo.sala.in.th");
  await analyst.getByRole("button", { name: "English" }).click();
  await analyst.goto("/agency/queue");
  await analyst.getByRole("heading", { level: 1 }).waitFor();
  await settled(analyst);
  const consultationLinks = analyst.locator('a[href^="/agency/consultations/"]');
  for (const name of await consultationLinks.allInnerTexts()) {
    assert.doesNotMatch(name, /[\u0E00-\u0E7F]/, `an English consultation title in the queue: ${name}`);
  }
  await analyst.goto("/agency");
  await analyst.getByRole("heading", { level: 1 }).waitFor();
  await settled(analyst);
  const scope = analyst.getByRole("group", { name: "Consultations", exact: true });
  await scope.locator("label").first().waitFor();
  for (const label of await scope.locator("label").allInnerTexts()) {
    assert.doesNotMatch(label, /[\u0E00-\u0E7F]/, `an English consultation title for API keys: ${label}`);
  }
  await analyst.getByRole("button", { name: "ไทย" }).click();
  await analyst.context().close();
});
