// Where the "stop these emails" link of a message leads: it says what the link turns off and
// turns it off only when the person asks (mail scanners open links too), with no sign-in.
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { useUnsubscribe, useUnsubscribeLink, type NotificationKind } from "./api";

function KindList({ kinds }: { kinds: NotificationKind[] }) {
  const { t } = useTranslation();
  return (
    <ul>
      {kinds.map((kind) => (
        <li key={kind}>{t(`preferences.kind.${kind}`)}</li>
      ))}
    </ul>
  );
}

function Confirm({ token, kinds }: { token: string; kinds: NotificationKind[] }) {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe(token);
  if (unsubscribe.isSuccess) {
    return (
      <div className="notice notice-success" role="status">
        <p>{t("unsubscribe.done")}</p>
        <KindList kinds={unsubscribe.data.kinds} />
        <p>
          <Link to="/settings/notifications">{t("unsubscribe.preferences")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card">
      <p>{t("unsubscribe.lead")}</p>
      <KindList kinds={kinds} />
      <p>{t("unsubscribe.inbox")}</p>
      <ErrorNotice error={unsubscribe.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={unsubscribe.isPending}
        onClick={() => unsubscribe.mutate()}
      >
        {unsubscribe.isPending ? t("common.working") : t("unsubscribe.confirm")}
      </button>
    </div>
  );
}

/** A link that was altered or cut short says so; other failures say what went wrong. */
function InvalidLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiProblem && error.code === "validation_failed") {
    return (
      <p className="notice notice-error" role="alert">
        {t("unsubscribe.invalid")}
      </p>
    );
  }
  return <ErrorNotice error={error} />;
}

export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t("unsubscribe.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const link = useUnsubscribeLink(token);
  return (
    <div className="narrow">
      <h1>{t("unsubscribe.title")}</h1>
      {token === "" ? (
        <p className="notice notice-error" role="alert">
          {t("unsubscribe.noToken")}
        </p>
      ) : (
        <QueryState query={link} renderError={(error) => <InvalidLink error={error} />}>
          {(data) => <Confirm token={token} kinds={data.kinds} />}
        </QueryState>
      )}
    </div>
  );
}
