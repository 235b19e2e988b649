// For an organisation's owners (and administrators): its profile, its members and their roles,
// invitations by email; for every member, leaving.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn, useMe } from "@/features/auth";
import {
  ROLES,
  useChangeRole,
  useInvitations,
  useInvite,
  useLeave,
  useMembers,
  useOrganization,
  useRemoveMember,
  useRevokeInvitation,
  useUpdateOrganization,
  type Member,
  type MemberRole,
  type OrganizationProfile,
} from "./api";
import "./i18n";
import { orNull, ProfileForm } from "./ProfileForm";

function MemberRow({ slug, member, manages }: { slug: string; member: Member; manages: boolean }) {
  const { t } = useTranslation("organizations");
  const changeRole = useChangeRole(slug);
  const remove = useRemoveMember(slug);
  return (
    <tr>
      <th scope="row">{member.display_name}</th>
      <td>
        {manages ? (
          <select
            aria-label={t("manage.role")}
            value={member.role}
            disabled={changeRole.isPending}
            onChange={(e) => changeRole.mutate({ userId: member.user_id, role: e.target.value as MemberRole })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`roles.${member.role}`)
        )}
        <ErrorNotice error={changeRole.error ?? remove.error} />
      </td>
      <td>
        <DateText iso={member.joined_at} />
      </td>
      <td>
        {manages && (
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(t("manage.confirmRemove", { name: member.display_name }))) remove.mutate(member.user_id);
            }}
          >
            {t("manage.remove")}
          </button>
        )}
      </td>
    </tr>
  );
}

function InviteForm({ slug }: { slug: string }) {
  const { t } = useTranslation("organizations");
  const invite = useInvite(slug);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<MemberRole>("member");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role }, { onSuccess: () => setEmail("") });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">{t("manage.invite")}</h3>
      <Field label={t("manage.email")}>
        {(control) => <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field label={t("manage.role")}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {invite.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("manage.sent", { email: invite.data.email })}
        </p>
      )}
      <ErrorNotice error={invite.error} />
      <button type="submit" className="button button-primary" disabled={invite.isPending}>
        {t("manage.send")}
      </button>
    </form>
  );
}

function OpenInvitations({ slug }: { slug: string }) {
  const { t } = useTranslation("organizations");
  const invitations = useInvitations(slug);
  const revoke = useRevokeInvitation(slug);
  return (
    <QueryState query={invitations} isEmpty={(d) => d.items.length === 0} empty={null}>
      {({ items }) => (
        <section aria-labelledby="open-invitations-title">
          <h3 id="open-invitations-title">{t("manage.openInvitations")}</h3>
          <ul className="plain-list">
            {items.map((i) => (
              <li key={i.id}>
                {i.email} · {t(`roles.${i.role}`)} ·{" "}
                <span className="muted">
                  {t("manage.until")} <DateText iso={i.expires_at} />
                </span>{" "}
                <button
                  type="button"
                  className="button"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(i.id)}
                >
                  {t("manage.revoke", { email: i.email })}
                </button>
              </li>
            ))}
          </ul>
          <ErrorNotice error={revoke.error} />
        </section>
      )}
    </QueryState>
  );
}

function Members({ org, manages }: { org: OrganizationProfile; manages: boolean }) {
  const { t } = useTranslation("organizations");
  const members = useMembers(org.slug);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t("manage.members")}</h2>
      <QueryState query={members}>
        {({ items }) =>
          items ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("manage.name")}</th>
                  <th scope="col">{t("manage.role")}</th>
                  <th scope="col">{t("manage.joined")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("manage.remove")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MemberRow key={m.user_id} slug={org.slug} member={m} manages={manages} />
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t("manage.notMember")}</p>
          )
        }
      </QueryState>
      {manages && <OpenInvitations slug={org.slug} />}
      {manages && <InviteForm slug={org.slug} />}
    </section>
  );
}

function Manage({ org }: { org: OrganizationProfile }) {
  const { t } = useTranslation("organizations");
  usePageTitle(t("manage.title", { name: org.name }));
  const { me } = useMe();
  const navigate = useNavigate();
  const update = useUpdateOrganization(org.slug);
  const leave = useLeave(org.slug);
  const mine = me?.organizations.find((o) => o.id === org.id);
  const manages = me?.role === "admin" || mine?.role === "owner";
  return (
    <div>
      <h1>{t("manage.title", { name: org.name })}</h1>
      <p>
        <Link to={`/o/${org.slug}`}>{org.name}</Link>
      </p>
      {manages && (
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">{t("manage.profile")}</h2>
          <ProfileForm
            initial={{
              name: org.name,
              description: org.description ?? "",
              website: org.website ?? "",
              province: org.province ?? "",
            }}
            submitLabel={t("form.save")}
            busy={update.isPending}
            error={update.error}
            onSubmit={(values) =>
              update.mutate({
                name: values.name,
                description: orNull(values.description),
                website: orNull(values.website),
                province: orNull(values.province),
              })
            }
          />
          {update.isSuccess && (
            <p className="notice notice-success" role="status">
              {t("form.saved")}
            </p>
          )}
        </section>
      )}
      <Members org={org} manages={manages} />
      {mine && (
        <p>
          <button
            type="button"
            className="button button-danger"
            disabled={leave.isPending}
            onClick={() => {
              if (window.confirm(t("manage.confirmLeave")))
                leave.mutate(undefined, { onSuccess: () => void navigate(`/o/${org.slug}`) });
            }}
          >
            {t("manage.leave")}
          </button>
          <ErrorNotice error={leave.error} />
        </p>
      )}
    </div>
  );
}

export function ManagePage() {
  const { slug = "" } = useParams();
  const organization = useOrganization(slug);
  return (
    <RequireSignIn>
      <QueryState query={organization}>{(org) => <Manage org={org} />}</QueryState>
    </RequireSignIn>
  );
}
