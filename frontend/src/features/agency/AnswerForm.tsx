// An agency's official answer to a proposal: its new status and a public text.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { ANSWER_STATUSES, useAnswerProposal, type AnswerStatus } from "./api";
import "./i18n";

interface AnswerFormProps {
  proposalId: string;
  /** The current answer and status, when the proposal was answered before. */
  initialText?: string;
  initialStatus?: string;
}

function asAnswerStatus(status: string | undefined): AnswerStatus {
  return ANSWER_STATUSES.find((s) => s === status) ?? "under_review";
}

export function AnswerForm({ proposalId, initialText = "", initialStatus }: AnswerFormProps) {
  const { t } = useTranslation("agency");
  const { t: tCommon } = useTranslation();
  const answer = useAnswerProposal(proposalId);
  const [status, setStatus] = useState<AnswerStatus>(asAnswerStatus(initialStatus));
  const [text, setText] = useState(initialText);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate({ status, answer: text });
  };

  return (
    <form className="form answer-form" onSubmit={submit}>
      <Field label={t("answer.status")}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as AnswerStatus)}>
            {ANSWER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tCommon(`status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("answer.text")}>
        {(control) => <textarea {...control} rows={4} required value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <ErrorNotice error={answer.error} />
      {answer.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("answer.saved")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={answer.isPending || !text.trim()}>
        {t("answer.save")}
      </button>
    </form>
  );
}

interface AnswerOpenerProps {
  proposal: { id: string; title: string };
  open: boolean;
  onToggle: () => void;
}

/** A list item's "answer" button and, once pressed, the answer form under it. */
export function AnswerOpener({ proposal, open, onToggle }: AnswerOpenerProps) {
  const { t } = useTranslation("agency");
  return (
    <>
      <button type="button" className="button" aria-expanded={open} onClick={onToggle}>
        {t("due.answer")}
        <span className="visually-hidden">: {proposal.title}</span>
      </button>
      {open && <AnswerForm proposalId={proposal.id} />}
    </>
  );
}
