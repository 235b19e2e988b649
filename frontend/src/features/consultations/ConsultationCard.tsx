import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Consultation } from "@/api/types";
import { DateText } from "@/components/DateText";
import { PhaseBadge } from "@/components/PhaseBadge";
import { formatNumber } from "@/i18n/dates";
import { consultationSummary, consultationTitle } from "./text";

export function ConsultationCard({ consultation }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const closes = consultation.timeline.closes_at;
  return (
    <article className="card consultation-card">
      <PhaseBadge phase={consultation.phase} />
      <h3>
        <Link to={`/c/${consultation.slug}`}>{consultationTitle(consultation, i18n.language)}</Link>
      </h3>
      <p>{consultationSummary(consultation, i18n.language)}</p>
      <p className="meta">
        <span>
          {t("consultation.proposalCount", {
            count: consultation.proposal_count,
            formatted: formatNumber(consultation.proposal_count, i18n.language),
          })}
        </span>
        {closes && (
          <span>
            {t("consultation.closesOn")} <DateText iso={closes} />
          </span>
        )}
      </p>
    </article>
  );
}
