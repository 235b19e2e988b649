// One proposal's whole life in a real browser, on Sala's server with its demo data: a newcomer
// signs up and confirms the email, proposes (and is shown the demo proposal that says much the
// same), votes; the vote reaches the agency's dashboard; a neighbour starts a thread and the
// author replies; a Thai word from the middle of the title finds it; reported, it is hidden by a
// moderator and leaves everything citizens see, and the agency's figures with it. No page on the
// way, nor the API reference, breaks the Content-Security-Policy Sala sends.
import assert from "node:assert/strict";
import { test } from "node:test";
import { waitForBackgroundWork } from "./support/background.mjs";
import { recordCspViolations } from "./support/csp.mjs";
import { signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";
import {
  dashboardVotes,
  expectDashboardVotes,
  expectGoneFromListAndPage,
  hideQueueItem,
  openQueueItem,
  reportProposal,
  searchFromHeader,
  settledSearchCount,
  signUpAndVerify,
} from "./support/steps.mjs";

const IDEATION = "faster-public-services";
// The demo proposal a draft about documents at the corner shop repeats.
const DEMO_TITLE = "รับเอกสารราชการที่ร้านสะดวกซื้อใกล้บ้าน";
// In the middle of the new title, run together with its neighbours as Thai is written.
const RARE_WORD = "ไปรษณีย์";

const sala = salaForThisFile();
/** @type {Array<Record<string, unknown>>} */
const cspViolations = [];
async function newPage() {
  const page = await sala.newPage();
  await recordCspViolations(page.context(), cspViolations);
  return page;
}

test("a newcomer's proposal from sign-up to the agency's dashboard, until a moderator hides it", { timeout: 240_000 }, async () => {
  const stamp = Date.now().toString(36);
  // The lab runs this consultation, so its member reads the whole dashboard; the demo's agency
  // analyst answers for one provincial office of another consultation only.
  const analyst = await newPage();
  await signIn(analyst, "lab@demo.sala.in.th");
  const votesBefore = await dashboardVotes(analyst, IDEATION);

  // Sign up, confirm through the emailed link, sign in.
  const author = await newPage();
  const name = `ผู้เสนอ ${stamp}`;
  await signUpAndVerify(author, sala, { name, email: `journey-${stamp}@example.com`, password: "a-long-journey-password" });

  // Propose: while the title is typed, the similar demo proposal is pointed out.
  await author.goto(`/c/${IDEATION}/new`);
  const title = `รับเอกสารราชการที่${RARE_WORD}และร้านสะดวกซื้อใกล้บ้าน ${stamp}`;
  await author.getByLabel("ชื่อข้อเสนอ").fill(title);
  await author.getByRole("heading", { name: "มีข้อเสนอที่คล้ายกันอยู่แล้ว" }).waitFor();
  await author.locator(".similar-proposals").getByRole("link", { name: DEMO_TITLE }).waitFor();
  await author.getByLabel("รายละเอียด").fill("ส่งเอกสารราชการให้รับได้ที่ไปรษณีย์และร้านสะดวกซื้อ ไม่ต้องเดินทางไปที่ว่าการอำเภอ");
  await author.getByRole("button", { name: "ส่งข้อเสนอ" }).click();
  await author.getByRole("heading", { level: 1, name: title }).waitFor();
  const proposalPath = new URL(author.url()).pathname;

  // Vote, and the agency's dashboard counts it.
  await author.locator(".vote-agree").click();
  await author.getByTestId("count-agree").filter({ hasText: /^1$/ }).waitFor();
  await author.getByText("คุณโหวต: เห็นด้วย").waitFor();
  await expectDashboardVotes(analyst, IDEATION, votesBefore + 1);

  // A neighbour starts a thread; the author replies in it.
  const neighbour = await newPage();
  await signIn(neighbour, "citizen@demo.sala.in.th");
  await neighbour.goto(proposalPath);
  const opening = `ควรมีที่ตำบลด้วย ${stamp}`;
  await neighbour.getByLabel("แสดงความคิดเห็น").fill(opening);
  await neighbour.getByLabel("สนับสนุน").check();
  await neighbour.getByRole("button", { name: "ส่งความคิดเห็น" }).click();
  await neighbour.getByText(opening).waitFor();

  await author.reload();
  const thread = author.locator(".comment-list > .comment").filter({ hasText: opening });
  await thread.getByRole("button", { name: "ตอบกลับ" }).click();
  const reply = `เห็นด้วย จะเพิ่มไว้ในข้อเสนอ ${stamp}`;
  await author.getByLabel(/^ตอบกลับ /).fill(reply);
  await author.getByRole("button", { name: "ส่งคำตอบ" }).click();
  await thread.locator(".comment-replies").getByText(reply).waitFor();
  await neighbour.reload();
  await neighbour
    .locator(".comment-list > .comment")
    .filter({ hasText: opening })
    .locator(".comment-replies")
    .getByText(reply)
    .waitFor();

  // The neighbour finds it again by a Thai word from the middle of its title, highlighted.
  const hit = await searchFromHeader(neighbour, RARE_WORD, title);
  assert.equal(await hit.locator("mark").first().textContent(), RARE_WORD);

  // Reported, and hidden by a moderator from the queue.
  await neighbour.goto(proposalPath);
  await reportProposal(neighbour, "misinformation", `ซ้ำกับข้อเสนอเดิม ${stamp}`);
  const moderator = await newPage();
  await signIn(moderator, "moderator@demo.sala.in.th");
  const item = await openQueueItem(moderator, title);
  await hideQueueItem(moderator, item, title, "ซ้ำกับข้อเสนอที่มีอยู่แล้ว");
  await moderator.context().close();

  // Gone for citizens: the consultation's list, the page, and search.
  const visitor = await newPage();
  await expectGoneFromListAndPage(visitor, IDEATION, proposalPath, title);
  await waitForBackgroundWork(visitor);
  await visitor.goto(`/search?q=${encodeURIComponent(RARE_WORD)}`);
  await settledSearchCount(visitor, /พบ \d+ รายการ/).waitFor();
  assert.equal(await visitor.getByRole("main").getByRole("link", { name: title }).count(), 0, "not found by search");
  await visitor.context().close();

  // The agency's figures count public content only, as its exports do: the vote leaves with it.
  await expectDashboardVotes(analyst, IDEATION, votesBefore);

  // The API reference, served by Sala itself, renders under its own policy.
  const developer = await newPage();
  await developer.goto("/api/docs");
  await developer.getByRole("heading", { name: /Sala API/ }).waitFor();
  await developer.locator(".opblock").first().waitFor();
  await developer.context().close();

  await neighbour.context().close();
  await author.context().close();
  await analyst.context().close();
  assert.deepEqual(cspViolations, [], "no page breaks the Content-Security-Policy");
});
