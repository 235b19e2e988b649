// One consultation: what it asks, when each phase runs, its themes and provinces, its proposals.
import { useTranslation } from "react-i18next";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { consultationKeys } from "@/api/queryKeys";
import { PhaseBadge } from "@/components/PhaseBadge";
import { QueryState } from "@/components/QueryState";
import { RichText } from "@/components/RichText";
import { Tags } from "@/components/Tags";
import { usePageTitle } from "@/components/usePageTitle";
import { canManageConsultations, useMe, useSignedIn } from "@/features/auth";
import { ConsultationFeedback } from "@/features/agency";
import { DocumentsSection } from "@/features/documents";
import { FollowButton } from "@/features/follows";
import { ProposalList } from "@/features/proposals";
import { useConsultation } from "./api";
import { ConsultationDocuments } from "./ConsultationDocuments";
import { PhaseTimeline } from "./PhaseTimeline";
import { consultationSummary, consultationTitle } from "./text";

export function ConsultationPage() {
  const { t, i18n } = useTranslation();
  const { slug } = useParams();
  const query = useConsultation(slug);
  const signedIn = useSignedIn();
  const { me } = useMe();
  // On a phone the full text would push the proposals screens down: it opens on request.
  const [bodyOpen, setBodyOpen] = useState(false);
  usePageTitle(query.data && consultationTitle(query.data, i18n.language));

  return (
    <QueryState query={query}>
      {(consultation) => {
        const newProposalPath = `/c/${consultation.slug}/new`;
        return (
          <article className="consultation">
            <header className="page-header">
              <PhaseBadge phase={consultation.phase} />
              <h1>{consultationTitle(consultation, i18n.language)}</h1>
              <p className="lead">{consultationSummary(consultation, i18n.language)}</p>
              <div className="actions">
                {consultation.allowed.propose &&
                  (signedIn ? (
                    <Link className="button button-primary" to={newProposalPath}>
                      {t("proposal.new")}
                    </Link>
                  ) : (
                    <Link
                      className="button button-primary"
                      to={`/sign-in?next=${encodeURIComponent(newProposalPath)}`}
                    >
                      {t("proposal.signInToPropose")}
                    </Link>
                  ))}
                {signedIn && (
                  <FollowButton
                    target="consultation"
                    id={consultation.slug}
                    following={!!consultation.following}
                    queryKey={consultationKeys.one(slug ?? consultation.slug)}
                  />
                )}
                {canManageConsultations(me) && (
                  <Link className="button" to={`/admin/consultations/${consultation.slug}`}>
                    {t("admin.edit")}
                  </Link>
                )}
                <Link className="button" to={`/c/${consultation.slug}/results`}>
                  {t("results.link")}
                </Link>
                <a className="button" href="#proposals-title">
                  {t("consultation.toProposals", { count: consultation.proposal_count })}
                </a>
              </div>
            </header>

            <section aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t("consultation.timeline")}</h2>
              <PhaseTimeline consultation={consultation} />
            </section>

            <div className="two-column">
              <section
                aria-labelledby="about-title"
                className={bodyOpen ? "consultation-body" : "consultation-body consultation-body-folded"}
              >
                <h2 id="about-title">{t("consultation.about")}</h2>
                <div id="consultation-text">
                  <RichText html={consultation.body_html} />
                </div>
                <button
                  type="button"
                  className="button consultation-body-toggle"
                  aria-expanded={bodyOpen}
                  aria-controls="consultation-text"
                  onClick={() => setBodyOpen((open) => !open)}
                >
                  {bodyOpen ? t("consultation.showLess") : t("consultation.showAll")}
                </button>
              </section>
              <aside className="consultation-facts" aria-label={t("consultation.facts")}>
                <h2>{t("consultation.themes")}</h2>
                {consultation.themes.length > 0 ? (
                  <Tags label={t("consultation.themes")} items={consultation.themes} />
                ) : (
                  <p>{t("consultation.noThemes")}</p>
                )}
                <h2>{t("consultation.provinces")}</h2>
                {consultation.provinces.length > 0 ? (
                  <Tags label={t("consultation.provinces")} items={consultation.provinces} />
                ) : (
                  <p>{t("consultation.nationwide")}</p>
                )}
                {(canManageConsultations(me) || (consultation.attachments?.length ?? 0) > 0) && (
                  <ConsultationDocuments consultation={consultation} manage={canManageConsultations(me)} />
                )}
              </aside>
            </div>

            <DocumentsSection consultationId={consultation.id} slug={consultation.slug} />

            <section aria-labelledby="proposals-title">
              <h2 id="proposals-title">
                {t("proposal.listTitle")}{" "}
                <span className="count">({consultation.proposal_count})</span>
              </h2>
              <ProposalList consultation={consultation} />
            </section>

            <ConsultationFeedback consultation={consultation} />
          </article>
        );
      }}
    </QueryState>
  );
}
