// An organisation's public profile: kind, parent, province, verified badge, member count, and
// its public activity; owners find the way to manage it, administrators the verify control.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useMe } from "@/features/auth";
import { consultationTitle } from "@/features/consultations";
import { useOrganization, useSetVerified, type OrganizationProfile } from "./api";
import "./i18n";
import "./organizations.css";
import { VerifiedBadge } from "./VerifiedBadge";

function VerifyControl({ org }: { org: OrganizationProfile }) {
  const { t } = useTranslation("organizations");
  const setVerified = useSetVerified(org.slug);
  return (
    <section className="card" aria-labelledby="verify-title">
      <h2 id="verify-title">{t("profile.adminTitle")}</h2>
      <button
        type="button"
        className={org.verified ? "button" : "button button-primary"}
        disabled={setVerified.isPending}
        onClick={() => setVerified.mutate(!org.verified)}
      >
        {org.verified ? t("profile.unverify") : t("profile.verify")}
      </button>
      <ErrorNotice error={setVerified.error} />
    </section>
  );
}

function Profile({ org }: { org: OrganizationProfile }) {
  const { t, i18n } = useTranslation("organizations");
  usePageTitle(org.name);
  const { me } = useMe();
  const mine = me?.organizations.find((o) => o.id === org.id);
  const isAdmin = me?.role === "admin";
  return (
    <article>
      <h1>
        {org.name} <VerifiedBadge verified={org.verified} />
      </h1>
      <p className="muted">
        {t(`kinds.${org.kind}`)} · {t("profile.members", { count: org.member_count })}
        {!org.verified && ` · ${t("badge.unverified")}`}
      </p>
      <dl>
        {org.parent && (
          <>
            <dt>{t("profile.parent")}</dt>
            <dd>
              <Link to={`/o/${org.parent.slug}`}>{org.parent.name}</Link> <VerifiedBadge verified={org.parent.verified} />
            </dd>
          </>
        )}
        {org.province && (
          <>
            <dt>{t("profile.province")}</dt>
            <dd>{org.province}</dd>
          </>
        )}
        {org.website && (
          <>
            <dt>{t("profile.website")}</dt>
            <dd>
              <a href={org.website} rel="noopener noreferrer nofollow">
                {org.website}
              </a>
            </dd>
          </>
        )}
      </dl>
      {org.description && <p>{org.description}</p>}
      {(mine || isAdmin) && (
        <p>
          <Link to={`/o/${org.slug}/manage`}>{t("profile.manage")}</Link>
        </p>
      )}
      {isAdmin && <VerifyControl org={org} />}
      <section aria-labelledby="endorsed-title">
        <h2 id="endorsed-title">{t("profile.endorsed")}</h2>
        {org.endorsed_proposals.length === 0 ? (
          <p className="muted">{t("profile.noEndorsed")}</p>
        ) : (
          <ul className="plain-list">
            {org.endorsed_proposals.map((p) => (
              <li key={p.proposal_id}>
                <Link to={`/p/${p.proposal_id}`}>{p.title}</Link>{" "}
                <span className="muted">
                  <DateText iso={p.endorsed_at} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(org.answers.length > 0 || org.scorecard.required > 0) && (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">{t("profile.answers")}</h2>
          {org.scorecard.required > 0 && (
            <p>
              {t("profile.scorecard", {
                required: org.scorecard.required,
                onTime: org.scorecard.answered_on_time,
                late: org.scorecard.answered_late,
                overdue: org.scorecard.overdue,
              })}
            </p>
          )}
          <ul className="plain-list">
            {org.answers.map((a) => (
              <li key={a.proposal_id}>
                <Link to={`/p/${a.proposal_id}`}>{a.title}</Link>{" "}
                {a.responded_at && (
                  <span className="muted">
                    <DateText iso={a.responded_at} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {org.consultations.length > 0 && (
        <section aria-labelledby="consultations-title">
          <h2 id="consultations-title">{t("profile.consultations")}</h2>
          <ul className="plain-list">
            {org.consultations.map((c) => (
              <li key={c.id}>
                <Link to={`/c/${c.slug}`}>{consultationTitle(c, i18n.language)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

export function OrganizationPage() {
  const { slug = "" } = useParams();
  const organization = useOrganization(slug);
  return <QueryState query={organization}>{(org) => <Profile org={org} />}</QueryState>;
}
