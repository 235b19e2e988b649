// The moderation queue: flagged items with their flags, filters, and a decision form for each.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { Field } from "@/components/Field";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { RequireSignIn } from "@/features/auth";
import { consultationTitle, useConsultations } from "@/features/consultations";
import { FLAG_REASONS } from "@/features/flags";
import { ActionForm } from "./ActionForm";
import { QUEUE_STATES, useQueue, type ModerationAction, type QueueFilters, type QueueItem } from "./api";
import { ModerationNav } from "./ModerationNav";

/** Who flagged the item and what each flag weighs toward hiding it automatically: a flag
 * brigade of new accounts shows as many flags that weigh nothing. */
function FlagWeights({ item, hideThreshold }: { item: QueueItem; hideThreshold: number | undefined }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 2 });
  return (
    <details className="flag-weights">
      <summary>
        {hideThreshold === undefined
          ? t("moderation.queue.score", { score: number(item.flag_score) })
          : t("moderation.queue.scoreOf", { score: number(item.flag_score), threshold: number(hideThreshold) })}
      </summary>
      <table>
        <caption className="muted">{t("moderation.queue.weightsExplained")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("moderation.queue.reporter")}</th>
            <th scope="col">{t("flag.reason")}</th>
            <th scope="col">{t("moderation.queue.weight")}</th>
            <th scope="col">{t("moderation.queue.record")}</th>
          </tr>
        </thead>
        <tbody>
          {item.flags.map((f) => (
            <tr key={f.id}>
              <td>
                {authorName(f.reporter, t)}
                {f.note && <span className="muted"> “{f.note}”</span>}
              </td>
              <td>{t(`flag.reasons.${f.reason}`)}</td>
              <td>{number(f.weight)}</td>
              <td>
                {t("moderation.queue.recordCounts", {
                  upheld: f.reporter_record.upheld,
                  dismissed: f.reporter_record.dismissed,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Where a flagged item is read: its proposal (at the comment), or its document (at the remark). */
function placeOf(item: QueueItem): string {
  if (item.target_type === "remark") return `/documents/${item.document_id}#remark-${item.target_id}`;
  return `/p/${item.proposal_id}${item.target_type === "comment" ? `#comment-${item.target_id}` : ""}`;
}

function QueueEntry({
  item,
  hideThreshold,
  onDone,
}: {
  item: QueueItem;
  hideThreshold: number | undefined;
  onDone: (action: ModerationAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="card queue-item">
      <h3>
        <Link to={placeOf(item)}>{item.title}</Link>
      </h3>
      <p className="meta">
        <span className="badge">{t(`moderation.targetType.${item.target_type}`)}</span>
        {item.hidden && (
          <span className="badge badge-status-rejected">
            {item.hidden_pending_review ? t("moderation.queue.hiddenPending") : t("moderation.queue.hidden")}
          </span>
        )}
        {item.locked && <span className="badge">{t("moderation.queue.locked")}</span>}
        {item.paragraph != null && <span>{t("moderation.queue.paragraph", { number: item.paragraph + 1 })}</span>}
        <span>{t("proposal.by", { name: authorName(item.author, t) })}</span>
        <span>{t("moderation.queue.openFlags", { count: item.open_flags })}</span>
        <DateText iso={item.first_flagged_at} withTime />
      </p>
      <blockquote className="pre-wrap queue-text">{item.text}</blockquote>
      <ul className="tags" aria-label={t("moderation.queue.reasons")}>
        {item.reasons.map((r) => (
          <li key={r.reason} className="tag">
            {t(`flag.reasons.${r.reason}`)} × {r.count}
          </li>
        ))}
      </ul>
      <FlagWeights item={item} hideThreshold={hideThreshold} />
      <ActionForm item={item} onDone={onDone} />
    </li>
  );
}

function Queue() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("moderation.queue.title"));
  const consultations = useConsultations();
  const [filters, setFilters] = useState<QueueFilters>({ state: "open", targetType: "", reason: "", consultation: "" });
  const queue = useQueue(filters);
  const [lastDone, setLastDone] = useState<{ action: ModerationAction; title: string } | null>(null);
  const set = (change: Partial<QueueFilters>) => setFilters({ ...filters, ...change });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const hideThreshold = queue.data?.pages[0]?.hide_threshold;

  return (
    <div>
      <h1>{t("moderation.title")}</h1>
      <ModerationNav />
      <h2>{t("moderation.queue.title")}</h2>
      <form className="filters" aria-label={t("moderation.queue.filters")} onSubmit={(e) => e.preventDefault()}>
        <Field label={t("moderation.queue.state")}>
          {(control) => (
            <select {...control} value={filters.state} onChange={(e) => set({ state: e.target.value as QueueFilters["state"] })}>
              {QUEUE_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`moderation.queue.states.${state}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("moderation.queue.kind")}>
          {(control) => (
            <select
              {...control}
              value={filters.targetType}
              onChange={(e) => set({ targetType: e.target.value as QueueFilters["targetType"] })}
            >
              <option value="">{t("moderation.queue.allKinds")}</option>
              <option value="proposal">{t("moderation.targetType.proposal")}</option>
              <option value="comment">{t("moderation.targetType.comment")}</option>
              <option value="remark">{t("moderation.targetType.remark")}</option>
            </select>
          )}
        </Field>
        <Field label={t("flag.reason")}>
          {(control) => (
            <select {...control} value={filters.reason} onChange={(e) => set({ reason: e.target.value as QueueFilters["reason"] })}>
              <option value="">{t("moderation.queue.allReasons")}</option>
              {FLAG_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`flag.reasons.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("moderation.queue.consultation")}>
          {(control) => (
            <select {...control} value={filters.consultation} onChange={(e) => set({ consultation: e.target.value })}>
              <option value="">{t("moderation.queue.allConsultations")}</option>
              {consultations.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {consultationTitle(c, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <div role="status">
        {lastDone && (
          <p className="notice notice-success">
            {t("moderation.act.doneOn", { action: t(`moderation.action.${lastDone.action}`), title: lastDone.title })}
          </p>
        )}
      </div>
      <QueryState query={queue} isEmpty={() => items.length === 0} empty={<p>{t("moderation.queue.empty")}</p>}>
        {() => (
          <ul className="plain-list queue">
            {items.map((item) => (
              <QueueEntry
                key={`${item.target_type}-${item.target_id}`}
                item={item}
                hideThreshold={hideThreshold}
                onDone={(action) => setLastDone({ action, title: item.title })}
              />
            ))}
          </ul>
        )}
      </QueryState>
      {queue.hasNextPage && (
        <button type="button" className="button" disabled={queue.isFetchingNextPage} onClick={() => void queue.fetchNextPage()}>
          {t("common.loadMore")}
        </button>
      )}
    </div>
  );
}

export function ModerationPage() {
  return (
    <RequireSignIn>
      <Queue />
    </RequireSignIn>
  );
}
