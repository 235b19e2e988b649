// On a proposal page: the organizations endorsing it (and the endorse action for their members),
// the valuation form for valuators, and the answer form for the agency.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Consultation, Proposal } from "@/api/types";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useMe } from "@/features/auth";
import { VerifiedBadge } from "@/features/organizations";
import { AnswerDocuments } from "./AnswerDocuments";
import { AnswerForm } from "./AnswerForm";
import { useEndorsement } from "./api";
import "./agency.css";
import "./i18n";
import { endorsingMemberships, isAgencyReader, isValuator } from "./roles";
import { ValuationForm } from "./ValuationForm";

function Endorsements({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation("agency");
  const { me } = useMe();
  const { endorse, withdraw } = useEndorsement(proposal.id);
  const endorsements = proposal.endorsements ?? [];
  const endorsed = new Set(endorsements.map((e) => e.organization_id));
  const busy = endorse.isPending || withdraw.isPending;
  return (
    <section className="endorsements" aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">{t("endorse.title")}</h2>
      {endorsements.length > 0 ? (
        <ul className="plain-list">
          {endorsements.map((e) => (
            <li key={e.organization_id}>
              <Link to={`/o/${e.organization_slug}`}>
                <strong>{e.organization_name}</strong>
              </Link>{" "}
              <VerifiedBadge verified={e.organization_verified} /> <span className="muted"><DateText iso={e.endorsed_at} /></span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("endorse.none")}</p>
      )}
      <div className="actions">
        {endorsingMemberships(me).map((org) =>
          endorsed.has(org.id) ? (
            <button key={org.id} type="button" className="button" disabled={busy} onClick={() => withdraw.mutate(org.id)}>
              {t("endorse.withdraw", { name: org.name })}
            </button>
          ) : (
            <button
              key={org.id}
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => endorse.mutate(org.id)}
            >
              {t("endorse.as", { name: org.name })}
            </button>
          ),
        )}
      </div>
      <ErrorNotice error={endorse.error ?? withdraw.error} />
    </section>
  );
}

export function ProposalAgencyPanel({ proposal, consultation }: { proposal: Proposal; consultation: Consultation }) {
  const { t } = useTranslation("agency");
  const { me } = useMe();
  return (
    <div className="proposal-agency">
      <Endorsements proposal={proposal} />
      {isValuator(me) && consultation.criteria.length > 0 && (
        <ValuationForm proposalId={proposal.id} criteria={consultation.criteria} />
      )}
      {isAgencyReader(me) && (
        <section className="card" aria-labelledby="answer-title">
          <h2 id="answer-title">{t("answer.title")}</h2>
          <AnswerForm
            proposalId={proposal.id}
            initialText={proposal.official_response?.body ?? ""}
            initialStatus={proposal.status}
          />
          <AnswerDocuments proposal={proposal} />
        </section>
      )}
    </div>
  );
}
