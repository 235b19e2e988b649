// Search in a real browser against the demo server: the duplicate hint while writing a proposal,
// the header search finding that proposal with a highlight, accessibility, English, phone width.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { DESKTOP, PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { searchFromHeader, settledSearchCount } from "./support/steps.mjs";

const IDEATION = "faster-public-services";
const THAI = /[\u0E00-\u0E7F]/;
// A demo proposal of the ideation consultation; a draft repeating its words must be flagged.
const DEMO_TITLE = "รับเอกสารราชการที่ร้านสะดวกซื้อใกล้บ้าน";
// A word only two demo proposals use, placed mid-title so only word segmentation can find it.
const RARE_WORD = "ไปรษณีย์";
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

const sala = salaForThisFile();
const newPage = sala.newPage;

test("a citizen is shown similar proposals while writing, then finds the new one from the header", { timeout: 120_000 }, async () => {
  const page = await newPage();
  const stamp = Date.now().toString(36);
  await signIn(page, "citizen@demo.sala.in.th", DEMO_PASSWORD);

  await page.goto(`/c/${IDEATION}/new`);
  const hint = page.getByRole("heading", { name: "มีข้อเสนอที่คล้ายกันอยู่แล้ว" });
  const title = `รับเอกสารราชการที่${RARE_WORD}และร้านสะดวกซื้อใกล้บ้าน ${stamp}`;
  await page.getByLabel("ชื่อข้อเสนอ").fill(title);
  await hint.waitFor();
  const similar = page.locator(".similar-proposals");
  assert.equal(await similar.getAttribute("aria-live"), "polite");
  await similar.getByRole("link", { name: DEMO_TITLE }).waitFor();
  assert.ok((await similar.getByRole("link").count()) <= 5, "at most five similar proposals");

  // Cut back to a few letters, the hint goes, although an answer for the long title is cached.
  await page.getByLabel("ชื่อข้อเสนอ").fill("รับ");
  await hint.waitFor({ state: "detached" });
  await page.getByLabel("ชื่อข้อเสนอ").fill(title);
  await hint.waitFor();

  await page.getByLabel("รายละเอียด").fill("ให้ร้านสะดวกซื้อมีตู้รับเอกสารที่เปิดด้วยรหัสจากแอป รับได้ตลอด 24 ชั่วโมง");
  await page.getByRole("button", { name: "ส่งข้อเสนอ" }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();

  const hit = await searchFromHeader(page, RARE_WORD, title);
  assert.equal(await hit.locator("mark").first().textContent(), RARE_WORD, "the matched word is highlighted");
  assert.match(page.url(), /\/search\?q=/);
  await hit.click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.context().close();
});

test("the search page filters by facet in the URL, pages on, and is accessible", { timeout: 120_000 }, async () => {
  const page = await newPage();
  // No words: everything, narrowed by the filters.
  await page.goto("/search");
  const count = settledSearchCount(page, /พบ \d+ รายการ/);
  await count.waitFor();
  const total = Number((await count.textContent())?.match(/พบ (\d+)/)?.[1]);
  assert.ok(total > 20, `enough results to page (${total})`);

  const results = page.locator(".search-hits > li");
  assert.equal(await results.count(), 20);
  await page.getByRole("button", { name: "ผลลัพธ์เพิ่มเติม" }).click();
  await results.nth(20).waitFor();

  // With a second page of results shown, nothing on the page fails axe.
  assert.deepEqual(await axeViolations(page), []);

  // A province facet narrows the results, goes into the address, and comes off again.
  const provinces = page.getByRole("group", { name: "จังหวัด" });
  const first = provinces.getByRole("button").first();
  const label = (await first.getAttribute("aria-label")) ?? "";
  const [, province, facetCount] = label.match(/^(.+) (\d+) รายการ$/) ?? [];
  assert.ok(province, `a province facet value: ${label}`);
  await first.click();
  await page.waitForURL((url) => url.searchParams.get("province") === province);
  await settledSearchCount(page, `พบ ${facetCount} รายการ`).waitFor();
  assert.equal(await provinces.getByRole("button", { pressed: true }).count(), 1);
  await provinces.getByRole("button", { pressed: true }).click();
  await page.waitForURL((url) => !url.searchParams.has("province"));

  await page.getByLabel("ประเภท").selectOption("consultation");
  await page.waitForURL((url) => url.searchParams.get("type") === "consultation");
  await page.getByLabel("เรียงตาม").selectOption("new");
  await page.waitForURL((url) => url.searchParams.get("sort") === "new");
  const consultations = await (await fetch(`${sala.url}/api/v1/search?type=consultation`)).json();
  await settledSearchCount(page, `พบ ${consultations.total} รายการ`).waitFor();
  for (const badge of await page.locator(".search-type").allTextContents()) assert.equal(badge, "การรับฟังความคิดเห็น");

  await page.getByLabel("คำที่ต้องการค้นหา").fill("ซxqzไม่มีคำนี้แน่นอน");
  await page.getByLabel("คำที่ต้องการค้นหา").press("Enter");
  await page.getByText("ไม่พบผลลัพธ์ที่ตรงกับการค้นหา").waitFor();

  // English: the page's own strings change with the rest of the app.
  await page.goto("/search?q=%E0%B8%96%E0%B8%99%E0%B8%99");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Search" }).waitFor();
  await settledSearchCount(page, /^\d+ results? for “ถนน”$/).waitFor();
  await page.getByLabel("Words to search for").waitFor();
  await page.getByLabel("Sort by").waitFor();
  const filters = await page.locator(".search-filters").innerText();
  for (const word of ["Type", "Sort by", "Province", "Theme"]) assert.ok(filters.includes(word), `${word} in English`);
  assert.doesNotMatch(await page.getByRole("search").first().innerText(), THAI);
  await page.context().close();
});

test("screenshots of search at desktop and phone width", { timeout: 120_000 }, async () => {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ]) {
    const page = await newPage(viewport);
    await page.goto("/search?q=%E0%B8%96%E0%B8%99%E0%B8%99");
    await settledSearchCount(page, /พบ \d+ รายการ/).waitFor();
    await settled(page);
    const width = await page.evaluate("document.documentElement.scrollWidth");
    assert.ok(width <= viewport.width, `no sideways scrolling at ${viewport.width}px (${width}px)`);
    await page.screenshot({ path: join(screenshotDir, `search-${label}.png`), fullPage: true });

    await signIn(page, "citizen@demo.sala.in.th", DEMO_PASSWORD);
    await page.goto(`/c/${IDEATION}/new`);
    await page.getByLabel("ชื่อข้อเสนอ").fill(DEMO_TITLE);
    await page.getByRole("heading", { name: "มีข้อเสนอที่คล้ายกันอยู่แล้ว" }).waitFor();
    await page.screenshot({ path: join(screenshotDir, `similar-${label}.png`), fullPage: true });
    await page.context().close();
  }
});
