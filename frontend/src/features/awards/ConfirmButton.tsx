// A button for a step that cannot be undone: the first press asks, in place, the second acts.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import "./i18n";

export function ConfirmButton({
  label,
  question,
  pending,
  onConfirm,
  danger = false,
}: {
  label: string;
  question: string;
  pending: boolean;
  onConfirm: (done: () => void) => void;
  danger?: boolean;
}) {
  const { t } = useTranslation("awards");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className={danger ? "button button-danger" : "button button-primary"}
        disabled={pending}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="confirm">
      <span>{question}</span>
      <button
        type="button"
        className={danger ? "button button-danger" : "button button-primary"}
        disabled={pending}
        onClick={() => onConfirm(() => setAsking(false))}
      >
        {t("manage.confirmYes")}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t("manage.cancel")}
      </button>
    </div>
  );
}
