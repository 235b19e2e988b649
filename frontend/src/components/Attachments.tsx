// Documents attached to a consultation or an answer: a list of downloads (each under its own
// name, with its size), and for those who manage them a way to add one or remove one.
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { apiUrl } from "@/api/client";
import type { components } from "@/api/schema";
import { ErrorNotice } from "./ErrorNotice";
import { Field } from "./Field";

export type Attachment = components["schemas"]["AttachmentResponse"];

/** What the picker offers; the server reads the real type from the bytes. */
const DOCUMENT_TYPES = ".pdf,.docx,.xlsx,.odt,.ods,.csv,.txt";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface ListProps {
  attachments: Attachment[];
  /** Given to those who may remove a document. */
  onRemove?: ((id: string) => void) | undefined;
  removing?: boolean;
}

export function AttachmentList({ attachments, onRemove, removing = false }: ListProps) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list">
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={apiUrl(a.url)} download={a.filename}>
            {a.filename}
          </a>{" "}
          <span className="meta">({size(a.bytes)})</span>
          {onRemove && (
            <button type="button" className="button" disabled={removing} onClick={() => onRemove(a.id)}>
              {t("attachments.remove", { name: a.filename })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

interface UploadProps {
  onUpload: (file: File, done: () => void) => void;
  pending: boolean;
  error: unknown;
}

export function AttachmentUpload({ onUpload, pending, error }: UploadProps) {
  const { t } = useTranslation();
  const formId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      return;
    }
    onUpload(file, () => {
      setFile(null);
      if (input.current) input.current.value = "";
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${formId}-title`} className="attachment-upload">
      <h3 id={`${formId}-title`}>{t("attachments.add")}</h3>
      <Field label={t("attachments.file")} hint={t("attachments.hint")} error={missing ? t("attachments.chooseFile") : undefined}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            accept={DOCUMENT_TYPES}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t("attachments.uploading") : t("attachments.upload")}
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
