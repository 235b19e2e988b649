// How each kind of notification reaches you by email: at once, in the daily digest, or not at all.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import {
  DELIVERIES,
  NOTIFICATION_KINDS,
  usePreferences,
  useSavePreferences,
  type Delivery,
  type NotificationKind,
} from "./api";

function PreferencesForm({ initial }: { initial: Partial<Record<NotificationKind, Delivery>> }) {
  const { t } = useTranslation();
  const save = useSavePreferences();
  const [choices, setChoices] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(choices);
  };

  return (
    <form className="form card" onSubmit={submit}>
      <p>{t("preferences.lead")}</p>
      <ErrorNotice error={save.error} />
      {save.isSuccess && (
        <div className="notice notice-success" role="status">
          {t("preferences.saved")}
        </div>
      )}
      {NOTIFICATION_KINDS.filter((kind) => kind in initial).map((kind) => (
        <fieldset key={kind} className="choice-row">
          <legend>{t(`preferences.kind.${kind}`)}</legend>
          {DELIVERIES.map((delivery) => (
            <label key={delivery}>
              <input
                type="radio"
                name={kind}
                value={delivery}
                checked={choices[kind] === delivery}
                onChange={() => setChoices({ ...choices, [kind]: delivery })}
              />{" "}
              {t(`preferences.delivery.${delivery}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {save.isPending ? t("common.working") : t("common.save")}
      </button>
    </form>
  );
}

function Preferences() {
  const { t } = useTranslation();
  usePageTitle(t("preferences.title"));
  const query = usePreferences();
  return (
    <QueryState query={query}>
      {(data) => {
        const initial: Partial<Record<NotificationKind, Delivery>> = Object.fromEntries(
          data.items.map((item) => [item.kind, item.delivery]),
        );
        return (
          <div className="narrow">
            <p className="breadcrumb">
              <Link to="/notifications">{t("notifications.title")}</Link>
            </p>
            <h1>{t("preferences.title")}</h1>
            <PreferencesForm initial={initial} />
          </div>
        );
      }}
    </QueryState>
  );
}

export function PreferencesPage() {
  return (
    <RequireSignIn>
      <Preferences />
    </RequireSignIn>
  );
}
