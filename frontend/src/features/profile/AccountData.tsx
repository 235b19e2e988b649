// Taking one's data away, and leaving: a download of everything Sala keeps about the account,
// and deleting the account after confirming with the password.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fieldMessage } from "@/i18n/errors";
import { useDeleteAccount, useDownloadMyData } from "./api";

export function DownloadMyData() {
  const { t } = useTranslation();
  const download = useDownloadMyData();
  return (
    <section className="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t("profile.data.title")}</h2>
      <p>{t("profile.data.lead")}</p>
      <ErrorNotice error={download.error} />
      {download.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("profile.data.ready")}
        </p>
      )}
      <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t("common.working") : t("profile.data.download")}
      </button>
    </section>
  );
}

interface DeleteAccountProps {
  /** Told when a deletion starts (true) and when it fails (false): the sign-in may end meanwhile. */
  onPending: (pending: boolean) => void;
  onDeleted: () => void;
}

export function DeleteAccount({ onPending, onDeleted }: DeleteAccountProps) {
  const { t } = useTranslation();
  const remove = useDeleteAccount(onDeleted);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [understood, setUnderstood] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPending(true);
    remove.mutate(password, { onError: () => onPending(false) });
  };

  const passwordError = fieldMessage(remove.error, "password", t);
  // The refusal names the organisations that would be left without an owner.
  const lastOwner = remove.error instanceof ApiProblem && remove.error.code === "last_owner";
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t("profile.delete.title")}</h2>
      <p>{t("profile.delete.lead")}</p>
      {!open ? (
        <button type="button" className="button button-danger" onClick={() => setOpen(true)}>
          {t("profile.delete.start")}
        </button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {lastOwner ? (
            <div className="notice notice-error" role="alert">
              <p>{t("profile.delete.lastOwner")}</p>
              {remove.error instanceof ApiProblem && remove.error.detail && <p lang="en">{remove.error.detail}</p>}
            </div>
          ) : (
            !passwordError && <ErrorNotice error={remove.error} />
          )}
          <Field label={t("auth.password")} hint={t("profile.delete.passwordHint")} error={passwordError}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <label className="check">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{" "}
            {t("profile.delete.understand")}
          </label>
          <div className="actions">
            <button
              type="submit"
              className="button button-danger"
              disabled={remove.isPending || !understood || !password}
            >
              {remove.isPending ? t("common.working") : t("profile.delete.confirm")}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Shown where the profile was, once the account is gone. */
export function AccountDeleted() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("profile.delete.title")}</h1>
      <div className="notice notice-success" role="status">
        <p>{t("profile.delete.done")}</p>
        <p>
          <Link to="/">{t("nav.home")}</Link>
        </p>
      </div>
    </div>
  );
}
