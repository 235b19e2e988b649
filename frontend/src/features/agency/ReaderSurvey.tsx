// The reader survey at the end of a consultation or a result: three 1–5 questions and an
// optional comment, for signed-in and signed-out readers alike. Sending again replaces the
// earlier answer (the browser's, or the account's).
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { useSignedIn } from "@/features/auth";
import { useSurveyAnswer, type SubjectType, type SurveyAnswer } from "./api";
import "./agency.css";
import "./i18n";
import { RATING_QUESTIONS, ScoreScale } from "./ScoreScale";
import { browserToken, keepAnswer, keepBrowserToken, storedAnswer } from "./surveyStorage";

export const COMMENT_MAX = 1000;

type Scores = Record<(typeof RATING_QUESTIONS)[number], number>;

interface ReaderSurveyProps {
  subject: SubjectType;
  /** The id (or, for a consultation, the slug) the answer is about. */
  id: string;
  /** A signed-in reader's earlier ratings, as the server has them. */
  earlier?: (Scores & { updated_at: string }) | undefined;
}

export function ReaderSurvey({ subject, id, earlier }: ReaderSurveyProps) {
  const { t } = useTranslation("agency");
  const signedIn = useSignedIn();
  const send = useSurveyAnswer(subject, id);
  const fieldErrors = useFieldErrors(send.error);
  const kept = signedIn ? undefined : storedAnswer(subject, id);
  const start = kept ?? earlier;
  const [scores, setScores] = useState<Partial<Scores>>(() =>
    start ? { usefulness: start.usefulness, understanding: start.understanding, satisfaction: start.satisfaction } : {},
  );
  const [comment, setComment] = useState(kept?.comment ?? "");
  const [answer, setAnswer] = useState<SurveyAnswer | undefined>(kept);
  const [thanked, setThanked] = useState(false);
  const [editing, setEditing] = useState(!kept);
  const complete = RATING_QUESTIONS.every((q) => scores[q] !== undefined);
  const titleId = `survey-title-${subject}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    const token = signedIn ? undefined : browserToken();
    send
      .mutateAsync({
        ...(scores as Scores),
        comment: comment.trim() === "" ? null : comment,
        ...(token ? { browser_token: token } : {}),
      })
      .then(
        (saved) => {
          if (!signedIn) {
            if (saved.browser_token) keepBrowserToken(saved.browser_token);
            keepAnswer(subject, id, saved);
          }
          setAnswer(saved);
          setThanked(true);
          setEditing(false);
        },
        () => undefined,
      );
  };

  if (answer && !editing) {
    return (
      <section className="reader-survey" aria-labelledby={titleId}>
        <h2 id={titleId}>{t("survey.title")}</h2>
        {thanked ? (
          <p className="notice notice-success" role="status">
            {t("survey.thanks")}
          </p>
        ) : (
          <p className="muted">
            {t("survey.earlier")} <DateText iso={answer.updated_at} />
          </p>
        )}
        <h3>{t("survey.yourAnswer")}</h3>
        <dl className="survey-answer">
          {RATING_QUESTIONS.map((q) => (
            <div key={q}>
              <dt>{t(`survey.${q}`)}</dt>
              <dd>{t("ratings.score", { score: answer[q] })}</dd>
            </div>
          ))}
          <div>
            <dt>{t("survey.comment")}</dt>
            <dd>{answer.comment ?? t("survey.noComment")}</dd>
          </div>
        </dl>
        <button
          type="button"
          className="button"
          onClick={() => {
            setThanked(false);
            setEditing(true);
          }}
        >
          {t("survey.change")}
        </button>
      </section>
    );
  }

  return (
    <form className="form reader-survey" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>{t("survey.title")}</h2>
      <p className="muted">{t("survey.intro")}</p>
      {earlier && !kept && (
        <p className="muted">
          {t("survey.earlier")} <DateText iso={earlier.updated_at} />
        </p>
      )}
      {RATING_QUESTIONS.map((question) => (
        <ScoreScale
          key={question}
          name={`survey-${subject}-${question}`}
          legend={t(`survey.${question}`)}
          value={scores[question]}
          onChange={(score) => setScores({ ...scores, [question]: score })}
        />
      ))}
      <Field label={t("survey.comment")} hint={t("survey.commentHint")} error={fieldErrors.message("comment")}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(e) => {
              fieldErrors.edited("comment");
              setComment(e.target.value);
            }}
          />
        )}
      </Field>
      <ErrorNotice error={send.error} />
      <button type="submit" className="button button-primary" disabled={!complete || send.isPending}>
        {t("survey.send")}
      </button>
    </form>
  );
}
