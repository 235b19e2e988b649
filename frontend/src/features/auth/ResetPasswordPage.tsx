// Where the emailed reset link lands: choose a new password, then sign in with it.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { usePageTitle } from "@/components/usePageTitle";
import { fieldMessage } from "@/i18n/errors";
import { useConfirmPasswordReset } from "./api";
import { useLinkToken } from "./linkToken";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.reset.title"));
  const token = useLinkToken();
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const mismatch = repeat.length > 0 && password !== repeat;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token || mismatch) return;
    confirm.mutate({ token, password });
  };

  if (!token) {
    return (
      <div className="narrow">
        <h1>{t("auth.reset.title")}</h1>
        <div className="notice notice-error" role="alert">
          {t("auth.verify.missingToken")}
        </div>
      </div>
    );
  }
  const tokenRefused = fieldMessage(confirm.error, "token", t);
  return (
    <div className="narrow">
      <h1>{t("auth.reset.title")}</h1>
      {confirm.isSuccess ? (
        <div className="notice notice-success" role="status">
          <p>{t("auth.reset.done")}</p>
          <p>
            <Link to="/sign-in">{t("auth.signIn.title")}</Link>
          </p>
        </div>
      ) : (
        <form className="form card" onSubmit={submit} noValidate>
          {tokenRefused ? (
            <div className="notice notice-error" role="alert">
              <p>{t("auth.reset.linkRefused")}</p>
              <p>
                <Link to="/forgot-password">{t("auth.reset.requestAgain")}</Link>
              </p>
            </div>
          ) : (
            <ErrorNotice error={confirm.error} />
          )}
          <Field
            label={t("auth.reset.newPassword")}
            hint={t("auth.passwordHint")}
            error={fieldMessage(confirm.error, "password", t)}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("auth.reset.repeatPassword")} error={mismatch ? t("auth.reset.mismatch") : undefined}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                required
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            className="button button-primary"
            disabled={confirm.isPending || !password || password !== repeat}
          >
            {confirm.isPending ? t("common.working") : t("auth.reset.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
