// Reporting a proposal, comment or remark on a document to the moderators: a reason, and a note when it is "other".
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { apiClient } from "@/api/client";
import { ApiProblem, unwrap } from "@/api/problem";
import type { components } from "@/api/schema";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fieldMessage } from "@/i18n/errors";

type FlagReason = components["schemas"]["FlagReason"];
export const FLAG_REASONS = [
  "spam",
  "abuse",
  "off_topic",
  "personal_data",
  "misinformation",
  "other",
] as const satisfies readonly FlagReason[];

interface FlagButtonProps {
  targetType: "proposal" | "comment" | "remark";
  targetId: string;
}

export function FlagButton({ targetType, targetId }: FlagButtonProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReason>("spam");
  const [note, setNote] = useState("");
  const firstField = useRef<HTMLSelectElement>(null);
  // Opening the form takes keyboard and screen-reader users straight to its first choice.
  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);
  const flag = useMutation({
    mutationFn: () =>
      unwrap(
        apiClient().POST("/api/v1/flags", {
          body: { target_type: targetType, target_id: targetId, reason, note: note.trim() || null },
        }),
      ),
  });
  const already = flag.error instanceof ApiProblem && flag.error.code === "already_flagged";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    flag.mutate();
  };

  if (flag.isSuccess || already) {
    return (
      <p className="muted" role="status">
        {already ? t("flag.already") : t("flag.thanks")}
      </p>
    );
  }
  return (
    <div className="flag">
      <button
        type="button"
        className="button-link"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {t(`flag.open.${targetType}`)}
      </button>
      {open && (
        <form id={formId} className="form card flag-form" onSubmit={submit} noValidate>
          <ErrorNotice error={flag.error} />
          <Field label={t("flag.reason")} error={fieldMessage(flag.error, "reason", t)}>
            {(control) => (
              <select
                {...control}
                ref={firstField}
                value={reason}
                onChange={(e) => setReason(e.target.value as FlagReason)}
              >
                {FLAG_REASONS.map((value) => (
                  <option key={value} value={value}>
                    {t(`flag.reasons.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t("flag.note")}
            hint={reason === "other" ? t("flag.noteRequired") : t("flag.noteHint")}
            error={fieldMessage(flag.error, "note", t)}
          >
            {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={flag.isPending}>
              {flag.isPending ? t("common.working") : t("flag.submit")}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
