// What every browser test needs from a running Sala: pages on it, and the demo sign-ins.

/** The README's password for the demo accounts. */
export const DEMO_PASSWORD = "sala-demo-2570";

/**
 * A fresh browser context (no cookies, no storage) on Sala, with page errors reported.
 * @param {import("playwright-core").Browser} browser
 * @param {string} baseURL
 */
export async function newPage(browser, baseURL, viewport) {
  const context = await browser.newContext({ viewport, baseURL, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  return page;
}

/** Signs in through the Thai sign-in form, as a person would. */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("อีเมล").fill(email);
  await page.getByLabel("รหัสผ่าน").fill(password);
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await page.getByRole("button", { name: "ออกจากระบบ" }).waitFor();
}

/**
 * Waits until the page shows what a person came for: its heading, with nothing still loading
 * (no loading notice, no region marked busy).
 * @param {import("playwright-core").Page} page
 */
export async function settled(page) {
  await page.locator("main h1").first().waitFor();
  // `first()` of nothing is detached: this resolves once no loading notice or busy region is left.
  await page.locator('.loading, [aria-busy="true"]').first().waitFor({ state: "detached" });
}
