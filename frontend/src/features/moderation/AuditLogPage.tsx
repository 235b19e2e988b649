// The administrators' audit log: who did what, to what, why, and the state before and after.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { useAuditLog } from "./api";
import type { AuditEntry } from "./api";
import { deniedAttemptOf } from "./deniedAttempt";
import type { DeniedReason, Privilege } from "./deniedAttempt";
import { ModerationNav } from "./ModerationNav";

function stateText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value);
}

const DENIED_REASON_KEYS = {
  email_unverified: "moderation.audit.denied.reason.emailUnverified",
  banned: "moderation.audit.denied.reason.banned",
  suspended: "moderation.audit.denied.reason.suspended",
  role_required: "moderation.audit.denied.reason.roleRequired",
  outside_scope: "moderation.audit.denied.reason.outsideScope",
} as const satisfies Record<DeniedReason, string>;

const PRIVILEGE_KEYS = {
  moderator: "moderation.audit.denied.privilege.moderator",
  admin: "moderation.audit.denied.privilege.admin",
  lab_member: "moderation.audit.denied.privilege.labMember",
  agency_member: "moderation.audit.denied.privilege.agencyMember",
  valuator: "moderation.audit.denied.privilege.valuator",
} as const satisfies Record<Privilege, string>;

/** One row of the log; a refused attempt is spelled out instead of shown as raw state. */
function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const denied = deniedAttemptOf(entry);
  return (
    <tr>
      <td>
        <DateText iso={entry.created_at} withTime />
      </td>
      <td>{entry.actor ? authorName(entry.actor, t) : t("moderation.audit.system")}</td>
      <td>
        {denied && <span>{t("moderation.audit.denied.action")} </span>}
        <code>{entry.action}</code>
      </td>
      <td>
        {denied ? (
          <code>
            {denied.method} {denied.route}
          </code>
        ) : (
          <>
            {entry.target_type}
            {entry.target_id && <code className="id"> {entry.target_id}</code>}
          </>
        )}
      </td>
      <td className="pre-wrap">
        {denied ? (denied.reason ? t(DENIED_REASON_KEYS[denied.reason]) : denied.reasonCode) : (entry.reason ?? "")}
      </td>
      <td>
        {denied ? (
          t("moderation.audit.denied.requires", {
            privilege: denied.requires ? t(PRIVILEGE_KEYS[denied.requires]) : "—",
          })
        ) : (
          <code className="id">
            {stateText(entry.before)} → {stateText(entry.after)}
          </code>
        )}
      </td>
    </tr>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  usePageTitle(t("moderation.audit.title"));
  const [action, setAction] = useState("");
  const [applied, setApplied] = useState("");
  const log = useAuditLog(applied);
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div>
      <h1>{t("moderation.audit.title")}</h1>
      <ModerationNav />
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(action.trim());
        }}
      >
        <Field label={t("moderation.audit.action")} hint={t("moderation.audit.actionHint")}>
          {(control) => <input {...control} value={action} onChange={(e) => setAction(e.target.value)} />}
        </Field>
        <button type="submit" className="button">
          {t("moderation.audit.filter")}
        </button>
      </form>
      <QueryState query={log} isEmpty={() => items.length === 0} empty={<p>{t("moderation.audit.empty")}</p>}>
        {() => (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("moderation.audit.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("moderation.log.when")}</th>
                  <th scope="col">{t("moderation.audit.who")}</th>
                  <th scope="col">{t("moderation.act.action")}</th>
                  <th scope="col">{t("moderation.log.target")}</th>
                  <th scope="col">{t("moderation.act.reason")}</th>
                  <th scope="col">{t("moderation.audit.change")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {log.hasNextPage && (
        <button type="button" className="button" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </div>
  );
}

export function AuditLogPage() {
  return (
    <RequireSignIn>
      <AuditLog />
    </RequireSignIn>
  );
}
