// The mark of an organisation an administrator verified.
import { useTranslation } from "react-i18next";
import "./i18n";
import "./organizations.css";

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation("organizations");
  if (!verified) return null;
  return (
    <span className="verified-badge" title={t("badge.verifiedTitle")}>
      <span aria-hidden="true">✓</span> {t("badge.verified")}
    </span>
  );
}
