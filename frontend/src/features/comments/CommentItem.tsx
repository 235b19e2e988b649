// One comment with its replies, drawn recursively down the thread.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Comment } from "@/api/types";
import { authorName } from "@/components/authorName";
import { DateText } from "@/components/DateText";
import { ErrorNotice } from "@/components/ErrorNotice";
import { RichText } from "@/components/RichText";
import { FlagButton } from "@/features/flags";
import { useCommentVote, useCreateComment, useDeleteComment, useUpdateComment } from "./api";
import { CommentForm } from "./CommentForm";
import { canReplyTo } from "./tree";

export interface ThreadViewer {
  /** The signed-in person's id, to offer edit and delete on their own comments. */
  userId: string | undefined;
  /** Whether the viewer may write, reply and vote now. */
  canTakePart: boolean;
}

interface CommentItemProps {
  comment: Comment;
  proposalId: string;
  viewer: ThreadViewer;
}

type Mode = "read" | "reply" | "edit" | "confirm-delete";

export function CommentItem({ comment, proposalId, viewer }: CommentItemProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>("read");
  const reply = useCreateComment(proposalId);
  const update = useUpdateComment(proposalId, comment.id);
  const remove = useDeleteComment(proposalId, comment.id);
  const vote = useCommentVote(proposalId, comment.id);
  const own = !!viewer.userId && comment.author?.id === viewer.userId;
  const readable = !comment.deleted && comment.body_html != null;
  const headingId = `comment-${comment.id}`;

  return (
    <li className={`comment comment-depth-${Math.min(comment.depth, 6)}`}>
      <article aria-labelledby={headingId} className="comment-body">
        <header className="comment-header" id={headingId}>
          <span className="comment-author">
            {authorName(comment.author, t)}
          </span>
          {!comment.deleted && (
            <span className={`badge badge-stance-${comment.stance}`}>{t(`stance.${comment.stance}`)}</span>
          )}
          <DateText iso={comment.created_at} withTime />
          {comment.edited_at && <span className="muted">({t("comment.edited")})</span>}
        </header>

        {comment.deleted ? (
          <p className="muted">{t("comment.deleted")}</p>
        ) : comment.hidden && !readable ? (
          <p className="muted">{t("comment.hidden")}</p>
        ) : mode === "edit" ? (
          <CommentForm
            label={t("comment.editLabel")}
            submitLabel={t("common.save")}
            initialBody={comment.body ?? ""}
            initialStance={comment.stance}
            pending={update.isPending}
            error={update.error}
            autoFocus
            onSubmit={(body, stance) => update.mutate({ body, stance }, { onSuccess: () => setMode("read") })}
            onCancel={() => setMode("read")}
          />
        ) : (
          <>
            {comment.hidden && (
              <p className="notice" role="note">
                {t("comment.hiddenForYou", { reason: comment.hidden_reason ?? "" })}
              </p>
            )}
            <RichText html={comment.body_html ?? ""} />
          </>
        )}

        {!comment.deleted && mode !== "edit" && (
          <div className="comment-actions">
            <button
              type="button"
              className="chip"
              aria-pressed={comment.my_vote === "up"}
              aria-label={t("comment.upvote", { count: comment.up })}
              disabled={!viewer.canTakePart || vote.isPending}
              onClick={() => vote.mutate(comment.my_vote === "up" ? null : "up")}
            >
              <span aria-hidden="true">▲ {comment.up}</span>
            </button>
            <button
              type="button"
              className="chip"
              aria-pressed={comment.my_vote === "down"}
              aria-label={t("comment.downvote", { count: comment.down })}
              disabled={!viewer.canTakePart || vote.isPending}
              onClick={() => vote.mutate(comment.my_vote === "down" ? null : "down")}
            >
              <span aria-hidden="true">▼ {comment.down}</span>
            </button>
            {viewer.canTakePart && canReplyTo(comment) && mode !== "reply" && (
              <button type="button" className="button-link" onClick={() => setMode("reply")}>
                {t("comment.reply")}
              </button>
            )}
            {own && mode === "read" && (
              <>
                <button type="button" className="button-link" onClick={() => setMode("edit")}>
                  {t("common.edit")}
                </button>
                <button type="button" className="button-link" onClick={() => setMode("confirm-delete")}>
                  {t("common.delete")}
                </button>
              </>
            )}
            {viewer.userId && !own && readable && mode === "read" && (
              <FlagButton targetType="comment" targetId={comment.id} />
            )}
            {mode === "confirm-delete" && (
              <span role="group" aria-label={t("comment.deleteConfirm")} className="confirm">
                <span>{t("comment.deleteConfirm")}</span>
                <button
                  type="button"
                  className="button button-danger"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(undefined, { onSuccess: () => setMode("read") })}
                >
                  {t("common.delete")}
                </button>
                <button type="button" className="button" onClick={() => setMode("read")}>
                  {t("common.cancel")}
                </button>
              </span>
            )}
          </div>
        )}
        <ErrorNotice error={vote.error ?? remove.error} />

        {mode === "reply" && (
          <CommentForm
            label={t("comment.replyTo", { name: authorName(comment.author, t) })}
            submitLabel={t("comment.sendReply")}
            pending={reply.isPending}
            error={reply.error}
            autoFocus
            onSubmit={(body, stance) =>
              reply.mutate({ body, stance, parent_id: comment.id }, { onSuccess: () => setMode("read") })
            }
            onCancel={() => setMode("read")}
          />
        )}
      </article>

      {comment.replies.length > 0 && (
        <ol className="comment-replies" aria-label={t("comment.repliesTo", { name: authorName(comment.author, t) })}>
          {comment.replies.map((child) => (
            <CommentItem key={child.id} comment={child} proposalId={proposalId} viewer={viewer} />
          ))}
        </ol>
      )}
    </li>
  );
}
