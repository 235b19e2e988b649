/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// During `npm run dev`, API calls go to a local `sala serve` (SALA_DEV_API overrides).
const devApi = process.env.SALA_DEV_API ?? "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    proxy: { "/api": devApi, "/health": devApi },
  },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      // A feature's index.ts only re-exports. Marked free of side effects, importing one piece
      // from it brings in that piece alone, not the feature's other exports with their strings
      // and styles, so the header's links do not pull agency or search code into the first download.
      treeshake: {
        moduleSideEffects: [{ test: /\/src\/features\/[^/]+\/index\.ts$/, sideEffects: false, external: false }],
      },
      // Libraries change less often than the app: one chunk for them keeps them cached across releases.
      output: { codeSplitting: { groups: [{ name: "vendor", test: /node_modules/ }] } },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    restoreMocks: true,
  },
});
