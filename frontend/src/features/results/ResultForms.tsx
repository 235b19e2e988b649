// The responsible organisation's forms on a result: post an update, add a milestone.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { useFieldErrors } from "@/components/useFieldErrors";
import { RESULT_STATUSES, useAddMilestone, usePostUpdate, type ResultDetail, type ResultStatus } from "./api";

export function UpdateForm({ result }: { result: ResultDetail }) {
  const { t } = useTranslation();
  const post = usePostUpdate(result.id);
  const errors = useFieldErrors(post.error);
  const [status, setStatus] = useState<ResultStatus>(result.status);
  const [progress, setProgress] = useState(String(result.progress));
  const [note, setNote] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.mutate(
      {
        status,
        note: note.trim() || null,
        ...(result.has_children ? {} : { progress: Number(progress) }),
      },
      { onSuccess: () => setNote("") },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="update-form-title">
      <h3 id="update-form-title">{t("results.postUpdate")}</h3>
      <Field label={t("results.statusLabel")}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as ResultStatus)}>
            {RESULT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`results.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!result.has_children && (
        <Field label={t("results.progressLabel")} error={errors.message("progress")}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              value={progress}
              onChange={(e) => {
                errors.edited("progress");
                setProgress(e.target.value);
              }}
            />
          )}
        </Field>
      )}
      <Field label={t("results.noteLabel")} error={errors.message("note")}>
        {(control) => <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <ErrorNotice error={post.error} />
      {post.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("results.updatePosted")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={post.isPending}>
        {t("results.postUpdate")}
      </button>
    </form>
  );
}

export function MilestoneForm({ resultId }: { resultId: string }) {
  const { t } = useTranslation();
  const add = useAddMilestone(resultId);
  const errors = useFieldErrors(add.error);
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [done, setDone] = useState("");
  const [evidence, setEvidence] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { title, due_date: due || null, done_date: done || null, evidence },
      {
        onSuccess: () => {
          setTitle("");
          setDue("");
          setDone("");
          setEvidence("");
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="milestone-form-title">
      <h3 id="milestone-form-title">{t("results.addMilestone")}</h3>
      <MilestoneFields
        values={{ title, due, done, evidence }}
        set={{ title: setTitle, due: setDue, done: setDone, evidence: setEvidence }}
        message={errors.message}
      />
      <ErrorNotice error={add.error} />
      {add.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("results.milestoneAdded")}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {t("results.addMilestone")}
      </button>
    </form>
  );
}

interface MilestoneValues {
  title: string;
  due: string;
  done: string;
  evidence: string;
}

/** A milestone's inputs, shared by the result page and the new-result form. */
export function MilestoneFields({
  values,
  set,
  message,
}: {
  values: MilestoneValues;
  set: { [K in keyof MilestoneValues]: (value: string) => void };
  message: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t("results.milestoneTitle")} error={message("title")}>
        {(control) => <input {...control} value={values.title} onChange={(e) => set.title(e.target.value)} />}
      </Field>
      <Field label={t("results.milestoneDueLabel")} error={message("due_date")}>
        {(control) => <input {...control} type="date" value={values.due} onChange={(e) => set.due(e.target.value)} />}
      </Field>
      <Field label={t("results.milestoneDoneLabel")} error={message("done_date")}>
        {(control) => <input {...control} type="date" value={values.done} onChange={(e) => set.done(e.target.value)} />}
      </Field>
      <Field label={t("results.evidenceLabel")} hint={t("results.evidenceHint")} error={message("evidence")}>
        {(control) => (
          <textarea {...control} rows={3} value={values.evidence} onChange={(e) => set.evidence(e.target.value)} />
        )}
      </Field>
    </>
  );
}
