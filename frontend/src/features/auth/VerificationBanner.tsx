// Reminds a signed-in person who has not yet confirmed their email that they cannot write yet.
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { useMe, useResendVerification } from "./api";

export function VerificationBanner() {
  const { t } = useTranslation();
  const { me } = useMe();
  const resend = useResendVerification();
  if (!me || me.verified) return null;
  return (
    <div className="banner" role="region" aria-label={t("auth.verify.bannerLabel")}>
      <p>{t("auth.verify.pending", { email: me.email })}</p>
      {resend.isSuccess ? (
        <p role="status">{t("auth.verify.resent")}</p>
      ) : (
        <button type="button" className="button" disabled={resend.isPending} onClick={() => resend.mutate()}>
          {t("auth.verify.resend")}
        </button>
      )}
      <ErrorNotice error={resend.error} />
    </div>
  );
}
