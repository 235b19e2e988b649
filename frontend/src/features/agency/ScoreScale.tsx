// A 1–5 score as a row of labelled radio buttons, usable by keyboard (arrow keys within the group).
import { useTranslation } from "react-i18next";
import "./agency.css";
import "./i18n";

export const SCORES = [1, 2, 3, 4, 5] as const;

/** The three questions of the quick ratings and the reader surveys. */
export const RATING_QUESTIONS = ["usefulness", "understanding", "satisfaction"] as const;

interface ScoreScaleProps {
  name: string;
  legend: string;
  value: number | undefined;
  onChange: (score: number) => void;
}

export function ScoreScale({ name, legend, value, onChange }: ScoreScaleProps) {
  const { t } = useTranslation("agency");
  return (
    <fieldset className="score-scale">
      <legend>{legend}</legend>
      <div className="choice-row">
        {SCORES.map((score) => (
          <label key={score} className="chip">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-label={t("ratings.score", { score })}
            />
            <span aria-hidden="true">{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
