// An assessor's own part of an application's assessment: first the declaration of any
// conflict of interest, then (once the award closes applications) a 1–5 score per criterion,
// grouped by dimension, with their weighted total once every criterion is scored.
import { Fragment, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { criterionName, useDeclare, useScore, type Assessment, type Assessor } from "./api";
import { AwardErrorNotice } from "./AwardErrorNotice";
import { formatPercent, groupByDimension, scoreDraft, SCORES, scoresToSend } from "./figures";
import "./i18n";

function DeclarationForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation("awards");
  const declare = useDeclare(applicationId);
  const errors = useFieldErrors(declare.error);
  const [choice, setChoice] = useState<"none" | "conflict" | "">("");
  const [note, setNote] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    const conflict = choice === "conflict";
    declare.mutate({ has_conflict: conflict, note: conflict ? note : null });
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="declaration-title">
      <h3 id="declaration-title">{t("assessment.declare")}</h3>
      <p>{t("assessment.declareLead")}</p>
      <fieldset className="award-declaration">
        <legend>{t("assessment.choice")}</legend>
        <label>
          <input
            type="radio"
            name="declaration"
            required
            checked={choice === "none"}
            onChange={() => setChoice("none")}
          />
          {t("assessment.noConflict")}
        </label>
        <label>
          <input
            type="radio"
            name="declaration"
            required
            checked={choice === "conflict"}
            onChange={() => setChoice("conflict")}
          />
          {t("assessment.conflict")}
        </label>
      </fieldset>
      {choice === "conflict" && (
        <Field label={t("assessment.noteLabel")} hint={t("assessment.noteHint")} error={errors.message("note")}>
          {(control) => (
            <textarea
              {...control}
              required
              rows={3}
              value={note}
              onChange={(e) => {
                errors.edited("note");
                setNote(e.target.value);
              }}
            />
          )}
        </Field>
      )}
      <AwardErrorNotice error={declare.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={declare.isPending || !choice}>
          {t("assessment.declareSubmit")}
        </button>
      </div>
    </form>
  );
}

function ScoreForm({ assessment, own }: { assessment: Assessment; own: Assessor }) {
  const { t, i18n } = useTranslation("awards");
  const score = useScore(assessment.application.id);
  const errors = useFieldErrors(score.error);
  const [draft, setDraft] = useState<Record<string, number | undefined>>(() => scoreDraft(own.scores));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    score.mutate(scoresToSend(draft, assessment.criteria));
  };
  const missing = errors.message("scores");
  return (
    <form className="form" onSubmit={submit} aria-labelledby="scores-title">
      <h3 id="scores-title">{t("assessment.scores")}</h3>
      <p className="field-hint">{t("assessment.scoreLead")}</p>
      {groupByDimension(assessment.criteria).map((group) => (
        <div key={group.dimension}>
          <h4>{t(`dimension.${group.dimension}`)}</h4>
          {group.criteria.map((c) => (
            <fieldset key={c.id} className="award-score">
              <legend>
                {t("assessment.criterionLegend", { name: criterionName(c, i18n.language), weight: c.weight })}
              </legend>
              <div className="award-score-options">
                {SCORES.map((value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`score-${c.id}`}
                      value={value}
                      checked={draft[c.id] === value}
                      onChange={() => {
                        errors.edited("scores");
                        setDraft((d) => ({ ...d, [c.id]: value }));
                      }}
                    />
                    {t("assessment.scoreOption", { score: value, meaning: t(`assessment.scale.${value}`) })}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      ))}
      {missing && <p className="field-error">{missing}</p>}
      <AwardErrorNotice error={score.error} />
      {score.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("assessment.saved")}
        </p>
      )}
      <div>
        <button type="submit" className="button button-primary" disabled={score.isPending}>
          {t("assessment.save")}
        </button>
      </div>
    </form>
  );
}

/** The assessor's scores as given, once the award is decided. */
function ScoresGiven({ assessment, own }: { assessment: Assessment; own: Assessor }) {
  const { t, i18n } = useTranslation("awards");
  const given = scoreDraft(own.scores);
  return (
    <div>
      <h3>{t("assessment.scores")}</h3>
      <ul>
        {assessment.criteria.map((c) => (
          <li key={c.id}>
            {criterionName(c, i18n.language)}:{" "}
            {given[c.id] === undefined ? t("assessment.notScored") : t("assessment.yourScore", { score: given[c.id] })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function OwnTotal({ own }: { own: Assessor }) {
  const { t, i18n } = useTranslation("awards");
  if (own.total == null) return <p className="field-hint">{t("assessment.totalPending")}</p>;
  return (
    <dl className="facts">
      <dt>{t("assessment.yourTotal")}</dt>
      <dd>{formatPercent(own.total, i18n.language)}</dd>
      {own.dimensions.map((d) => (
        <Fragment key={d.dimension}>
          <dt>{t(`dimension.${d.dimension}`)}</dt>
          <dd>{formatPercent(d.percent, i18n.language)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function AssessorPart({ assessment, own }: { assessment: Assessment; own: Assessor }) {
  const { t } = useTranslation("awards");
  const stage = assessment.award_stage;
  let body;
  if (own.has_conflict == null) {
    body = stage === "decided" ? <p>{t("assessment.closed")}</p> : <DeclarationForm applicationId={assessment.application.id} />;
  } else if (own.has_conflict) {
    body = (
      <div className="notice">
        <p>{t("assessment.recused")}</p>
        {own.conflict_note && <p className="pre-wrap">{t("assessment.yourNote", { note: own.conflict_note })}</p>}
      </div>
    );
  } else {
    body = (
      <>
        <p>{t("assessment.declaredNone")}</p>
        {stage === "open" && <p>{t("assessment.notYet")}</p>}
        {stage === "assessing" && <ScoreForm assessment={assessment} own={own} />}
        {stage === "decided" && (
          <>
            <p>{t("assessment.closed")}</p>
            <ScoresGiven assessment={assessment} own={own} />
          </>
        )}
        {stage !== "open" && <OwnTotal own={own} />}
      </>
    );
  }
  return (
    <section aria-labelledby="yours-title">
      <h2 id="yours-title">{t("assessment.yours")}</h2>
      {body}
    </section>
  );
}
