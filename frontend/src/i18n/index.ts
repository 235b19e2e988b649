// The translation catalogue and the chosen language: Thai by default, remembered per browser.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import th from "./th.json";

export const LANGUAGES = ["th", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "sala.language";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

export function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : "th";
  } catch {
    return "th";
  }
}

export const resources = { th: { translation: th }, en: { translation: en } } as const;

export async function initI18n(language: Language = storedLanguage()): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "th",
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { formatDate, formatDateTime, formatNumber } from "./dates";
