// A consultation's documents: downloads for everyone, adding and removing for those who run it.
import { useTranslation } from "react-i18next";
import type { Consultation } from "@/api/types";
import { AttachmentList, AttachmentUpload } from "@/components/Attachments";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useConsultationAttachments } from "./api";

export function ConsultationDocuments({ consultation, manage }: { consultation: Consultation; manage: boolean }) {
  const { t } = useTranslation();
  const { attach, remove } = useConsultationAttachments(consultation.slug);
  const attachments = consultation.attachments ?? [];
  return (
    <section className="consultation-documents" aria-labelledby="documents-title">
      <h2 id="documents-title">{t("attachments.title")}</h2>
      {attachments.length === 0 && <p>{t("attachments.none")}</p>}
      <AttachmentList
        attachments={attachments}
        onRemove={manage ? (id) => remove.mutate(id) : undefined}
        removing={remove.isPending}
      />
      <ErrorNotice error={remove.error} />
      {manage && (
        <AttachmentUpload
          pending={attach.isPending}
          error={attach.error}
          onUpload={(file, done) => attach.mutate(file, { onSuccess: done })}
        />
      )}
    </section>
  );
}
