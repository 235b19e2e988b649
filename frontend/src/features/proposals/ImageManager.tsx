// The author's images on their proposal: add one (a file and what it shows, both required)
// or remove one. Everything is a labelled control, so it works from the keyboard alone.
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Proposal } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { ProposalImage } from "./ProposalImage";
import { IMAGE_TYPES, MAX_IMAGES, useDeleteImage, useUploadImage } from "./images";

export function ImageManager({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const headingId = useId();
  const upload = useUploadImage(proposal.id);
  const remove = useDeleteImage(proposal.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState("");
  const [missingFile, setMissingFile] = useState(false);
  const [added, setAdded] = useState(false);
  const full = proposal.images.length >= MAX_IMAGES;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    if (!file) {
      setMissingFile(true);
      return;
    }
    upload.mutate(
      { file, alt: alt.trim() },
      {
        onSuccess: () => {
          setFile(null);
          setAlt("");
          setAdded(true);
          if (fileInput.current) fileInput.current.value = "";
        },
      },
    );
  };

  return (
    <section className="card image-manager" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("proposal.images.manage")}</h2>
      <p className="field-hint">{t("proposal.images.manageHint", { max: MAX_IMAGES })}</p>
      {proposal.images.length > 0 && (
        <ul className="image-manager-list">
          {proposal.images.map((image) => (
            <li key={image.id}>
              <ProposalImage path={image.thumbnail_url} restricted={proposal.hidden} alt={image.alt} loading="lazy" />
              <button
                type="button"
                className="button button-danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(image.id)}
              >
                {t("proposal.images.remove", { alt: image.alt })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorNotice error={remove.error} />
      {full ? (
        <p className="notice" role="note">
          {t("proposal.images.full", { max: MAX_IMAGES })}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field label={t("proposal.images.file")} error={missingFile ? t("proposal.images.chooseFile") : undefined}>
            {(control) => (
              <input
                {...control}
                ref={fileInput}
                type="file"
                accept={IMAGE_TYPES}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setMissingFile(false);
                }}
              />
            )}
          </Field>
          <Field label={t("proposal.images.alt")} hint={t("proposal.images.altHint")}>
            {(control) => (
              <input
                {...control}
                type="text"
                required
                maxLength={300}
                value={alt}
                onChange={(event) => setAlt(event.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={upload.isPending || !alt.trim()}>
              {upload.isPending ? t("proposal.images.uploading") : t("proposal.images.upload")}
            </button>
          </div>
          <ErrorNotice error={upload.error} />
          {added && (
            <p className="notice" role="status">
              {t("proposal.images.uploaded")}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
