// Generates the typed API client's types from the server's OpenAPI document, or checks that
// the committed copies are current.
//
//   node scripts/api-client.mjs generate [spec.json]   write openapi.json and src/api/schema.d.ts
//   node scripts/api-client.mjs check [spec.json]      fail when either is stale
//
// Without a file, the spec comes from `../target/debug/sala openapi` (SALA_BIN overrides).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = resolve(root, "openapi.json");
const typesPath = resolve(root, "src/api/schema.d.ts");
const header =
  "// Generated from openapi.json by `npm run api:gen`. Do not edit: change the server, then regenerate.\n\n";

function readSpecText(file) {
  if (file) return readFileSync(resolve(process.cwd(), file), "utf8");
  const bin = process.env.SALA_BIN ?? resolve(root, "../target/debug/sala");
  if (!existsSync(bin)) {
    console.error(`api: ${bin} not found; build it with \`cargo build -p sala\` or pass a spec file`);
    process.exit(2);
  }
  // SALA_BIN is this script's setting; the server refuses unknown SALA_* settings.
  const env = { ...process.env };
  delete env.SALA_BIN;
  return execFileSync(bin, ["openapi"], { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
}

// The spec as committed: stable key order and formatting, so diffs show real changes only.
function canonicalSpec(text) {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

// A schema named by a $ref but missing from components would stop the generator. Until the
// server defines it, it is typed as a plain string, and the gap is reported on every run.
function withMissingSchemas(spec) {
  const defined = new Set(Object.keys(spec.components?.schemas ?? {}));
  const referenced = new Set(
    [...JSON.stringify(spec).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]),
  );
  const missing = [...referenced].filter((name) => !defined.has(name)).sort();
  if (missing.length === 0) return spec;
  console.warn(`api: the spec references undefined schemas (typed as string): ${missing.join(", ")}`);
  const patched = structuredClone(spec);
  patched.components ??= {};
  patched.components.schemas ??= {};
  for (const name of missing) {
    patched.components.schemas[name] = {
      type: "string",
      description: "Referenced by the server's spec but not defined there.",
    };
  }
  return patched;
}

async function generateTypes(specText) {
  const ast = await openapiTS(withMissingSchemas(JSON.parse(specText)), { alphabetize: true });
  return header + astToString(ast);
}

const [command, file] = process.argv.slice(2);
const spec = canonicalSpec(readSpecText(file));
const types = await generateTypes(spec);

if (command === "generate") {
  writeFileSync(specPath, spec);
  writeFileSync(typesPath, types);
  console.log("api: wrote openapi.json and src/api/schema.d.ts");
} else if (command === "check") {
  const stale = [];
  if (!existsSync(specPath) || readFileSync(specPath, "utf8") !== spec) stale.push("openapi.json");
  if (!existsSync(typesPath) || readFileSync(typesPath, "utf8") !== types) stale.push("src/api/schema.d.ts");
  if (stale.length > 0) {
    console.error(`api: stale: ${stale.join(", ")}. Run \`npm run api:gen\` and commit the result.`);
    process.exit(1);
  }
  console.log("api: the generated client matches the server's spec");
} else {
  console.error("usage: node scripts/api-client.mjs generate|check [spec.json]");
  process.exit(2);
}
