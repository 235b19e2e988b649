// The current version's paragraphs, each with its remarks: comments, and suggested amendments
// the writers accept into the draft or reject with a reason. Signed-in readers add their own and
// report others' to the moderators; a remark moderation hid is shown, marked, only to its author
// and to moderators (the server lists it to nobody else).
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { RichText } from "@/components/RichText";
import { useFieldErrors } from "@/components/useFieldErrors";
import { useMe, useSignedIn } from "@/features/auth";
import { FlagButton } from "@/features/flags";
import { useAddRemark, useDecideAmendment, useRemarks, type RemarkResponse, type VersionResponse } from "./api";
import "./i18n";

type RemarkKind = RemarkResponse["kind"];

function DecisionForm({ documentId, remark }: { documentId: string; remark: RemarkResponse }) {
  const { t } = useTranslation("documents");
  const decide = useDecideAmendment(documentId);
  const errors = useFieldErrors(decide.error);
  const [reason, setReason] = useState("");
  const send = (accept: boolean) => decide.mutate({ remarkId: remark.id, accept, reason: reason.trim() || null });
  return (
    <div className="remark-decision">
      <Field label={t("remarks.reasonLabel")} hint={t("remarks.reasonHint")} error={errors.message("reason")}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={reason}
            onChange={(e) => {
              errors.edited("reason");
              setReason(e.target.value);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={decide.isPending} onClick={() => send(true)}>
          {t("remarks.accept")}
        </button>
        <button type="button" className="button" disabled={decide.isPending} onClick={() => send(false)}>
          {t("remarks.reject")}
        </button>
      </div>
      <ErrorNotice error={decide.error} />
    </div>
  );
}

interface RemarkItemProps {
  documentId: string;
  remark: RemarkResponse;
  mayDecide: boolean;
  /** The signed-in reader's account id, if any. */
  viewerId: string | undefined;
}

function RemarkItem({ documentId, remark, mayDecide, viewerId }: RemarkItemProps) {
  const { t } = useTranslation("documents");
  const own = !!viewerId && remark.author_id === viewerId;
  return (
    <li className="remark" id={`remark-${remark.id}`}>
      <p className="meta">
        <span className="badge">{t(`remarks.kind.${remark.kind}`)}</span>{" "}
        {remark.status && <span className={`badge badge-${remark.status}`}>{t(`remarks.status.${remark.status}`)}</span>}{" "}
        {remark.author_name ?? t("remarks.deletedAccount")} · <DateText iso={remark.created_at} />
      </p>
      {remark.hidden && (
        <p className="notice" role="note">
          {t("remarks.hiddenForYou", { reason: remark.hidden_reason ?? "" })}
        </p>
      )}
      <RichText html={remark.body_html} />
      {remark.proposed_html && (
        <div className="remark-proposed">
          <p className="field-hint">{t("remarks.proposedWords")}</p>
          <RichText html={remark.proposed_html} />
        </div>
      )}
      {remark.decision_reason && (
        <p>
          <strong>{t("remarks.decisionReason")}</strong> {remark.decision_reason}
        </p>
      )}
      {mayDecide && remark.status === "open" && !remark.hidden && <DecisionForm documentId={documentId} remark={remark} />}
      {viewerId && !own && !remark.hidden && <FlagButton targetType="remark" targetId={remark.id} />}
    </li>
  );
}

function RemarkForm({ documentId, version, index }: { documentId: string; version: VersionResponse; index: number }) {
  const { t } = useTranslation("documents");
  const add = useAddRemark(documentId);
  const errors = useFieldErrors(add.error);
  const original = version.paragraphs[index]?.text ?? "";
  const [kind, setKind] = useState<RemarkKind>("comment");
  const [body, setBody] = useState("");
  const [proposed, setProposed] = useState(original);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        version_id: version.id,
        paragraph: index,
        kind,
        body,
        proposed_text: kind === "amendment" ? proposed : null,
      },
      {
        onSuccess: () => {
          setBody("");
          setProposed(original);
        },
      },
    );
  };
  return (
    <form className="form remark-form" onSubmit={submit}>
      <fieldset>
        <legend>{t("remarks.kindLegend")}</legend>
        {(["comment", "amendment"] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`remark-kind-${index}`} checked={kind === k} onChange={() => setKind(k)} />{" "}
            {t(`remarks.choose.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === "amendment" && (
        <Field label={t("remarks.proposedLabel")} hint={t("remarks.proposedHint")} error={errors.message("proposed_text")}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={proposed}
              onChange={(e) => {
                errors.edited("proposed_text");
                setProposed(e.target.value);
              }}
            />
          )}
        </Field>
      )}
      <Field
        label={kind === "amendment" ? t("remarks.whyLabel") : t("remarks.commentLabel")}
        error={errors.message("body") ?? errors.message("paragraph")}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={body}
            onChange={(e) => {
              errors.edited("body");
              setBody(e.target.value);
            }}
          />
        )}
      </Field>
      <ErrorNotice error={add.error} />
      {add.isSuccess && (
        <p className="notice notice-success" role="status">
          {t("remarks.sent")}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {kind === "amendment" ? t("remarks.sendAmendment") : t("remarks.sendComment")}
        </button>
      </div>
    </form>
  );
}

export function ParagraphRemarks({ documentId, version }: { documentId: string; version: VersionResponse }) {
  const { t } = useTranslation("documents");
  const location = useLocation();
  const signedIn = useSignedIn();
  const { me } = useMe();
  const remarks = useRemarks(documentId);
  const list = remarks.data?.version_id === version.id ? remarks.data : undefined;
  return (
    <ol className="document-paragraphs">
      {version.paragraphs.map((p, i) => {
        const here = list?.items.filter((r) => r.paragraph === i) ?? [];
        // A link to one remark (from the moderation queue or a notification) opens its paragraph.
        const linked = here.some((r) => location.hash === `#remark-${r.id}`);
        return (
          <li key={i}>
            <RichText html={p.html} />
            <details className="paragraph-remarks" open={linked || undefined}>
              <summary>{t("remarks.summary", { number: i + 1, total: here.length })}</summary>
              <ErrorNotice error={remarks.error} />
              {here.length > 0 && (
                <ul className="remarks">
                  {here.map((r) => (
                    <RemarkItem
                      key={r.id}
                      documentId={documentId}
                      remark={r}
                      mayDecide={!!list?.viewer_may_decide}
                      viewerId={me?.id}
                    />
                  ))}
                </ul>
              )}
              {signedIn ? (
                <RemarkForm documentId={documentId} version={version} index={i} />
              ) : (
                <p>
                  <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t("remarks.signIn")}</Link>
                </p>
              )}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
