// The three quick ratings of a consultation; sending them again replaces the earlier ones.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import type { FeedbackRequest } from "./api";
import "./i18n";
import { ScoreScale } from "./ScoreScale";

export const RATING_QUESTIONS = ["usefulness", "understanding", "satisfaction"] as const;

interface RatingFormProps {
  onSubmit: (ratings: FeedbackRequest) => Promise<unknown>;
  /** The reader's earlier ratings, so that coming back shows what they gave. */
  earlier?: FeedbackRequest & { updated_at: string };
  error?: unknown;
  busy?: boolean;
}

export function RatingForm({ onSubmit, earlier, error, busy = false }: RatingFormProps) {
  const { t } = useTranslation("agency");
  const [ratings, setRatings] = useState<Partial<FeedbackRequest>>(() =>
    earlier
      ? { usefulness: earlier.usefulness, understanding: earlier.understanding, satisfaction: earlier.satisfaction }
      : {},
  );
  const [saved, setSaved] = useState(false);
  const complete = RATING_QUESTIONS.every((q) => ratings[q] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    setSaved(false);
    onSubmit(ratings as FeedbackRequest).then(
      () => setSaved(true),
      () => undefined,
    );
  };

  return (
    <form className="form rating-form" onSubmit={submit} aria-labelledby="rating-title">
      <h2 id="rating-title">{t("ratings.title")}</h2>
      <p className="muted">{t("ratings.intro")}</p>
      {earlier && (
        <p className="muted">
          {t("ratings.earlier")} <DateText iso={earlier.updated_at} />
        </p>
      )}
      {RATING_QUESTIONS.map((question) => (
        <ScoreScale
          key={question}
          name={`rating-${question}`}
          legend={t(`ratings.${question}`)}
          value={ratings[question]}
          onChange={(score) => {
            setSaved(false);
            setRatings({ ...ratings, [question]: score });
          }}
        />
      ))}
      <ErrorNotice error={error} />
      {saved && (
        <p className="notice notice-success" role="status">
          {t("ratings.saved")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={!complete || busy}>
        {t("ratings.save")}
      </button>
    </form>
  );
}
