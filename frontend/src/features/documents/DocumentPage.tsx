// A document's page: its current published version with its fingerprint and signatories, every
// earlier version, a "sign on behalf of" button per organisation the reader represents, and the
// draft editor for its writers.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { ReaderSurvey } from "@/features/agency";
import { consultationTitle } from "@/features/consultations";
import { documentTitle, useDocument, useSign, useStartDraft, type DocumentDetail } from "./api";
import { DraftEditor } from "./DraftEditor";
import { ParagraphRemarks } from "./ParagraphRemarks";
import { Fingerprint, Paragraphs, Signatories } from "./VersionView";
import "./i18n";
import "./documents.css";

function SignButtons({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation("documents");
  const sign = useSign(document.id);
  const current = document.current;
  const signedFor = sign.variables?.organizationId;
  const signedName = document.current?.signatures.find((s) => s.organization_id === signedFor)?.organization_name;
  if (!current) return null;
  return (
    <div>
      {document.viewer_may_sign_for.length > 0 && (
        <div className="actions">
          {document.viewer_may_sign_for.map((o) => (
            <button
              key={o.organization_id}
              type="button"
              className="button button-primary"
              disabled={sign.isPending}
              onClick={() => sign.mutate({ versionId: current.id, organizationId: o.organization_id })}
            >
              {t("signOnBehalf", { organization: o.organization_name })}
            </button>
          ))}
        </div>
      )}
      <ErrorNotice error={sign.error} />
      {sign.isSuccess && signedName && (
        <p className="notice notice-success" role="status">
          {t("signed", { organization: signedName })}
        </p>
      )}
    </div>
  );
}

function StartDraft({ documentId }: { documentId: string }) {
  const { t } = useTranslation("documents");
  const start = useStartDraft(documentId);
  return (
    <div>
      <button type="button" className="button" disabled={start.isPending} onClick={() => start.mutate()}>
        {t("draft.start")}
      </button>
      <ErrorNotice error={start.error} />
    </div>
  );
}

export function DocumentPage() {
  const { t, i18n } = useTranslation("documents");
  const { id } = useParams();
  const query = useDocument(id);
  usePageTitle(query.data && documentTitle(query.data.current ?? query.data, i18n.language));
  return (
    <QueryState query={query}>
      {(d) => {
        const current = d.current;
        const title = documentTitle(current ?? d, i18n.language);
        const older = d.versions.filter((v) => v.id !== current?.id);
        return (
          <article className="document-page">
            <header className="page-header">
              <p>
                <Link to={`/c/${d.consultation_slug}`}>
                  {consultationTitle({ title: d.consultation_title, title_en: d.consultation_title_en }, i18n.language)}
                </Link>
              </p>
              <p>
                <span className="badge">{t(`kind.${d.kind}`)}</span>
                {current && <span> · {t("versionLabel", { number: current.number })}</span>}
              </p>
              <h1>{title}</h1>
            </header>

            {current ? (
              <>
                <p className="field-hint">{t("remarks.lead")}</p>
                <ParagraphRemarks documentId={d.id} version={current} />
                <Fingerprint version={current} />
                <SignButtons document={d} />
                <Signatories version={current} headingId="signatories-title" />
                <ReaderSurvey subject="document" id={d.id} />
              </>
            ) : (
              <p>{t("notPublished")}</p>
            )}

            {older.length > 0 && (
              <section aria-labelledby="versions-title">
                <h2 id="versions-title">{t("versions")}</h2>
                <p className="field-hint">{t("olderVersion")}</p>
                <ul className="document-versions">
                  {older.map((v) => (
                    <li key={v.id}>
                      <details>
                        <summary>
                          {t("versionLabel", { number: v.number })} —{" "}
                          {v.published_at && <DateText iso={v.published_at} />} ·{" "}
                          {t("signatories")}: {v.signatures.length}
                        </summary>
                        <h3>{documentTitle(v, i18n.language)}</h3>
                        <Paragraphs version={v} />
                        <p className="document-hash">{v.content_hash}</p>
                        <ul className="document-signatories">
                          {v.signatures.map((s) => (
                            <li key={s.organization_id}>
                              {s.organization_name}
                              {s.signer_name && <span> — {t("signedBy", { name: s.signer_name })}</span>}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </li>
                  ))}
                </ul>
              </section>
            )}

            {d.viewer_may_write && (
              <section aria-label={t("draft.title", { number: d.draft?.number ?? (current?.number ?? 0) + 1 })}>
                {d.draft ? (
                  <DraftEditor key={d.draft.id} documentId={d.id} draft={d.draft} />
                ) : (
                  <StartDraft documentId={d.id} />
                )}
              </section>
            )}
          </article>
        );
      }}
    </QueryState>
  );
}
