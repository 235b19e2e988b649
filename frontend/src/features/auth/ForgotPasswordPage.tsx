// Asks for a password-reset link by email. The answer never says whether the address has an account.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { usePageTitle } from "@/components/usePageTitle";
import { useRequestPasswordReset } from "./api";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.reset.requestTitle"));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <div className="narrow">
      <h1>{t("auth.reset.requestTitle")}</h1>
      {request.isSuccess ? (
        <div className="notice notice-success" role="status">
          <p>{t("auth.reset.sent", { email })}</p>
          <p>
            <Link to="/sign-in">{t("auth.signIn.title")}</Link>
          </p>
        </div>
      ) : (
        <form className="form card" onSubmit={submit} noValidate>
          <p>{t("auth.reset.requestLead")}</p>
          <ErrorNotice error={request.error} />
          <Field label={t("auth.email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary" disabled={request.isPending || !email.trim()}>
            {request.isPending ? t("common.working") : t("auth.reset.requestSubmit")}
          </button>
        </form>
      )}
    </div>
  );
}
