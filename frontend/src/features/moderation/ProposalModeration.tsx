// On a proposal's page, for those who moderate its consultation: the queue's decisions, taken
// where the problem is seen, without waiting for someone to report it.
import { useTranslation } from "react-i18next";
import type { Proposal } from "@/api/types";
import { ActionForm } from "./ActionForm";

export function ProposalModeration({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  return (
    <details className="card proposal-moderation">
      <summary>{t("moderation.onPage.title")}</summary>
      <ActionForm
        item={{
          target_type: "proposal",
          target_id: proposal.id,
          hidden: proposal.hidden,
          locked: proposal.locked,
          author: proposal.author,
        }}
        onDone={() => undefined}
      />
    </details>
  );
}
