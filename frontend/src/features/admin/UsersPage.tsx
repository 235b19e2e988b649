// Administrators: every account, newest first, searchable by name or email and filtered by role
// and state, with what each person wrote and where to change their role or sanction them.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { Role } from "@/api/types";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireAdmin } from "./RequireAccess";
import { formatNumber } from "@/i18n/dates";
import { ACCOUNT_STATES, useUserList, type AccountState, type ListedUser, type UserFilters } from "./api";

const ROLES = ["citizen", "moderator", "valuator", "agency", "admin"] as const satisfies readonly Role[];

const STATE_KEYS = {
  unverified: "admin.users.state.unverified",
  suspended: "admin.users.state.suspended",
  banned: "admin.users.state.banned",
  organization_member: "admin.users.state.organizationMember",
} as const satisfies Record<AccountState, string>;

function filtersFrom(params: URLSearchParams): UserFilters {
  const role = params.get("role") ?? "";
  const state = params.get("state") ?? "";
  return {
    q: params.get("q") ?? "",
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : "",
    state: (ACCOUNT_STATES as readonly string[]).includes(state) ? (state as AccountState) : "",
  };
}

function Standing({ user }: { user: ListedUser }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {!user.verified && <li className="badge">{t("admin.users.state.unverified")}</li>}
      {user.banned && <li className="badge badge-danger">{t("admin.users.state.banned")}</li>}
      {user.suspended_until && (
        <li className="badge badge-warning">
          {t("admin.users.suspendedUntil")} <DateText iso={user.suspended_until} withTime />
        </li>
      )}
      {user.verified && !user.banned && !user.suspended_until && <li>{t("admin.users.inGoodStanding")}</li>}
    </ul>
  );
}

function UserRow({ user }: { user: ListedUser }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td data-label={t("admin.users.person")}>
        <strong>{user.display_name}</strong>
        <br />
        <span className="muted break-anywhere">{user.email}</span>
      </td>
      <td data-label={t("profile.role")}>{t(`role.${user.role}`)}</td>
      <td data-label={t("admin.users.standing")}>
        <Standing user={user} />
      </td>
      <td data-label={t("admin.users.joined")}>
        <DateText iso={user.joined_at} />
      </td>
      <td data-label={t("admin.users.wrote")}>
        {t("admin.users.proposalCount", { count: user.proposals, formatted: formatNumber(user.proposals, i18n.language) })}
        <br />
        {t("admin.users.commentCount", { count: user.comments, formatted: formatNumber(user.comments, i18n.language) })}
      </td>
      <td data-label={t("admin.actions")}>
        <Link
          to={`/admin/people?email=${encodeURIComponent(user.email)}`}
          aria-label={t("admin.users.manageNamed", { name: user.display_name })}
        >
          {t("admin.users.manage")}
        </Link>
      </td>
    </tr>
  );
}

function Users() {
  const { t } = useTranslation();
  usePageTitle(t("admin.users.title"));
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [search, setSearch] = useState(filters.q);
  const list = useUserList(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (change: Partial<UserFilters>) => {
    const next = { ...filters, ...change };
    const query = new URLSearchParams();
    if (next.q) query.set("q", next.q);
    if (next.role) query.set("role", next.role);
    if (next.state) query.set("state", next.state);
    setParams(query, { replace: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: search.trim() });
  };

  return (
    <div>
      <header className="page-header">
        <h1>{t("admin.users.title")}</h1>
        <div className="actions">
          <Link className="button" to="/admin/people">
            {t("moderation.people.title")}
          </Link>
        </div>
      </header>
      <form className="filters" role="search" aria-label={t("admin.users.title")} onSubmit={submit} noValidate>
        <Field label={t("admin.users.search")} hint={t("admin.users.searchHint")}>
          {(control) => (
            <input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
        </Field>
        <Field label={t("profile.role")}>
          {(control) => (
            <select {...control} value={filters.role} onChange={(e) => apply({ role: e.target.value as Role | "" })}>
              <option value="">{t("admin.users.anyRole")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("admin.users.standing")}>
          {(control) => (
            <select
              {...control}
              value={filters.state}
              onChange={(e) => apply({ state: e.target.value as AccountState | "" })}
            >
              <option value="">{t("admin.users.anyState")}</option>
              {ACCOUNT_STATES.map((s) => (
                <option key={s} value={s}>
                  {t(STATE_KEYS[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t("admin.users.find")}
        </button>
      </form>
      <QueryState
        query={list}
        isEmpty={() => items.length === 0}
        empty={<p className="notice">{t("admin.users.empty")}</p>}
      >
        {() => (
          <div className="table-wrap">
            <table className="stack-table">
              <caption className="visually-hidden">{t("admin.users.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.users.person")}</th>
                  <th scope="col">{t("profile.role")}</th>
                  <th scope="col">{t("admin.users.standing")}</th>
                  <th scope="col">{t("admin.users.joined")}</th>
                  <th scope="col">{t("admin.users.wrote")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("admin.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((user) => (
                  <UserRow key={user.id} user={user} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {list.hasNextPage && (
        <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </div>
  );
}

export function UsersPage() {
  return (
    <RequireAdmin>
      <Users />
    </RequireAdmin>
  );
}
