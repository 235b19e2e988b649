// Administrators publish a new version of the privacy notice or the terms of use, in both
// languages; the form starts from the version in force.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { useFieldErrors } from "@/components/useFieldErrors";
import { usePageTitle } from "@/components/usePageTitle";
import {
  LEGAL_KINDS,
  useLegalDocument,
  usePublishLegal,
  type LegalDocument,
  type LegalDocumentKind,
  type NewLegalVersion,
} from "./api";
import "./i18n";

function asKind(raw: string | undefined): LegalDocumentKind | undefined {
  return LEGAL_KINDS.find((kind) => kind === raw);
}

interface EditorFormProps {
  document: LegalDocument;
  publish: ReturnType<typeof usePublishLegal>;
}

function EditorForm({ document, publish }: EditorFormProps) {
  const { t } = useTranslation("legal");
  const errors = useFieldErrors(publish.error);
  const [values, setValues] = useState<NewLegalVersion>({
    title_th: document.title_th,
    title_en: document.title_en,
    body_th: document.body_th,
    body_en: document.body_en,
  });
  const change = (field: keyof NewLegalVersion) => (value: string) => {
    errors.edited(field);
    setValues((v) => ({ ...v, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate(values);
  };
  const title = (field: "title_th" | "title_en", label: string) => (
    <Field label={label} error={errors.message(field)}>
      {(control) => <input {...control} value={values[field]} onChange={(e) => change(field)(e.target.value)} />}
    </Field>
  );
  const body = (field: "body_th" | "body_en", label: string) => (
    <Field label={label} error={errors.message(field)}>
      {(control) => (
        <textarea {...control} rows={16} value={values[field]} onChange={(e) => change(field)(e.target.value)} />
      )}
    </Field>
  );
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <ErrorNotice error={publish.error} />
      {title("title_th", t("editor.titleTh"))}
      {body("body_th", t("editor.bodyTh"))}
      {title("title_en", t("editor.titleEn"))}
      {body("body_en", t("editor.bodyEn"))}
      <button type="submit" className="button button-primary" disabled={publish.isPending}>
        {t("editor.publish")}
      </button>
    </form>
  );
}

export function LegalEditorPage() {
  const { t } = useTranslation("legal");
  const kind = asKind(useParams().kind) ?? "privacy";
  const current = useLegalDocument(kind);
  // Here, not in the form: the form starts again from each new version it publishes.
  const publish = usePublishLegal(kind);
  const name = t(`kinds.${kind}`);
  usePageTitle(t("editor.title", { document: name }));
  return (
    <div className="narrow">
      <h1>{t("editor.title", { document: name })}</h1>
      <p>{t("editor.intro")}</p>
      {publish.isSuccess && (
        <p role="status" className="banner">
          {t("editor.published", { version: publish.data.version })}{" "}
          <Link to={`/${kind}`}>{t(`kinds.${kind}`)}</Link>
        </p>
      )}
      <QueryState query={current}>
        {(document) => (
          <>
            <p className="muted">{t("editor.current", { version: document.version })}</p>
            <EditorForm key={document.version} document={document} publish={publish} />
          </>
        )}
      </QueryState>
    </div>
  );
}
