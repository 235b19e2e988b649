// A citizen's whole journey with the keyboard alone: skip to the content, sign in, open a
// consultation, propose, agree, and comment. Every step reaches its control by Tab, as a person
// who cannot use a mouse would, and the focused control is visibly marked.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_PASSWORD, settled } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const IDEATION = "faster-public-services";

const sala = salaForThisFile();

/** Whether the element has the keyboard focus. */
const isFocused = (locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

/**
 * Presses Tab until `target` has the focus, and checks the focus is visible there. Fails when the
 * target cannot be reached within `max` presses: it is then out of the keyboard's reach.
 * @param {import("playwright-core").Page} page
 * @param {import("playwright-core").Locator} target
 */
async function tabTo(page, target, what, max = 120) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) {
      const outline = await target.evaluate((element) => {
        const style = element.ownerDocument.defaultView.getComputedStyle(element);
        return style.outlineStyle === "none" ? style.boxShadow : `${style.outlineStyle} ${style.outlineWidth}`;
      });
      assert.notEqual(outline, "none", `the focus on ${what} is visible`);
      return;
    }
    await page.keyboard.press("Tab");
  }
  assert.fail(`${what} is not reachable with Tab within ${max} presses`);
}

test("a citizen proposes, agrees and comments with the keyboard alone", { timeout: 180_000 }, async () => {
  const page = await sala.newPage();
  const stamp = Date.now().toString(36);

  // The first Tab on a page offers to skip the header; following it puts the focus in the content.
  await page.goto("/sign-in");
  await settled(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "ข้ามไปยังเนื้อหา" });
  assert.ok(await isFocused(skip), "the skip link comes first");
  assert.ok(await skip.isVisible(), "the skip link shows when focused");
  await page.keyboard.press("Enter");
  assert.ok(await isFocused(page.locator("main#main")), "the focus moved to the content");

  // Sign in.
  await tabTo(page, page.getByLabel("อีเมล"), "the email field");
  await page.keyboard.type("citizen@demo.sala.in.th");
  await tabTo(page, page.getByLabel("รหัสผ่าน"), "the password field");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "ออกจากระบบ" }).waitFor();

  // From the home page to the consultation, and to its proposal form.
  await page.goto("/");
  await settled(page);
  await tabTo(page, page.locator(`main a[href="/c/${IDEATION}"]`).first(), "the consultation's link");
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`/c/${IDEATION}$`));
  await tabTo(page, page.getByRole("link", { name: "เสนอไอเดีย" }), "the propose link");
  await page.keyboard.press("Enter");

  // Propose.
  const title = `ทางลาดและป้ายอักษรเบรลล์ในสำนักงานเขต ${stamp}`;
  await tabTo(page, page.getByLabel("ชื่อข้อเสนอ"), "the title field");
  await page.keyboard.type(title);
  await tabTo(page, page.getByLabel("รายละเอียด"), "the body field");
  await page.keyboard.type("ให้ผู้ใช้รถเข็นและผู้พิการทางสายตาติดต่อราชการได้ด้วยตนเองโดยไม่ต้องพึ่งคนอื่น");
  const theme = page.getByRole("combobox", { name: "ประเด็น" });
  await tabTo(page, theme, "the theme");
  await page.keyboard.press("ArrowDown");
  assert.notEqual(await theme.inputValue(), "", "a theme is chosen with the arrow key");
  await tabTo(page, page.getByRole("button", { name: "ส่งข้อเสนอ" }), "the submit button");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: title }).waitFor();

  // Agree.
  const agree = page.locator(".vote-agree");
  await tabTo(page, agree, "the agree button");
  await page.keyboard.press("Space");
  await page.getByText("คุณโหวต: เห็นด้วย").waitFor();
  assert.equal(await agree.getAttribute("aria-pressed"), "true");

  // Comment.
  const words = "ควรมีป้ายบอกทางที่สัมผัสได้ตั้งแต่ประตูทางเข้าด้วย";
  await tabTo(page, page.getByLabel("แสดงความคิดเห็น"), "the comment box");
  await page.keyboard.type(words);
  await tabTo(page, page.getByRole("button", { name: "ส่งความคิดเห็น" }), "the send button");
  await page.keyboard.press("Enter");
  await page.locator(".comment-list > .comment").first().getByText(words).waitFor();
  await page.context().close();
});
