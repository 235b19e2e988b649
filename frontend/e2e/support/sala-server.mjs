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

// What `sala serve` prints on standard output once it serves and the demo data is searchable
// (tests compare search totals with the API's): the moment to start, announced by the server.
const READY_LINE = "Sala is ready on ";

// Generous: under CI's load a debug build takes a while to seed and index the demo data.
function waitUntilReady(child, output, timeoutMs = 180_000) {
  return new Promise((ready, fail) => {
    let stdout = "";
    const settle = (error) => {
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.off("exit", onExit);
      if (error) fail(error);
      else ready(undefined);
    };
    const onData = (chunk) => {
      stdout += String(chunk);
      if (stdout.split("\n").some((line) => line.startsWith(READY_LINE))) settle();
    };
    const onExit = (code) =>
      settle(new Error(`sala exited with ${code} before it was ready:\n${output.join("")}`));
    const timer = setTimeout(
      () => settle(new Error(`sala was not ready after ${timeoutMs} ms:\n${output.join("")}`)),
      timeoutMs,
    );
    child.stdout.on("data", onData);
    child.once("exit", onExit);
  });
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
  // Listening from the first byte: the line may come before anything below runs.
  const ready = waitUntilReady(child, output);

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
    await ready;
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output, stop };
}
