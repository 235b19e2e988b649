// A result's progress: a bar for the eye, and the number in words for everyone (the bar's
// colour never carries the meaning alone).
import { useTranslation } from "react-i18next";

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="result-progress">
      <progress max={100} value={value} aria-label={label}>
        {value}%
      </progress>
      <span className="result-progress-text">{t("results.percentDone", { value })}</span>
    </div>
  );
}
