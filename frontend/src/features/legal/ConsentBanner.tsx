// After the privacy notice or the terms changed, asks the signed-in person to read the new
// version and accept it; what they accept is the exact version they were shown.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useAgree, useConsentStatus, useVersionsInForce } from "./api";
import "./i18n";

export function ConsentBanner({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation("legal");
  const status = useConsentStatus(signedIn);
  const outstanding = status.data?.outstanding ?? [];
  // The documents load only when there is something to accept, not on every page.
  const inForce = useVersionsInForce(signedIn && outstanding.length > 0);
  const agree = useAgree();
  if (!signedIn) return null;
  if (agree.isSuccess && outstanding.length === 0) {
    return (
      <div className="banner" role="status">
        <p>{t("consent.accepted")}</p>
      </div>
    );
  }
  if (outstanding.length === 0) return null;
  const accept = () => {
    if (inForce.versions) agree.mutate(inForce.versions, { onError: () => void inForce.refetch() });
  };
  return (
    <div className="banner" role="region" aria-label={t("consent.bannerLabel")}>
      <p>{t("consent.changed")}</p>
      <ul>
        {outstanding.map((document) => (
          <li key={document.kind}>
            <Link to={`/${document.kind}`}>{t(`kinds.${document.kind}`)}</Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button" disabled={agree.isPending || !inForce.versions} onClick={accept}>
        {t("consent.accept")}
      </button>
      <ErrorNotice error={agree.error} />
    </div>
  );
}
