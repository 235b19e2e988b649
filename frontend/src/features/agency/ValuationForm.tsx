// A valuator's scores for a proposal, one per criterion of its consultation, each with a note.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useValuation, type CriterionScore } from "./api";
import "./i18n";
import { ScoreScale } from "./ScoreScale";

/** The scores to send: only criteria that were scored, notes trimmed and left out when empty. */
export function scoresToSend(scores: Record<string, number>, notes: Record<string, string>): CriterionScore[] {
  return Object.entries(scores).map(([criterion, score]) => {
    const note = notes[criterion]?.trim();
    return note ? { criterion, score, note } : { criterion, score };
  });
}

export function ValuationForm({ proposalId, criteria }: { proposalId: string; criteria: string[] }) {
  const { t } = useTranslation("agency");
  const valuation = useValuation(proposalId);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const toSend = scoresToSend(scores, notes);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (toSend.length > 0) valuation.mutate(toSend);
  };

  return (
    <form className="form card valuation-form" onSubmit={submit} aria-labelledby="valuation-title">
      <h2 id="valuation-title">{t("valuation.title")}</h2>
      <p className="muted">{t("valuation.intro")}</p>
      {criteria.map((criterion, i) => (
        <div key={criterion}>
          <ScoreScale
            name={`valuation-${i}`}
            legend={t("valuation.score", { criterion })}
            value={scores[criterion]}
            onChange={(score) => setScores({ ...scores, [criterion]: score })}
          />
          <Field label={t("valuation.note", { criterion })}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={notes[criterion] ?? ""}
                onChange={(e) => setNotes({ ...notes, [criterion]: e.target.value })}
              />
            )}
          </Field>
        </div>
      ))}
      <ErrorNotice error={valuation.error} />
      {valuation.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("valuation.saved")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={valuation.isPending || toSend.length === 0}>
        {t("valuation.save")}
      </button>
    </form>
  );
}
