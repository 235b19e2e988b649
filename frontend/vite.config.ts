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
