// The writers' editor of a draft: title, English title and ordered paragraphs; save, then publish.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { usePublish, useSaveDraft, type VersionResponse } from "./api";
import { mergeDraft } from "./mergeDraft";
import "./i18n";

export function DraftEditor({ documentId, draft }: { documentId: string; draft: VersionResponse }) {
  const { t } = useTranslation("documents");
  const save = useSaveDraft(documentId);
  const publish = usePublish(documentId);
  const errors = useFieldErrors(save.error ?? publish.error);
  const [title, setTitle] = useState(draft.title);
  const [titleEn, setTitleEn] = useState(draft.title_en ?? "");
  const [paragraphs, setParagraphs] = useState(draft.paragraphs.map((p) => p.text));
  // The draft as last read from the server; when it changes under the editor (an amendment
  // accepted on this page), its new words come in without losing what the writer typed.
  const incoming = draft.paragraphs.map((p) => p.text);
  const [base, setBase] = useState(incoming);
  if (JSON.stringify(base) !== JSON.stringify(incoming)) {
    setBase(incoming);
    setParagraphs(mergeDraft(base, paragraphs, incoming));
  }
  const setParagraph = (index: number, text: string) => {
    errors.edited(`paragraphs[${index}]`);
    setParagraphs((all) => all.map((p, i) => (i === index ? text : p)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.reset();
    save.mutate({ title, title_en: titleEn.trim() || null, paragraphs });
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="draft-title">
      <h2 id="draft-title">{t("draft.title", { number: draft.number })}</h2>
      <p className="field-hint">{t("draft.lead")}</p>
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
      <Field label={t("draft.titleEnLabel")} error={errors.message("title_en")}>
        {(control) => (
          <input
            {...control}
            lang="en"
            value={titleEn}
            onChange={(e) => {
              errors.edited("title_en");
              setTitleEn(e.target.value);
            }}
          />
        )}
      </Field>
      {paragraphs.map((text, i) => (
        <div className="document-paragraph-field" key={i}>
          <Field
            label={t("draft.paragraphLabel", { number: i + 1 })}
            hint={t("draft.paragraphHint")}
            error={errors.message(`paragraphs[${i}]`)}
          >
            {(control) => (
              <textarea {...control} rows={4} value={text} onChange={(e) => setParagraph(i, e.target.value)} />
            )}
          </Field>
          <button
            type="button"
            className="button"
            onClick={() => setParagraphs((all) => all.filter((_, j) => j !== i))}
          >
            {t("draft.removeParagraph", { number: i + 1 })}
          </button>
        </div>
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => setParagraphs((all) => [...all, ""])}>
          {t("draft.addParagraph")}
        </button>
      </div>
      <ErrorNotice error={save.error ?? publish.error} />
      {save.isSuccess && !publish.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("draft.saved")}
        </p>
      )}
      {publish.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("draft.published")}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t("draft.save")}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={publish.isPending || save.isPending}
          onClick={() => {
            save.reset();
            // What is on screen is what gets published: save it first.
            save.mutate(
              { title, title_en: titleEn.trim() || null, paragraphs },
              { onSuccess: () => publish.mutate() },
            );
          }}
        >
          {t("draft.publish")}
        </button>
      </div>
    </form>
  );
}
