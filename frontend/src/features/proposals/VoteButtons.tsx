// Agree / disagree / pass with their counts; pressing one's current vote again retracts it.
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Proposal, VoteValue } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { formatNumber } from "@/i18n/dates";
import { useVote } from "./api";

const CHOICES: VoteValue[] = ["agree", "disagree", "pass"];

interface VoteButtonsProps {
  proposal: Proposal;
  signedIn: boolean;
  /** Why voting is closed, when it is. */
  closedReason: string | null;
}

export function VoteButtons({ proposal, signedIn, closedReason }: VoteButtonsProps) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const vote = useVote(proposal.id);
  const disabled = !signedIn || closedReason !== null || vote.isPending;

  return (
    <section className="vote-panel" aria-labelledby="vote-title">
      <h2 id="vote-title">{t("vote.title")}</h2>
      <div className="vote-buttons" role="group" aria-labelledby="vote-title">
        {CHOICES.map((choice) => {
          const chosen = proposal.my_vote === choice;
          return (
            <button
              key={choice}
              type="button"
              className={`vote-button vote-${choice}`}
              aria-pressed={chosen}
              disabled={disabled}
              onClick={() => vote.mutate(chosen ? null : choice)}
            >
              <span className="vote-label">{t(`vote.${choice}`)}</span>
              <span className="vote-count" data-testid={`count-${choice}`}>
                {formatNumber(proposal.counts[choice], i18n.language)}
              </span>
            </button>
          );
        })}
      </div>
      <p className="vote-status" aria-live="polite">
        {proposal.my_vote ? t("vote.yourVote", { vote: t(`vote.${proposal.my_vote}`) }) : null}
      </p>
      {proposal.my_vote && !disabled && (
        <button type="button" className="button button-link" onClick={() => vote.mutate(null)}>
          {t("vote.retract")}
        </button>
      )}
      {!signedIn && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
            {t("vote.signInToVote")}
          </Link>
        </p>
      )}
      {signedIn && closedReason && <p className="muted">{closedReason}</p>}
      <ErrorNotice error={vote.error} />
    </section>
  );
}
