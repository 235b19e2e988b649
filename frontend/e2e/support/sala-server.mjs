// Starts the real Sala server with its demo data on a free port, serving the built app.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const frontendDir = resolve(import.meta.dirname, "../..");
const salaBin = process.env.SALA_BIN ?? resolve(frontendDir, "../target/debug/sala");
const distDir = resolve(frontendDir, "dist");

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

// Generous: under CI's load a debug build takes a while to seed and index the demo data.
// Readiness is the server's own probe (ready, and nothing left to index), asked again until it
// says so or the deadline passes, as an orchestrator asks it; the server announces it no other way.
async function waitUntilReady(url, child, output, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`sala exited with ${child.exitCode} before it was ready:\n${output.join("")}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      // Ready, and the demo data fully indexed: tests compare search totals with the API's.
      if (response.ok && (await response.json()).search_pending === 0) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`sala was not ready after ${timeoutMs} ms:\n${output.join("")}`);
}

/** @returns {Promise<{ url: string, dataDir: string, output: string[], stop: () => Promise<void> }>} */
export async function startSala() {
  if (!existsSync(salaBin)) {
    throw new Error(`${salaBin} not found: build it first with \`cargo build -p sala\``);
  }
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${distDir}/index.html not found: build the app first with \`npm run build\``);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "sala-e2e-"));
  const output = [];
  // SALA_BIN names the binary for these scripts; the server refuses unknown SALA_* settings.
  const inherited = { ...process.env };
  delete inherited.SALA_BIN;
  const child = spawn(salaBin, ["demo", "--serve"], {
    env: {
      ...inherited,
      SALA_DATA_DIR: dataDir,
      SALA_BIND: `127.0.0.1:${port}`,
      SALA_PUBLIC_URL: url,
      SALA_FRONTEND_DIR: distDir,
      SALA_LOG: process.env.SALA_LOG ?? "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => output.push(String(chunk)));
  child.stderr.on("data", (chunk) => output.push(String(chunk)));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output, stop };
}
