// One published version: its paragraphs, its fingerprint and who signed it.
import { useTranslation } from "react-i18next";
import { DateText } from "@/components/DateText";
import { RichText } from "@/components/RichText";
import type { VersionResponse } from "./api";
import "./i18n";

export function Paragraphs({ version }: { version: VersionResponse }) {
  return (
    <ol className="document-paragraphs">
      {version.paragraphs.map((p, i) => (
        <li key={i}>
          <RichText html={p.html} />
        </li>
      ))}
    </ol>
  );
}

export function Fingerprint({ version }: { version: VersionResponse }) {
  const { t } = useTranslation("documents");
  return (
    <dl>
      <dt>{t("publishedOn")}</dt>
      <dd>{version.published_at && <DateText iso={version.published_at} withTime />}</dd>
      <dt>{t("contentHash")}</dt>
      <dd>
        <code className="document-hash">{version.content_hash}</code>
        <p className="field-hint">{t("hashHint")}</p>
      </dd>
    </dl>
  );
}

export function Signatories({ version, headingId }: { version: VersionResponse; headingId: string }) {
  const { t } = useTranslation("documents");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("signatories")}</h2>
      {version.signatures.length === 0 ? (
        <p>{t("noSignatures")}</p>
      ) : (
        <ul className="document-signatories">
          {version.signatures.map((s) => (
            <li key={s.organization_id}>
              <strong>{s.organization_name}</strong>
              {s.signer_name && <span> — {t("signedBy", { name: s.signer_name })}</span>}
              {" · "}
              <DateText iso={s.signed_at} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
