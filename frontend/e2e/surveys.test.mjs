// The reader survey in a real browser, on Sala's server with its demo data: a signed-out reader
// answers it at the end of a consultation page, is thanked and sees the answer, and still sees it
// after a reload (the browser keeps its token and answer); axe finds nothing on the way.
import assert from "node:assert/strict";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { settled } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const VOTING = "provincial-justice-strategy";
const sala = salaForThisFile();
const newPage = sala.newPage;

test("a signed-out reader answers the survey on a consultation page and is thanked", { timeout: 180_000 }, async () => {
  const page = await newPage();
  await page.goto(`/c/${VOTING}`);
  await settled(page);
  const survey = page.locator(".reader-survey");
  await survey.getByRole("heading", { level: 2, name: "แบบสำรวจความคิดเห็นผู้อ่าน" }).waitFor();
  assert.deepEqual(await axeViolations(page), [], "the consultation page with the survey");

  for (const [question, score] of [
    ["เนื้อหานี้มีประโยชน์ต่อคุณเพียงใด", 5],
    ["คุณเข้าใจเนื้อหานี้มากน้อยเพียงใด", 4],
    ["คุณพึงพอใจกับรูปแบบการนำเสนอเพียงใด", 3],
  ]) {
    await survey.getByRole("group", { name: question }).getByRole("radio", { name: `${score} จาก 5` }).check();
  }
  const comment = "อยากให้มีสรุปสั้น ๆ เป็นภาษาง่าย";
  await survey.getByLabel("ความเห็นเพิ่มเติม (ไม่บังคับ)").fill(comment);
  await survey.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await survey.getByText("ขอบคุณสำหรับคำตอบของคุณ").waitFor();
  await survey.getByText(comment).waitFor();
  assert.ok(await survey.getByText("5 จาก 5").isVisible());
  assert.deepEqual(await axeViolations(page), [], "the thanks and the answer");

  // The browser kept a token and the answer: a reload shows the answer, not an empty form.
  await page.reload();
  await survey.getByText(/คำตอบที่คุณให้ไว้ล่าสุดเมื่อ/).waitFor();
  await survey.getByText(comment).waitFor();

  // In English too.
  await page.getByRole("button", { name: "English" }).click();
  await survey.getByRole("heading", { level: 2, name: "Reader survey" }).waitFor();
  await page.context().close();
});
