// Documents the answering organisation attaches to its official answer.
import { useTranslation } from "react-i18next";
import type { Proposal } from "@/api/types";
import { AttachmentList, AttachmentUpload } from "@/components/Attachments";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useAnswerAttachments } from "./api";

export function AnswerDocuments({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { attach, remove } = useAnswerAttachments(proposal.id);
  return (
    <div className="answer-documents">
      <h3>{t("attachments.ofAnswer")}</h3>
      <AttachmentList
        attachments={proposal.official_response?.attachments ?? []}
        onRemove={(id) => remove.mutate(id)}
        removing={remove.isPending}
      />
      <ErrorNotice error={remove.error} />
      <AttachmentUpload
        pending={attach.isPending}
        error={attach.error}
        onUpload={(file, done) => attach.mutate(file, { onSuccess: done })}
      />
    </div>
  );
}
