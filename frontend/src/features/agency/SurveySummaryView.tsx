// The reader surveys on the agency dashboard: per subject (the consultation, then each result)
// the answers, the scores and the comments, or a note that fewer than k readers answered.
import { useTranslation } from "react-i18next";
import { QueryState } from "@/components/QueryState";
import { formatNumber } from "@/i18n/dates";
import { useSurveySummary, type SurveySubject } from "./api";
import "./i18n";
import { ScoresTable } from "./SummaryTables";

function Subject({ subject, k }: { subject: SurveySubject; k: number }) {
  const { t, i18n } = useTranslation("agency");
  const { usefulness, understanding, satisfaction } = subject;
  const headingId = `survey-${subject.subject_id}`;
  return (
    <section className="survey-subject" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`surveys.${subject.subject_type}`)}: {subject.title}
      </h3>
      {subject.shown && usefulness && understanding && satisfaction ? (
        <>
          <p>{t("surveys.answers", { count: subject.answers ?? 0, formatted: formatNumber(subject.answers ?? 0, i18n.language) })}</p>
          <ScoresTable
            scores={{ usefulness, understanding, satisfaction }}
            caption={t("surveys.scores", { title: subject.title })}
            questions="survey"
          />
          <h4>{t("surveys.comments")}</h4>
          {subject.comments.length === 0 ? (
            <p className="muted">{t("surveys.noComments")}</p>
          ) : (
            <ul className="survey-comments">
              {subject.comments.map((comment, i) => (
                <li key={i}>{comment}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t("surveys.fewer", { k })}</p>
      )}
    </section>
  );
}

export function SurveySummaryView({ consultation }: { consultation: string }) {
  const { t } = useTranslation("agency");
  const summary = useSurveySummary(consultation);
  return (
    <QueryState query={summary}>
      {(data) => (
        <>
          <p className="muted">{t("surveys.intro", { k: data.k })}</p>
          {data.subjects.map((subject) => (
            <Subject key={subject.subject_id} subject={subject} k={data.k} />
          ))}
        </>
      )}
    </QueryState>
  );
}
