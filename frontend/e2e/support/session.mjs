// Each test file gets its own Sala (demo data, temporary data directory) and its own browser,
// started before its first test and stopped after its last.
import { after, before } from "node:test";
import { DESKTOP, launchBrowser } from "./browser.mjs";
import { newPage } from "./pages.mjs";
import { startSala } from "./sala-server.mjs";

export function salaForThisFile() {
  /** @type {Awaited<ReturnType<typeof startSala>> | undefined} */
  let server;
  /** @type {import("playwright-core").Browser | undefined} */
  let browser;
  before(async () => {
    server = await startSala();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !browser) throw new Error("Sala is not started: use it inside a test");
    return { server, browser };
  };
  return {
    get url() {
      return started().server.url;
    },
    get dataDir() {
      return started().server.dataDir;
    },
    /** A fresh browser context on this Sala. */
    newPage(viewport = DESKTOP) {
      const { server: sala, browser: chromium } = started();
      return newPage(chromium, sala.url, viewport);
    },
  };
}
