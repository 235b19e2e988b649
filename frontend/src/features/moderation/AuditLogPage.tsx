// The administrators' audit log: who did what, to what, why, and the state before and after.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { useAuditLog } from "./api";
import type { AuditEntry } from "./api";
import { AUDIT_NS } from "./audit-i18n";
import { actionGroups, changedFields, valueText } from "./auditEntry";
import { deniedAttemptOf } from "./deniedAttempt";
import type { DeniedReason, Privilege } from "./deniedAttempt";
import { ModerationNav } from "./ModerationNav";
import { TableWrap } from "@/components/TableWrap";

/** Where a target can be looked at in the app, when it has a page of its own. */
function targetPath(entry: AuditEntry): string | null {
  if (!entry.target_id) return null;
  if (entry.target_type === "proposal") return `/p/${entry.target_id}`;
  if (entry.target_type === "consultation") return `/c/${entry.target_id}`;
  if (entry.target_type === "award_call") return `/awards/${entry.target_id}`;
  if (entry.target_type === "award_application") return `/award-applications/${entry.target_id}`;
  if (entry.target_type === "remark") {
    const document = documentOf(entry.after);
    return document ? `/documents/${document}#remark-${entry.target_id}` : null;
  }
  return null;
}

/** The document a moderation decision on a remark recorded among its details. */
function documentOf(after: unknown): string | null {
  const details = typeof after === "object" && after !== null ? (after as { details?: unknown }).details : null;
  const id = typeof details === "object" && details !== null ? (details as { document_id?: unknown }).document_id : null;
  return typeof id === "string" ? id : null;
}

/** What the action did to its target, field by field. */
function ChangeList({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation(AUDIT_NS);
  const changes = changedFields(entry.before, entry.after);
  if (changes.length === 0) return <span className="muted">{t("nothingRecorded")}</span>;
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          {change.field && <code>{change.field}</code>} {valueText(change.before)} → {valueText(change.after)}
        </li>
      ))}
    </ul>
  );
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

function AuditTarget({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation(AUDIT_NS);
  const kind = t(`targets.${entry.target_type}`, { defaultValue: entry.target_type });
  const path = targetPath(entry);
  const shortId = entry.target_id?.slice(-8);
  return (
    <>
      {kind}{" "}
      {path ? (
        <Link to={path} aria-label={`${t("open")} ${kind} ${shortId ?? ""}`}>
          <code className="id">{shortId}</code>
        </Link>
      ) : (
        shortId && (
          <code className="id" title={entry.target_id ?? undefined}>
            {shortId}
          </code>
        )
      )}
    </>
  );
}

/** One row of the log; a refused attempt is spelled out instead of shown as raw state. */
function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const { t: audit } = useTranslation(AUDIT_NS);
  const denied = deniedAttemptOf(entry);
  return (
    <tr>
      <td>
        <DateText iso={entry.created_at} withTime />
      </td>
      <td>{entry.actor ? authorName(entry.actor, t) : t("moderation.audit.system")}</td>
      <td>
        {audit(`actions.${entry.action}`, { defaultValue: entry.action })}{" "}
        <code className="muted">{entry.action}</code>
      </td>
      <td>
        {denied ? (
          <code>
            {denied.method} {denied.route}
          </code>
        ) : (
          <AuditTarget entry={entry} />
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
          <ChangeList entry={entry} />
        )}
      </td>
    </tr>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const { t: audit } = useTranslation(AUDIT_NS);
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
          {(control) => (
            <select {...control} value={action} onChange={(e) => setAction(e.target.value)}>
              <option value="">{audit("allActions")}</option>
              {actionGroups().map(([group, actions]) => (
                <optgroup key={group} label={audit(`groups.${group}`)}>
                  <option value={`${group}.`}>
                    {audit("allInGroup", { group: audit(`groups.${group}`) })}
                  </option>
                  {actions.map((code) => (
                    <option key={code} value={code}>
                      {audit(`actions.${code}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t("moderation.audit.filter")}
        </button>
      </form>
      <QueryState query={log} isEmpty={() => items.length === 0} empty={<p>{t("moderation.audit.empty")}</p>}>
        {() => (
          <TableWrap label={t("moderation.audit.title")}>
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
          </TableWrap>
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
