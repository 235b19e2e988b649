// Fails when the JavaScript a first visit downloads (the entry chunk and everything it imports
// statically) is over budget, gzip-compressed. Lazy chunks are listed for information.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 200 * 1000;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");

let html;
try {
  html = readFileSync(join(dist, "index.html"), "utf8");
} catch {
  console.error("size: dist/index.html not found; run `npm run build` first");
  process.exit(2);
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// Follow static imports from the entry: these are fetched before the first page can show.
const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g)].map((m) => m[1]);
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.pop();
  if (initial.has(file)) continue;
  initial.add(file);
  const code = readFileSync(join(dist, file), "utf8");
  for (const match of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) {
    queue.push(join(dirname(file), match[1]));
  }
}

const total = [...initial].reduce((sum, file) => sum + gzipped(file), 0);
console.log("Initial JavaScript (gzip):");
for (const file of [...initial].sort()) console.log(`  ${file.padEnd(44)} ${kb(gzipped(file))}`);
console.log(`  ${"total".padEnd(44)} ${kb(total)} of ${kb(BUDGET_BYTES)}`);

const lazy = readdirSync(join(dist, "assets"))
  .map((name) => `assets/${name}`)
  .filter((file) => file.endsWith(".js") && !initial.has(file));
console.log("Loaded on demand (gzip):");
for (const file of lazy.sort()) console.log(`  ${file.padEnd(44)} ${kb(gzipped(file))}`);

if (total > BUDGET_BYTES) {
  console.error(`size: initial JavaScript is ${kb(total)}, over the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
