// The directory of organisations, by kind and verification, with a way to create one.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useSignedIn } from "@/features/auth";
import { KINDS, useOrganizations, type OrganizationKind } from "./api";
import "./i18n";
import "./organizations.css";
import { VerifiedBadge } from "./VerifiedBadge";

export function DirectoryPage() {
  const { t } = useTranslation("organizations");
  usePageTitle(t("directory.title"));
  const signedIn = useSignedIn();
  const [kind, setKind] = useState<OrganizationKind | "">("");
  const [verifiedOnly, setVerifiedOnly] = useState(false);
  const organizations = useOrganizations({
    ...(kind ? { kind } : {}),
    ...(verifiedOnly ? { verified: true } : {}),
  });
  return (
    <div>
      <h1>{t("directory.title")}</h1>
      <p>{t("directory.intro")}</p>
      {signedIn && (
        <p>
          <Link className="button button-primary" to="/organizations/new">
            {t("directory.create")}
          </Link>
        </p>
      )}
      <div className="organization-filters">
        <Field label={t("directory.kind")}>
          {(control) => (
            <select {...control} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind | "")}>
              <option value="">{t("directory.allKinds")}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label>
          <input type="checkbox" checked={verifiedOnly} onChange={(e) => setVerifiedOnly(e.target.checked)} />{" "}
          {t("directory.verifiedOnly")}
        </label>
      </div>
      <QueryState query={organizations} isEmpty={(d) => d.items.length === 0} empty={<p>{t("directory.none")}</p>}>
        {({ items }) => (
          <ul className="plain-list organization-list">
            {items.map((org) => (
              <li key={org.id} className="card">
                <Link to={`/o/${org.slug}`}>{org.name}</Link> <VerifiedBadge verified={org.verified} />
                <p className="muted">
                  {t(`kinds.${org.kind}`)}
                  {org.province ? ` · ${org.province}` : ""} · {t("directory.members", { count: org.member_count })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
