import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { usePageTitle } from "@/components/usePageTitle";
import { safeReturnPath, useSignIn } from "./api";

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t("auth.signIn.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      { onSuccess: () => void navigate(safeReturnPath(params.get("next")), { replace: true }) },
    );
  };

  const refused = signIn.error instanceof ApiProblem && signIn.error.code === "unauthenticated";
  return (
    <div className="narrow">
      <h1>{t("auth.signIn.title")}</h1>
      <form className="form card" onSubmit={submit} noValidate>
        {refused ? (
          <div className="notice notice-error" role="alert">
            {t("auth.signIn.refused")}
          </div>
        ) : (
          <ErrorNotice error={signIn.error} />
        )}
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
        <Field label={t("auth.password")}>
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
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t("common.working") : t("auth.signIn.submit")}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
      </p>
      <p>
        {t("auth.signIn.noAccount")} <Link to="/sign-up">{t("auth.signUp.title")}</Link>
      </p>
    </div>
  );
}
