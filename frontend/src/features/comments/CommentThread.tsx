// The discussion under a proposal: a box for a new comment, then the threads, page by page.
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { QueryState } from "@/components/QueryState";
import { useMe, useSignedIn } from "@/features/auth";
import { useCommentThread, useCreateComment } from "./api";
import { CommentForm } from "./CommentForm";
import { CommentList } from "./CommentList";

interface CommentThreadProps {
  proposalId: string;
  total: number;
  /** Why commenting is closed, when it is. */
  closedReason: string | null;
}

export function CommentThread({ proposalId, total, closedReason }: CommentThreadProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const signedIn = useSignedIn();
  const { me } = useMe();
  const thread = useCommentThread(proposalId);
  const create = useCreateComment(proposalId);
  const comments = thread.data?.pages.flatMap((page) => page.items) ?? [];
  const viewer = { userId: me?.id, canTakePart: signedIn && closedReason === null };

  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t("comment.title", { count: total })}</h2>
      {!signedIn ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>{t("comment.signInToComment")}</Link>
        </p>
      ) : closedReason ? (
        <p className="muted">{closedReason}</p>
      ) : (
        <CommentForm
          label={t("comment.newLabel")}
          submitLabel={t("comment.send")}
          pending={create.isPending}
          error={create.error}
          onSubmit={(body, stance, done) => create.mutate({ body, stance }, { onSuccess: done })}
        />
      )}
      <QueryState
        query={thread}
        keepDataOnError
        isEmpty={() => comments.length === 0}
        empty={<p>{t("comment.none")}</p>}
      >
        {() => <CommentList comments={comments} proposalId={proposalId} viewer={viewer} />}
      </QueryState>
      {thread.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void thread.fetchNextPage()}
          disabled={thread.isFetchingNextPage}
        >
          {thread.isFetchingNextPage ? t("common.loading") : t("comment.more")}
        </button>
      )}
    </section>
  );
}
