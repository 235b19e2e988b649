// Where the emailed link lands: sends its token once and says how it went.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Loading } from "@/components/Loading";
import { usePageTitle } from "@/components/usePageTitle";
import { useSignedIn, useVerifyEmail } from "./api";
import { useLinkToken } from "./linkToken";

export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.verify.title"));
  const token = useLinkToken();
  const signedIn = useSignedIn();
  const verify = useVerifyEmail();
  const { mutate } = verify;
  // The token works once: development mode runs effects twice, so remember what was sent.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (token && sent.current !== token) {
      sent.current = token;
      mutate(token);
    }
  }, [token, mutate]);

  return (
    <div className="narrow">
      <h1>{t("auth.verify.title")}</h1>
      {!token && (
        <div className="notice notice-error" role="alert">
          {t("auth.verify.missingToken")}
        </div>
      )}
      {verify.isPending && <Loading />}
      {verify.isError && (
        <>
          <ErrorNotice error={verify.error} />
          <p>{t("auth.verify.failedHint")}</p>
        </>
      )}
      {verify.isSuccess && (
        <div className="notice notice-success" role="status">
          <p>{t("auth.verify.done")}</p>
          <p>
            {signedIn ? (
              <Link to="/">{t("nav.home")}</Link>
            ) : (
              <Link to="/sign-in">{t("auth.signIn.title")}</Link>
            )}
          </p>
        </div>
      )}
    </div>
  );
}
