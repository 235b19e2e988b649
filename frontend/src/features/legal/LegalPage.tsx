// The privacy notice or the terms of use, in the reader's language: the version in force, or
// an earlier one by number (`?version=2`), with the list of versions and their dates.
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DateText } from "@/components/DateText";
import { QueryState } from "@/components/QueryState";
import { RichText } from "@/components/RichText";
import { usePageTitle } from "@/components/usePageTitle";
import { useLegalDocument, useLegalVersions, type LegalDocument, type LegalDocumentKind } from "./api";
import "./i18n";

function localised(document: LegalDocument, language: string) {
  return language === "en"
    ? { title: document.title_en, html: document.html_en }
    : { title: document.title_th, html: document.html_th };
}

function VersionList({ kind, shown }: { kind: LegalDocumentKind; shown: number }) {
  const { t } = useTranslation("legal");
  const versions = useLegalVersions(kind);
  const earlier = versions.data?.filter((v) => v.version !== shown) ?? [];
  if (earlier.length === 0) return null;
  return (
    <section aria-labelledby="legal-history">
      <h2 id="legal-history">{t("page.history")}</h2>
      <ul>
        {earlier.map((v) => (
          <li key={v.version}>
            <Link to={`?version=${v.version}`}>{t("page.historyItem", { version: v.version })}</Link>{" "}
            <DateText iso={v.published_at} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LegalPage({ kind }: { kind: LegalDocumentKind }) {
  const { t, i18n } = useTranslation("legal");
  const [params] = useSearchParams();
  const asked = Number(params.get("version"));
  const version = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const document = useLegalDocument(kind, version);
  const current = useLegalDocument(kind);
  usePageTitle(t(`kinds.${kind}`));
  const older = version !== undefined && current.data !== undefined && current.data.version !== version;
  return (
    <article className="narrow legal-document">
      <QueryState query={document}>
        {(doc) => {
          const { title, html } = localised(doc, i18n.language);
          return (
            <>
              <h1>{title}</h1>
              <p className="muted">
                {t("page.version", { version: doc.version })} <DateText iso={doc.published_at} />
              </p>
              {older && (
                <p className="banner" role="note">
                  {t("page.olderVersion", { version: doc.version })} <Link to="?">{t("page.readCurrent")}</Link>
                </p>
              )}
              <RichText html={html} />
              <VersionList kind={kind} shown={doc.version} />
            </>
          );
        }}
      </QueryState>
    </article>
  );
}
