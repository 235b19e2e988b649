// Every component test renders with the real catalogues, in Thai unless it changes language.
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { initI18n } from "@/i18n";

beforeAll(async () => {
  await initI18n("th");
});

afterEach(() => {
  cleanup();
});
