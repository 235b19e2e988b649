// One's own account: the name shown beside one's writing, language, and optional details used
// only in anonymous breakdowns.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn, useMe } from "@/features/auth";
import { changeLanguage, isLanguage } from "@/i18n";
import { fieldMessage } from "@/i18n/errors";
import { AccountDeleted, DeleteAccount, DownloadMyData } from "./AccountData";
import { AGE_BANDS, GENDERS, useUpdateMe } from "./api";
import { provinceOptions } from "./provinces";

function ProfileForm({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.display_name);
  const [locale, setLocale] = useState<string>(me.locale);
  const [province, setProvince] = useState(me.province ?? "");
  const [ageBand, setAgeBand] = useState(me.age_band ?? "");
  const [gender, setGender] = useState(me.gender ?? "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        display_name: displayName,
        locale,
        province: province || null,
        age_band: ageBand || null,
        gender: gender || null,
      },
      { onSuccess: () => void (isLanguage(locale) && changeLanguage(locale)) },
    );
  };

  const error = update.error;
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <ErrorNotice error={error} />
      {update.isSuccess && (
        <div className="notice notice-success" role="status">
          {t("profile.saved")}
        </div>
      )}
      <Field label={t("auth.displayName")} hint={t("auth.displayNameHint")} error={fieldMessage(error, "display_name", t)}>
        {(control) => <input {...control} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field label={t("profile.locale")} hint={t("profile.localeHint")} error={fieldMessage(error, "locale", t)}>
        {(control) => (
          <select {...control} value={locale} onChange={(e) => setLocale(e.target.value)}>
            <option value="th">ไทย</option>
            <option value="en">English</option>
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t("profile.aboutYou")}</legend>
        <p className="field-hint">{t("profile.aboutYouHint")}</p>
        <Field label={t("profile.province")} error={fieldMessage(error, "province", t)}>
          {(control) => (
            <select {...control} value={province} onChange={(e) => setProvince(e.target.value)}>
              <option value="">{t("profile.notSaying")}</option>
              {provinceOptions(i18n.language).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("profile.ageBand")} error={fieldMessage(error, "age_band", t)}>
          {(control) => (
            <select {...control} value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
              <option value="">{t("profile.notSaying")}</option>
              {AGE_BANDS.map((band) => (
                <option key={band} value={band}>
                  {t(`ageBand.${band}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("profile.gender")} error={fieldMessage(error, "gender", t)}>
          {(control) => (
            <select {...control} value={gender} onChange={(e) => setGender(e.target.value)}>
              <option value="">{t("profile.notSaying")}</option>
              {GENDERS.map((value) => (
                <option key={value} value={value}>
                  {t(`gender.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        {update.isPending ? t("common.working") : t("common.save")}
      </button>
    </form>
  );
}

interface ProfileProps {
  onDeleting: (pending: boolean) => void;
  onDeleted: () => void;
}

function Profile({ onDeleting, onDeleted }: ProfileProps) {
  const { t } = useTranslation();
  usePageTitle(t("profile.title"));
  const query = useMe();
  return (
    <QueryState query={{ ...query, data: query.me }}>
      {(me) => (
        <div className="narrow">
          <h1>{t("profile.title")}</h1>
          <dl className="facts card">
            <dt>{t("auth.email")}</dt>
            <dd>{me.email}</dd>
            <dt>{t("profile.role")}</dt>
            <dd>{t(`role.${me.role}`)}</dd>
            <dt>{t("profile.verified")}</dt>
            <dd>{me.verified ? t("common.yes") : t("common.no")}</dd>
            {me.organizations.length > 0 && (
              <>
                <dt>{t("profile.organizations")}</dt>
                <dd>{me.organizations.map((org) => org.name).join(", ")}</dd>
              </>
            )}
          </dl>
          <p>
            <Link className="button" to="/me/activity">
              {t("activity.link")}
            </Link>
          </p>
          <ProfileForm me={me} />
          <p>
            <Link to="/settings/notifications">{t("preferences.title")}</Link>
          </p>
          <DownloadMyData />
          <DeleteAccount onPending={onDeleting} onDeleted={onDeleted} />
        </div>
      )}
    </QueryState>
  );
}

export function ProfilePage() {
  // While the account is being deleted its sign-in ends; the page stays to say how it went.
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  return (
    <RequireSignIn allowSignedOut={deleting || deleted}>
      {deleted ? <AccountDeleted /> : <Profile onDeleting={setDeleting} onDeleted={() => setDeleted(true)} />}
    </RequireSignIn>
  );
}
