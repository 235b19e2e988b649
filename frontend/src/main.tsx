// Boot: check the deployment settings, connect the API client, load the language, render.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { configureApi } from "@/api/client";
import { readConfig } from "@/config";
import { initI18n } from "@/i18n";
import { App } from "./app/App";
import "./app/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

/** Without a usable configuration nothing else can work, so say so plainly in both languages. */
function showConfigError(error: unknown): void {
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.className = "boot-error";
  const detail = error instanceof Error ? error.message : String(error);
  box.textContent = `ตั้งค่าเว็บไม่ถูกต้อง · The web app is misconfigured: ${detail}`;
  root?.replaceChildren(box);
}

async function boot(): Promise<void> {
  let config;
  try {
    config = readConfig(window.__SALA_CONFIG__, import.meta.env.VITE_API_ORIGIN);
  } catch (error) {
    showConfigError(error);
    return;
  }
  configureApi(config);
  await initI18n();
  createRoot(root!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
