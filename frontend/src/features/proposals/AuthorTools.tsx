// What the author can do with their own proposal: edit it during ideation, or withdraw it.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Consultation, Proposal } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useUpdateProposal, useWithdrawProposal } from "./api";
import { ProposalForm } from "./ProposalForm";

export function AuthorTools({ proposal, consultation }: { proposal: Proposal; consultation: Consultation }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const update = useUpdateProposal(proposal.id);
  const withdraw = useWithdrawProposal(proposal.id);
  if (proposal.status === "withdrawn") return null;

  if (editing) {
    return (
      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t("proposal.edit")}</h2>
        <ProposalForm
          initial={{
            title: proposal.title,
            body: proposal.body,
            theme: proposal.theme ?? "",
            province: proposal.province ?? "",
          }}
          themes={consultation.themes}
          provinces={consultation.provinces}
          submitLabel={t("common.save")}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
          onCancel={() => setEditing(false)}
        />
      </section>
    );
  }

  return (
    <div className="actions author-tools">
      {consultation.allowed.propose && !proposal.locked && (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t("proposal.edit")}
        </button>
      )}
      {confirmingWithdraw ? (
        <div role="group" aria-label={t("proposal.withdrawConfirm")} className="confirm">
          <span>{t("proposal.withdrawConfirm")}</span>
          <button
            type="button"
            className="button button-danger"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate(undefined, { onSuccess: () => setConfirmingWithdraw(false) })}
          >
            {t("proposal.withdrawYes")}
          </button>
          <button type="button" className="button" onClick={() => setConfirmingWithdraw(false)}>
            {t("common.cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirmingWithdraw(true)}>
          {t("proposal.withdraw")}
        </button>
      )}
      <ErrorNotice error={withdraw.error} />
    </div>
  );
}
