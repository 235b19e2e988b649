// The consultation's phases in order, with their start dates and the current one marked.
import { useTranslation } from "react-i18next";
import type { Consultation, Phase } from "@/api/types";
import { DateText } from "@/components/DateText";

const STEPS: { phase: Phase; date: keyof Consultation["timeline"] }[] = [
  { phase: "ideation", date: "ideation_starts_at" },
  { phase: "voting", date: "voting_starts_at" },
  { phase: "review", date: "review_starts_at" },
  { phase: "closed", date: "closes_at" },
];

export function PhaseTimeline({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const current = STEPS.findIndex((step) => step.phase === consultation.phase);
  return (
    <ol className="timeline" aria-label={t("consultation.timeline")}>
      {STEPS.map((step, index) => {
        const date = consultation.timeline[step.date];
        const state = index < current ? "done" : index === current ? "current" : "upcoming";
        return (
          <li
            key={step.phase}
            className={`timeline-step timeline-${state}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="timeline-name">{t(`phase.${step.phase}`)}</span>
            <span className="timeline-date">
              {date ? <DateText iso={date} /> : t("consultation.dateUnset")}
            </span>
            {state === "current" && <span className="visually-hidden">{t("consultation.now")}</span>}
          </li>
        );
      })}
    </ol>
  );
}
