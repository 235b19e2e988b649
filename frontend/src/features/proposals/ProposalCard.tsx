import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Proposal } from "@/api/types";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { excerpt, voteShares } from "./excerpt";
import { ProposalImage } from "./ProposalImage";
import { StatusBadge } from "./StatusBadge";

export function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { counts } = proposal;
  const shares = voteShares(counts);
  const voted = counts.agree + counts.disagree + counts.pass > 0;
  const cover = proposal.images[0];
  return (
    <article className={cover ? "proposal-card proposal-card-with-image" : "proposal-card"}>
      {cover && (
        <ProposalImage
          className="proposal-card-image"
          path={cover.thumbnail_url}
          restricted={proposal.hidden}
          alt={cover.alt}
          width={cover.width}
          height={cover.height}
          loading="lazy"
        />
      )}
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
      <p className="proposal-excerpt">{excerpt(proposal.body)}</p>
      {/* The counts below say the same in words; the bar only lets the eye compare cards. */}
      {voted && (
        <div className="vote-bar" aria-hidden="true">
          <span className="vote-bar-agree" style={{ width: `${shares.agree}%` }} />
          <span className="vote-bar-disagree" style={{ width: `${shares.disagree}%` }} />
          <span className="vote-bar-pass" style={{ width: `${shares.pass}%` }} />
        </div>
      )}
      <ul className="tally" aria-label={t("vote.tally")}>
        <li>{t("vote.agreeCount", { count: counts.agree })}</li>
        <li>{t("vote.disagreeCount", { count: counts.disagree })}</li>
        <li>{t("vote.passCount", { count: counts.pass })}</li>
        <li>{t("comment.count", { count: counts.comments })}</li>
      </ul>
    </article>
  );
}
