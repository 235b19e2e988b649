import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Proposal } from "@/api/types";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { StatusBadge } from "./StatusBadge";

export function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { counts } = proposal;
  return (
    <article className="proposal-card">
      <h3>
        <Link to={`/p/${proposal.id}`}>{proposal.title}</Link>
      </h3>
      <p className="meta">
        {proposal.pinned && <span className="badge">{t("proposal.pinned")}</span>}
        <StatusBadge status={proposal.status} />
        <span>{authorName(proposal.author, t)}</span>
        <DateText iso={proposal.created_at} />
        {proposal.theme && <span className="tag">{proposal.theme}</span>}
        {proposal.province && <span className="tag">{proposal.province}</span>}
      </p>
      <ul className="tally" aria-label={t("vote.tally")}>
        <li>{t("vote.agreeCount", { count: counts.agree })}</li>
        <li>{t("vote.disagreeCount", { count: counts.disagree })}</li>
        <li>{t("vote.passCount", { count: counts.pass })}</li>
        <li>{t("comment.count", { count: counts.comments })}</li>
      </ul>
    </article>
  );
}
