// Lint rules. Besides the usual checks, imports flow one way: shared code (api, components,
// config, i18n, lib) → features → app. A feature may use another feature; nothing imports app.
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
    rules: { "no-restricted-imports": ["error", { patterns: [toApp] }] },
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
