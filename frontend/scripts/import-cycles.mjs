// Fails when modules under src/ import each other in a circle. Features reach each other through
// their index files, and a circle through those can leave an import undefined while modules
// load. Only imports that stay in the compiled code count: `import type` is left out, and so
// is `import()`, which loads later.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The module a specifier names, or undefined for packages and non-code files. */
function resolveSpecifier(from, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = join(src, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile());
}

/** Import and re-export specifiers that remain at run time. */
function runtimeImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

const graph = new Map();
for (const file of sourceFiles(src)) {
  const targets = runtimeImports(file)
    .map((specifier) => resolveSpecifier(file, specifier))
    .filter((target) => target !== undefined);
  graph.set(file, [...new Set(targets)]);
}

// Tarjan's strongly connected components: every component with more than one module (or a
// module importing itself) is a circle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];

function visit(node) {
  index.set(node, counter);
  low.set(node, counter);
  counter += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), index.get(next)));
    }
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) circles.push(component);
  }
}

for (const node of graph.keys()) if (!index.has(node)) visit(node);

if (circles.length > 0) {
  for (const circle of circles) {
    console.error("import-cycles: these modules import each other in a circle:");
    for (const member of circle.sort()) console.error(`  ${relative(root, member)}`);
  }
  process.exit(1);
}
console.log(`import-cycles: ${graph.size} modules, no circular imports`);
