// Sala finishes some work after it answers: the search index takes in each change, and events
// become inbox notifications. A person who writes something and then looks for it waits for
// exactly that work; these helpers wait for it too, by asking Sala whether it has caught up.
import { setTimeout as pause } from "node:timers/promises";

/** How often to ask, and for how long before giving up: generous, since CI's machine is loaded. */
const ASK_EVERY_MS = 100;
const GIVE_UP_AFTER_MS = 90_000;

/**
 * Resolves once `/health/ready` reports no search document and no notification still waiting.
 * @param {import("playwright-core").Page} page a page whose context has Sala as its base URL
 */
export async function waitForBackgroundWork(page) {
  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  let last = "no answer";
  while (Date.now() < deadline) {
    const response = await page.request.get("/health/ready");
    if (response.ok()) {
      const health = await response.json();
      if (health.search_pending === 0 && health.notifications_pending === 0) return;
      last = JSON.stringify(health);
    }
    await pause(ASK_EVERY_MS);
  }
  throw new Error(`Sala's background work did not catch up in ${GIVE_UP_AFTER_MS} ms: ${last}`);
}
