// Writing or editing a comment: its text and the writer's stance on the proposal.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Stance } from "@/api/types";
import { ErrorNotice } from "@/components/ErrorNotice";
import { Field } from "@/components/Field";
import { fieldMessage } from "@/i18n/errors";

const STANCES: Stance[] = ["for", "against", "neutral"];
/** What the server accepts, in graphemes (a Thai letter with its marks counts once). */
const MAX_GRAPHEMES = 5000;
/** The counter shows from here on, while there is still room to shorten. */
const COUNT_FROM = 4000;

const graphemeSegmenter = new Intl.Segmenter("th", { granularity: "grapheme" });
function graphemeCount(text: string): number {
  return Array.from(graphemeSegmenter.segment(text)).length;
}

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  initialStance?: Stance;
  pending: boolean;
  error: unknown;
  autoFocus?: boolean;
  onSubmit: (body: string, stance: Stance, done: () => void) => void;
  onCancel?: () => void;
}

export function CommentForm(props: CommentFormProps) {
  const { t } = useTranslation();
  const stanceName = useId();
  const [body, setBody] = useState(props.initialBody ?? "");
  const [stance, setStance] = useState<Stance>(props.initialStance ?? "neutral");

  const used = graphemeCount(body);
  const tooLong = used > MAX_GRAPHEMES;
  const lengthHint =
    used >= COUNT_FROM ? t("comment.length", { used: used.toLocaleString(), max: MAX_GRAPHEMES.toLocaleString() }) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    props.onSubmit(body, stance, () => {
      setBody("");
      setStance("neutral");
    });
  };

  return (
    <form className="form comment-form" onSubmit={submit} noValidate>
      <ErrorNotice error={props.error} />
      <Field
        label={props.label}
        hint={lengthHint}
        error={tooLong ? t("comment.tooLong", { over: (used - MAX_GRAPHEMES).toLocaleString() }) : fieldMessage(props.error, "body", t)}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            required
            value={body}
            // Opened on request (reply, edit), so the cursor goes where the person will type.
            autoFocus={props.autoFocus}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="stance-choice">
        <legend>{t("comment.stance")}</legend>
        {STANCES.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={stanceName}
              value={value}
              checked={stance === value}
              onChange={() => setStance(value)}
            />
            {t(`stance.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={props.pending || !body.trim() || tooLong}>
          {props.pending ? t("common.working") : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
