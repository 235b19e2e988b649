// On a consultation page: the agency's answer record and, for signed-in people, the quick ratings.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Consultation } from "@/api/types";
import { useSignedIn } from "@/features/auth";
import { AccountabilityFigures } from "./AccountabilityFigures";
import { useFeedback } from "./api";
import "./agency.css";
import "./i18n";
import { RatingForm } from "./RatingForm";

export function ConsultationFeedback({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation("agency");
  const signedIn = useSignedIn();
  const feedback = useFeedback(consultation.slug);
  return (
    <div className="consultation-feedback">
      {consultation.accountability ? <AccountabilityFigures figures={consultation.accountability} /> : <div />}
      <div className="card">
        {signedIn ? (
          <RatingForm
            onSubmit={(r) => feedback.mutateAsync(r)}
            earlier={consultation.my_ratings ?? undefined}
            error={feedback.error}
            busy={feedback.isPending}
          />
        ) : (
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(`/c/${consultation.slug}`)}`}>{t("ratings.signIn")}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
