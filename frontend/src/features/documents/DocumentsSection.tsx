// The documents section of a consultation's page: its published documents (and drafts, for
// their writers), and a form to start one.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import {
  DOCUMENT_KINDS,
  documentTitle,
  useConsultationDocuments,
  useCreateDocument,
  type DocumentKind,
} from "./api";
import "./i18n";

function NewDocumentForm({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation("documents");
  const create = useCreateDocument(consultationId);
  const errors = useFieldErrors(create.error);
  const navigate = useNavigate();
  const [kind, setKind] = useState<DocumentKind>("charter");
  const [title, setTitle] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { kind, title, paragraphs: [] },
      { onSuccess: (created) => void navigate(`/documents/${created.id}`) },
    );
  };
  return (
    <details>
      <summary>{t("create.title")}</summary>
      <form className="form" onSubmit={submit}>
        <Field label={t("create.kindLabel")}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("draft.titleLabel")} error={errors.message("title")}>
          {(control) => (
            <input
              {...control}
              value={title}
              onChange={(e) => {
                errors.edited("title");
                setTitle(e.target.value);
              }}
            />
          )}
        </Field>
        <ErrorNotice error={create.error} />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t("create.submit")}
        </button>
      </form>
    </details>
  );
}

export function DocumentsSection({ consultationId, slug }: { consultationId: string; slug: string }) {
  const { t, i18n } = useTranslation("documents");
  const common = useTranslation();
  const query = useConsultationDocuments(slug);
  const list = query.data;
  if (!list || (list.items.length === 0 && !list.viewer_may_write)) return null;
  return (
    <section aria-labelledby="codrafted-documents-title">
      <h2 id="codrafted-documents-title">{common.t("consultation.documentsTitle")}</h2>
      {list.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul>
          {list.items.map((d) => (
            <li key={d.id}>
              <Link to={`/documents/${d.id}`}>{documentTitle(d, i18n.language)}</Link> — {t(`kind.${d.kind}`)}
              {d.current_version ? (
                <>, {t("versionLabel", { number: d.current_version })}</>
              ) : (
                <>, {t("draftOnly")}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.viewer_may_write && <NewDocumentForm consultationId={consultationId} />}
    </section>
  );
}
