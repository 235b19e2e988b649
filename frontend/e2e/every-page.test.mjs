// Every page of the web app, as the person it is for sees it, at a phone's width (360 px) and a
// desktop's (1280 px): no axe violation of any impact, nothing wider than the screen, and a
// full-page screenshot kept in frontend/screenshots/ to be looked at.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { axeViolations } from "./support/axe.mjs";
import { DESKTOP, PHONE } from "./support/browser.mjs";
import { settled, signIn } from "./support/pages.mjs";
import { salaForThisFile } from "./support/session.mjs";

const IDEATION = "faster-public-services";
const VOTING = "provincial-justice-strategy";
const LAB = "national-policy-lab";
const screenshotDir = resolve(import.meta.dirname, "../screenshots");

const sala = salaForThisFile();

/** The demo proposal with the liveliest discussion, found through the public API. */
async function demoProposalId() {
  const response = await fetch(`${sala.url}/api/v1/consultations/${VOTING}/proposals?sort=top&limit=50`);
  const { items } = await response.json();
  items.sort((a, b) => b.counts.comments - a.counts.comments);
  return items[0].id;
}

/** The demo's award (the lab's, open) and the network's application to it, through the public API. */
async function demoAward() {
  const { items } = await (await fetch(`${sala.url}/api/v1/awards`)).json();
  const award = await (await fetch(`${sala.url}/api/v1/awards/${items[0].id}`)).json();
  return { awardId: award.id, applicationId: award.applications[0].id };
}

/** Each page by the person who uses it; `null` is a visitor who has not signed in. */
function pagesByPerson(proposalId, { awardId, applicationId }) {
  return [
    [
      null,
      {
        home: "/",
        consultation: `/c/${VOTING}`,
        results: `/c/${VOTING}/results`,
        "province-results": "/results?province=สุโขทัย",
        "consultation-ideas": `/c/${IDEATION}`,
        proposal: `/p/${proposalId}`,
        search: "/search?q=ยุติธรรม",
        "sign-in": "/sign-in",
        "sign-up": "/sign-up",
        "forgot-password": "/forgot-password",
        "reset-password": "/reset-password#token=x",
        privacy: "/privacy",
        terms: "/terms",
        organizations: "/organizations",
        organization: `/o/${LAB}`,
        awards: "/awards",
        award: `/awards/${awardId}`,
        "not-found": "/no-such-page",
      },
    ],
    [
      "citizen@demo.sala.in.th",
      {
        "new-proposal": `/c/${IDEATION}/new`,
        profile: "/profile",
        notifications: "/notifications",
        preferences: "/settings/notifications",
        "new-organization": "/organizations/new",
        activity: "/me/activity",
      },
    ],
    [
      "moderator@demo.sala.in.th",
      {
        "moderation-queue": "/moderation",
        "moderation-log": "/moderation/log",
        anomalies: "/moderation/anomalies",
      },
    ],
    [
      "agency@demo.sala.in.th",
      {
        agency: "/agency",
        "agency-queue": "/agency/queue",
        dashboard: `/agency/consultations/${VOTING}`,
        "new-result": `/c/${VOTING}/results/new`,
      },
    ],
    [
      "lab@demo.sala.in.th",
      {
        "organization-manage": `/o/${LAB}/manage`,
        "new-award": "/awards/new",
        "award-manage": `/awards/${awardId}`,
        "award-figures": `/award-applications/${applicationId}`,
      },
    ],
    [
      "valuator@demo.sala.in.th",
      {
        "award-assessment": `/award-applications/${applicationId}`,
      },
    ],
    [
      "admin@demo.sala.in.th",
      {
        admin: "/admin",
        "consultation-new": "/admin/consultations/new",
        "consultation-editor": `/admin/consultations/${IDEATION}`,
        "audit-log": "/admin/audit-log",
        people: "/admin/people",
        users: "/admin/users",
        "legal-editor": "/admin/legal/privacy",
      },
    ],
  ];
}

for (const [width, viewport] of [
  ["phone", PHONE],
  ["desktop", DESKTOP],
]) {
  test(`every page at ${viewport.width} px passes axe, fits the screen, and is photographed`, { timeout: 300_000 }, async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const failures = [];
    for (const [person, pages] of pagesByPerson(await demoProposalId(), await demoAward())) {
      const page = await sala.newPage(viewport);
      if (person) await signIn(page, person);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await settled(page);
        for (const violation of await axeViolations(page)) failures.push(`${name} (${width}): ${violation}`);
        const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0) failures.push(`${name} (${width}): ${overflow} px wider than the screen`);
        await page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true });
      }
      await page.context().close();
    }
    assert.deepEqual(failures, []);
  });
}

test("the pages in English pass axe and are photographed", { timeout: 180_000 }, async () => {
  const proposalId = await demoProposalId();
  const page = await sala.newPage();
  await signIn(page, "admin@demo.sala.in.th");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  const failures = [];
  for (const [name, path] of Object.entries({
    home: "/",
    consultation: `/c/${VOTING}`,
    proposal: `/p/${proposalId}`,
    admin: "/admin",
    dashboard: `/agency/consultations/${VOTING}`,
  })) {
    await page.goto(path);
    await settled(page);
    assert.equal(await page.locator("html").getAttribute("lang"), "en", `${name} says it is in English`);
    for (const violation of await axeViolations(page)) failures.push(`${name} (English): ${violation}`);
    await page.screenshot({ path: join(screenshotDir, `${name}-en-desktop.png`), fullPage: true });
  }
  assert.deepEqual(failures, []);
  await page.context().close();
});
