// On a consultation page: the agency's answer record and the reader survey, open to everyone
// (a signed-in reader's answer is also their quick rating).
import type { Consultation } from "@/api/types";
import { AccountabilityFigures } from "./AccountabilityFigures";
import "./agency.css";
import "./i18n";
import { ReaderSurvey } from "./ReaderSurvey";

export function ConsultationFeedback({ consultation }: { consultation: Consultation }) {
  return (
    <div className="consultation-feedback">
      {consultation.accountability ? <AccountabilityFigures figures={consultation.accountability} /> : <div />}
      <div className="card">
        <ReaderSurvey subject="consultation" id={consultation.slug} earlier={consultation.my_ratings ?? undefined} />
      </div>
    </div>
  );
}
