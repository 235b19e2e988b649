// Administrators: find an account by email (or arrive from the user list with `?email=`), change its role, and choose who moderates which
// consultation.
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle, useConsultations } from "@/features/consultations";
import {
  useAssignModerator,
  useChangeRole,
  useFindUser,
  useModerators,
  useUnassignModerator,
  type Role,
} from "./api";
import { ModerationNav } from "./ModerationNav";
import { TableWrap } from "@/components/TableWrap";

const ROLES = ["citizen", "moderator", "valuator", "agency", "admin"] as const satisfies readonly Role[];

interface Found {
  id: string;
  email: string;
  display_name: string;
  role: Role;
}

function AccountTools({ account }: { account: Found }) {
  const { t, i18n } = useTranslation();
  const consultations = useConsultations();
  const changeRole = useChangeRole();
  const assign = useAssignModerator();
  const [role, setRole] = useState<Role>(account.role);
  const [reason, setReason] = useState("");
  const [consultation, setConsultation] = useState("");

  const submitRole = (event: FormEvent) => {
    event.preventDefault();
    changeRole.mutate({ id: account.id, role, reason: reason.trim() });
  };
  const submitAssign = (event: FormEvent) => {
    event.preventDefault();
    if (consultation) assign.mutate({ consultation, userId: account.id });
  };

  return (
    <section className="card" aria-labelledby="account-title">
      <h3 id="account-title">
        {account.display_name} <span className="muted">({account.email})</span>
      </h3>
      <form className="form" onSubmit={submitRole} noValidate>
        <ErrorNotice error={changeRole.error} />
        {changeRole.isSuccess && (
          <p className="notice notice-success" role="status">
            {t("moderation.people.roleChanged", { role: t(`role.${changeRole.data.role}`) })}
          </p>
        )}
        <div className="field-row">
          <Field label={t("profile.role")}>
            {(control) => (
              <select {...control} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("moderation.act.reason")}>
            {(control) => <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" className="button button-primary" disabled={changeRole.isPending || role === account.role}>
          {t("moderation.people.changeRole")}
        </button>
      </form>
      <form className="form" onSubmit={submitAssign} noValidate>
        <ErrorNotice error={assign.error} />
        {assign.isSuccess && (
          <p className="notice notice-success" role="status">
            {t("moderation.people.assigned")}
          </p>
        )}
        <Field label={t("moderation.people.assignTo")} hint={t("moderation.people.assignHint")}>
          {(control) => (
            <select {...control} value={consultation} onChange={(e) => setConsultation(e.target.value)}>
              <option value="">{t("moderation.people.chooseConsultation")}</option>
              {consultations.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {consultationTitle(c, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={assign.isPending || !consultation}>
          {t("moderation.people.assign")}
        </button>
      </form>
    </section>
  );
}

function ModeratorList() {
  const { t, i18n } = useTranslation();
  const moderators = useModerators();
  const consultations = useConsultations();
  const unassign = useUnassignModerator();
  const titleOf = (id: string) => {
    const found = consultations.data?.items.find((c) => c.id === id);
    return found ? consultationTitle(found, i18n.language) : id;
  };
  return (
    <QueryState query={moderators}>
      {(data) => (
        <section aria-labelledby="moderators-title">
          <h2 id="moderators-title">{t("moderation.people.moderators")}</h2>
          <ErrorNotice error={unassign.error} />
          <TableWrap label={t("moderation.people.moderators")}>
            <table>
              <caption className="visually-hidden">{t("moderation.people.moderators")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("auth.displayName")}</th>
                  <th scope="col">{t("profile.role")}</th>
                  <th scope="col">{t("moderation.people.scope")}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.display_name}
                      <br />
                      <span className="muted">{m.email}</span>
                    </td>
                    <td>{t(`role.${m.role}`)}</td>
                    <td>
                      {m.everywhere ? (
                        t("moderation.people.everywhere")
                      ) : (
                        <ul className="plain-list">
                          {m.consultations.map((c) => (
                            <li key={c}>
                              {titleOf(c)}{" "}
                              <button
                                type="button"
                                className="button-link"
                                aria-label={t("moderation.people.unassignNamed", { name: m.display_name, title: titleOf(c) })}
                                disabled={unassign.isPending}
                                onClick={() => unassign.mutate({ consultation: c, userId: m.id })}
                              >
                                {t("moderation.people.unassign")}
                              </button>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      )}
    </QueryState>
  );
}

function People() {
  const { t } = useTranslation();
  usePageTitle(t("moderation.people.title"));
  const find = useFindUser();
  // Opened from the user list with `?email=`: the account is looked up at once.
  const [params] = useSearchParams();
  const linked = params.get("email")?.trim() ?? "";
  const [email, setEmail] = useState(linked);
  const { mutate: lookUp } = find;
  useEffect(() => {
    if (linked) lookUp(linked);
  }, [linked, lookUp]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) find.mutate(email.trim());
  };
  return (
    <div>
      <h1>{t("moderation.people.title")}</h1>
      <ModerationNav />
      <form className="filters" onSubmit={submit} noValidate>
        <Field label={t("moderation.people.findByEmail")}>
          {(control) => (
            <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={find.isPending}>
          {t("moderation.people.find")}
        </button>
      </form>
      <ErrorNotice error={find.error} />
      {find.data && <AccountTools key={find.data.id} account={find.data} />}
      <ModeratorList />
    </div>
  );
}

export function PeoplePage() {
  return (
    <RequireSignIn>
      <People />
    </RequireSignIn>
  );
}
