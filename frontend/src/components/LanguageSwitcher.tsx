// Thai / English toggle; each name is written in its own language so anyone can find theirs.
import { useTranslation } from "react-i18next";
import { changeLanguage, LANGUAGES, type Language } from "@/i18n";

const NAMES: Record<Language, string> = { th: "ไทย", en: "English" };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void changeLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
