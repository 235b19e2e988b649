// Lint rules. Besides the usual checks, imports flow one way: shared code (api, components,
// config, i18n, lib) → features → app. A feature may use another feature, but only through its
// public entry, src/features/<name>/index.ts; inside a feature, modules import each other
// relatively. Nothing imports app. (The router's lazy `import()` of pages is not an import
// declaration, so it may name a page module.)
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const toApp = {
  regex: "^(@/app(/|$)|(\\.\\./)+app(/|$))",
  message: "Only src/app composes the app; features and shared code must not import it.",
};
const toFeatures = {
  regex: "^(@/features(/|$)|(\\.\\./)+features(/|$))",
  message: "Shared code must not depend on a feature; move the piece to shared code instead.",
};
const intoFeature = {
  regex: "^@/features/[^/]+/",
  message: "Import a feature through its public entry, @/features/<name>; export what you need from its index.ts.",
};
/** Leaving the feature by a relative path, from a file `depth` folders below the feature's own. */
const outOfFeature = (depth) => ({
  regex: `^(\\.\\./){${depth}}\\.\\.(/|$)`,
  message: "Relative imports stay inside the feature: reach another feature through @/features/<name>, shared code through @/….",
});
/** A feature's own public entry, which is for other features. */
const ownEntry = (name) => ({
  regex: `^@/features/${name}$`,
  message: "Inside a feature, import its modules relatively; its index.ts is for other features.",
});

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "screenshots", "src/api/schema.d.ts"] },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.browser,
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat["recommended-latest"]],
  },
  {
    files: ["src/features/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [toApp, intoFeature] }] },
  },
  // The same, plus no way out of the feature by `../` and no import of its own entry, for files
  // up to three folders deep inside each feature (a later block replaces the rule's options).
  ...features.flatMap((name) =>
    [0, 1, 2, 3].map((depth) => ({
      files: [`src/features/${name}/${"*/".repeat(depth)}*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": ["error", { patterns: [toApp, intoFeature, outOfFeature(depth), ownEntry(name)] }],
      },
    })),
  ),
  {
    files: ["src/app/**/*.{ts,tsx}", "src/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [intoFeature] }] },
  },
  {
    files: ["src/{api,components,config,i18n,lib,test}/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [toApp, toFeatures] }] },
  },
  {
    files: ["scripts/**/*.mjs", "e2e/**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
);
