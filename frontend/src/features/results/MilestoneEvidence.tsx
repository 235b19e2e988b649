// A milestone's attached evidence: listed for everyone, added and removed by the result's writers.
import { useTranslation } from "react-i18next";
import { AttachmentList, AttachmentUpload } from "@/components/Attachments";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useMilestoneAttachments, type ResultDetail } from "./api";

type Milestone = ResultDetail["milestones"][number];

export function MilestoneEvidence({ resultId, milestone, mayWrite }: { resultId: string; milestone: Milestone; mayWrite: boolean }) {
  const { t } = useTranslation();
  const { attach, remove } = useMilestoneAttachments(resultId, milestone.id);
  if (!mayWrite && milestone.attachments.length === 0) return null;
  return (
    <div className="milestone-evidence">
      <h4>{t("results.milestoneDocuments", { milestone: milestone.title })}</h4>
      <AttachmentList
        attachments={milestone.attachments}
        {...(mayWrite ? { onRemove: (id: string) => remove.mutate(id), removing: remove.isPending } : {})}
      />
      <ErrorNotice error={remove.error} />
      {mayWrite && (
        <AttachmentUpload
          pending={attach.isPending}
          error={attach.error}
          onUpload={(file, done) => attach.mutate(file, { onSuccess: done })}
        />
      )}
    </div>
  );
}
