// Debian's chromium driven by playwright-core: no browser download, Thai fonts from the system.
import { execSync } from "node:child_process";
import { chromium } from "playwright-core";

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", { shell: "/bin/sh", encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: apt-get install -y chromium fonts-thai-tlwg");
  }
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };
