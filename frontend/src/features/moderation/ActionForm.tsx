// One decision on a flagged item or a proposal: what to do, why (shown publicly), and what the action needs.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fromBangkokInput } from "@/i18n/dates";
import { fieldMessage } from "@/i18n/errors";
import { actionsFor, extraFieldOf } from "./actions";
import { useModerate, type ModerationAction, type QueueItem } from "./api";

/** What a decision acts on: a queue item, or a proposal opened by its moderator. */
export type ModerationTarget = Pick<QueueItem, "target_type" | "target_id" | "hidden" | "locked"> & {
  /** Absent when the author's account is gone. */
  author?: { id: string } | null;
};

interface ActionFormProps {
  item: ModerationTarget;
  /** Told after a decision: the item may leave the queue being shown, and this form with it. */
  onDone: (action: ModerationAction) => void;
}

export function ActionForm({ item, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const choices = actionsFor(item, !!item.author);
  const [choice, setChoice] = useState(0);
  const [reason, setReason] = useState("");
  const moderate = useModerate((request) => {
    setReason("");
    onDone(request.action);
  });
  const [mergeInto, setMergeInto] = useState("");
  const [until, setUntil] = useState("");
  const selected = choices[choice] ?? choices[0]!;
  const extra = extraFieldOf(selected.action);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const author = selected.on === "author" ? item.author : null;
    moderate.mutate(
      {
        action: selected.action,
        target_type: author ? "user" : item.target_type,
        target_id: author ? author.id : item.target_id,
        reason: reason.trim(),
        merge_into: extra === "merge_into" ? mergeInto.trim() || null : null,
        until: extra === "until" ? fromBangkokInput(until) : null,
      },
    );
  };

  return (
    // Not named, so not a landmark: the queue shows one per item, and landmarks must differ.
    <form className="form action-form" onSubmit={submit} noValidate>
      <h4>{t("moderation.act.title")}</h4>
      {moderate.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("moderation.act.done", { action: t(`moderation.action.${moderate.variables.action}`) })}
        </p>
      )}
      <ErrorNotice error={moderate.error} />
      <div className="field-row">
        <Field label={t("moderation.act.action")} error={fieldMessage(moderate.error, "action", t)}>
          {(control) => (
            <select {...control} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
              {choices.map((c, index) => (
                <option key={`${c.on}-${c.action}`} value={index}>
                  {c.on === "author"
                    ? t("moderation.act.onAuthor", { action: t(`moderation.action.${c.action}`) })
                    : t(`moderation.action.${c.action}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {extra === "merge_into" && (
          <Field
            label={t("moderation.act.mergeInto")}
            hint={t("moderation.act.mergeIntoHint")}
            error={fieldMessage(moderate.error, "merge_into", t)}
          >
            {(control) => <input {...control} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} />}
          </Field>
        )}
        {extra === "until" && (
          <Field label={t("moderation.act.until")} error={fieldMessage(moderate.error, "until", t)}>
            {(control) => (
              <input {...control} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
            )}
          </Field>
        )}
      </div>
      <Field
        label={t("moderation.act.reason")}
        hint={t("moderation.act.reasonHint")}
        error={fieldMessage(moderate.error, "reason", t)}
      >
        {(control) => <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="button button-primary" disabled={moderate.isPending || reason.trim().length < 3}>
        {moderate.isPending ? t("common.working") : t("moderation.act.submit")}
      </button>
    </form>
  );
}
