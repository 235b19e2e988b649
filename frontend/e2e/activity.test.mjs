// "My activity" in a real browser: a new person finds it from their profile, reads what each empty
// tab tells them to do, proposes, votes and comments, and finds all of it there; a comment that
// moderators hide stays in their list marked hidden, while nobody else sees it; in English; by
// keyboard; at 360 px.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { PHONE } from "./support/browser.mjs";
import { DEMO_PASSWORD, settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import { propose, signUpAndVerify } from "./support/steps.mjs";

const sala = salaForThisFile();
const IDEATION = "faster-public-services";
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

/** A moderator hides a comment through the API, as the moderation desk does. */
async function moderatorHidesComment(proposalId, text, reason) {
  const login = await fetch(`${sala.url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "moderator@demo.sala.in.th", password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  const { access_token: token } = await login.json();
  const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const comments = await (await fetch(`${sala.url}/api/v1/proposals/${proposalId}/comments`, { headers: auth })).json();
  const comment = comments.items.find((c) => JSON.stringify(c).includes(text));
  assert.ok(comment, "the comment is on the proposal");
  const hidden = await fetch(`${sala.url}/api/v1/moderation/actions`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify({ action: "hide", target_type: "comment", target_id: comment.id, reason }),
  });
  assert.equal(hidden.status, 201, await hidden.text());
}

test("a person finds what they proposed, said, voted and follow, their hidden comment marked", { timeout: 180_000 }, async () => {
  const stamp = Date.now().toString(36);
  const name = `ผู้ร่วมคิด ${stamp}`;
  const page = await sala.newPage();
  await signUpAndVerify(page, sala, { name, email: `activity-${stamp}@example.com`, password: "a-long-activity-password" });

  // From the profile, to empty tabs that say what to do.
  await page.getByRole("link", { name: `โปรไฟล์ของ ${name}` }).click();
  await page.getByRole("link", { name: "กิจกรรมของฉัน" }).click();
  await page.getByRole("heading", { level: 1, name: "กิจกรรมของฉัน" }).waitFor();
  const tabs = page.getByRole("tablist", { name: /กิจกรรมของฉัน|My activity/ });
  await page.getByText("คุณยังไม่ได้เสนออะไร").waitFor();
  await page.getByRole("link", { name: "ดูการรับฟังความคิดเห็นที่เปิดอยู่" }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  for (const [tab, hint] of [
    ["ความคิดเห็น", "คุณยังไม่ได้แสดงความคิดเห็น"],
    ["การลงคะแนน", "คุณยังไม่ได้ลงคะแนน"],
    ["ที่ติดตาม", "คุณยังไม่ได้ติดตามอะไร"],
  ]) {
    await tabs.getByRole("tab", { name: tab }).click();
    await page.getByText(hint).waitFor();
  }

  // Propose, vote, comment.
  const title = `ตู้รับเรื่องร้องเรียนในตลาดสด ${stamp}`;
  const proposalPath = await propose(page, IDEATION, title, "ตั้งตู้รับเรื่องร้องเรียนในตลาดสดทุกแห่ง ให้แม่ค้าแจ้งปัญหาได้ทันที");
  await page.locator(".vote-agree").click();
  await page.getByText("คุณโหวต: เห็นด้วย").waitFor();
  const said = `ควรมีเจ้าหน้าที่ตอบภายในสามวัน ${stamp}`;
  await page.getByLabel("แสดงความคิดเห็น").fill(said);
  await page.getByRole("button", { name: "ส่งความคิดเห็น" }).click();
  await page.getByText(said).waitFor();

  await page.goto("/me/activity");
  const proposal = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: title });
  await proposal.getByRole("link", { name: title }).waitFor();
  await proposal.getByText("รอคำตอบ").waitFor();
  await tabs.getByRole("tab", { name: "ความคิดเห็น" }).click();
  await page.getByRole("tabpanel").getByText(said).waitFor();
  await page.getByRole("tabpanel").getByRole("link", { name: title }).waitFor();
  await tabs.getByRole("tab", { name: "การลงคะแนน" }).click();
  const vote = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: title });
  await vote.getByText("คุณเห็นด้วย").waitFor();
  // By keyboard: the arrow key moves to the next tab.
  await tabs.getByRole("tab", { name: "การลงคะแนน" }).focus();
  await page.keyboard.press("ArrowRight");
  // The next tab is selected once the page has re-rendered: wait for it, as a reader would.
  await tabs.getByRole("tab", { name: "ที่ติดตาม", selected: true }).waitFor();
  await page.waitForURL(/tab=follows/);
  await page.getByRole("tabpanel").getByRole("link", { name: title }).waitFor();

  // Moderators hide the comment: the author still finds it, marked, with the reason.
  await moderatorHidesComment(proposalPath.split("/").pop(), said, "นอกประเด็นของข้อเสนอ");
  await page.goto("/me/activity?tab=comments");
  const hidden = page.getByRole("tabpanel").getByRole("listitem").filter({ hasText: said });
  await hidden.getByText("ถูกซ่อน", { exact: true }).waitFor();
  await hidden.getByText(/เหตุผล: นอกประเด็นของข้อเสนอ/).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "My activity" }).waitFor();
  for (const tab of ["Proposals", "Comments", "Votes", "Following"]) await tabs.getByRole("tab", { name: tab }).waitFor();
  await hidden.getByText("Hidden", { exact: true }).waitFor();
  await hidden.getByText(/Reason: นอกประเด็นของข้อเสนอ/).waitFor();
  // The consultation is named by its English title.
  await tabs.getByRole("tab", { name: "Proposals" }).click();
  await page.getByRole("tabpanel").getByRole("link", { name: "How can public services reach people faster?" }).waitFor();
  await page.getByRole("button", { name: "ไทย" }).click();
  await page.context().close();

  // Someone else sees neither the hidden comment on the proposal nor anything of it in their own activity.
  const other = await sala.newPage();
  await signIn(other, "citizen@demo.sala.in.th");
  await other.goto(proposalPath);
  await other.getByRole("heading", { level: 1, name: title }).waitFor();
  await settled(other);
  assert.equal(await other.getByText(said).count(), 0, "the hidden comment is not shown to others");
  await other.goto("/me/activity?tab=comments");
  await other.getByRole("tabpanel").waitFor();
  await settled(other);
  assert.equal(await other.getByText(said).count(), 0);
  await other.context().close();
});

test("my activity at 360 px needs no sideways scrolling", { timeout: 120_000 }, async () => {
  mkdirSync(screenshotDir, { recursive: true });
  const page = await sala.newPage(PHONE);
  await signIn(page, "citizen@demo.sala.in.th");
  await page.goto("/me/activity?tab=votes");
  await page.getByRole("tab", { name: "การลงคะแนน", selected: true }).waitFor();
  await page.getByRole("tabpanel").waitFor();
  const width = await page.evaluate("document.documentElement.scrollWidth");
  assert.ok(width <= PHONE.width, `no sideways scrolling at ${PHONE.width}px (${width}px)`);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(screenshotDir, "activity-votes-tab-phone.png"), fullPage: true });
  await page.context().close();
});
