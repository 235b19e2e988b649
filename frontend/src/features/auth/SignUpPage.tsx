import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiProblem } from "@/api/problem";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { usePageTitle } from "@/components/usePageTitle";
import { ConsentCheckbox, useVersionsInForce } from "@/features/legal";
import { fieldMessage } from "@/i18n/errors";
import { useSignUp } from "./api";

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("auth.signUp.title"));
  const signUp = useSignUp();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [consented, setConsented] = useState(false);
  const consent = useVersionsInForce();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(
      {
        display_name: displayName,
        email,
        password,
        locale: i18n.language,
        ...(consented && consent.versions ? { consent: consent.versions } : {}),
      },
      {
        // A version published meanwhile: the box is cleared until the new one is read.
        onError: (problem) => {
          const outdated =
            problem instanceof ApiProblem &&
            (problem.fieldError("consent.privacy") !== undefined || problem.fieldError("consent.terms") !== undefined);
          if (outdated) {
            void consent.refetch();
            setConsented(false);
          }
        },
      },
    );
  };

  if (signUp.isSuccess) {
    return (
      <div className="narrow">
        <h1>{t("auth.signUp.checkInboxTitle")}</h1>
        <div className="card" role="status">
          <p>{t("auth.signUp.checkInbox", { email: signUp.data.email })}</p>
          <p>
            <Link to="/sign-in">{t("auth.signIn.title")}</Link>
          </p>
        </div>
      </div>
    );
  }

  const error = signUp.error;
  return (
    <div className="narrow">
      <h1>{t("auth.signUp.title")}</h1>
      <form className="form card" onSubmit={submit} noValidate>
        <ErrorNotice error={error} />
        <Field
          label={t("auth.displayName")}
          hint={t("auth.displayNameHint")}
          error={fieldMessage(error, "display_name", t)}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="nickname"
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("auth.email")} error={fieldMessage(error, "email", t)}>
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
        <Field
          label={t("auth.password")}
          hint={t("auth.passwordHint")}
          error={fieldMessage(error, "password", t)}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <ConsentCheckbox checked={consented} onChange={setConsented} error={error} />
        <button type="submit" className="button button-primary" disabled={signUp.isPending}>
          {signUp.isPending ? t("common.working") : t("auth.signUp.submit")}
        </button>
      </form>
      <p>
        {t("auth.signUp.haveAccount")} <Link to="/sign-in">{t("auth.signIn.title")}</Link>
      </p>
    </div>
  );
}
