// Reached from the invitation mail: the signed-in holder of the invited address accepts.
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { useAcceptInvitation } from "./api";
import "./i18n";

/** The token travels in the fragment, so it never reaches a server log or a Referer. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

function AcceptInvitation() {
  const { t } = useTranslation("organizations");
  usePageTitle(t("accept.title"));
  const { hash } = useLocation();
  const token = tokenFrom(hash);
  const accept = useAcceptInvitation();
  return (
    <div>
      <h1>{t("accept.title")}</h1>
      {!token ? (
        <p className="notice">{t("accept.noToken")}</p>
      ) : accept.isSuccess ? (
        <p className="notice notice-success" role="status">
          {t("accept.joined", { name: accept.data.name })}{" "}
          <Link to={`/o/${accept.data.slug}`}>{t("accept.open")}</Link>
        </p>
      ) : (
        <>
          <p>{t("accept.intro")}</p>
          <ErrorNotice error={accept.error} />
          <button
            type="button"
            className="button button-primary"
            disabled={accept.isPending}
            onClick={() => accept.mutate(token)}
          >
            {t("accept.accept")}
          </button>
        </>
      )}
    </div>
  );
}

export function AcceptInvitationPage() {
  return (
    <RequireSignIn>
      <AcceptInvitation />
    </RequireSignIn>
  );
}
