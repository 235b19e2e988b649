import type { Comment } from "@/api/types";
import { CommentItem, type ThreadViewer } from "./CommentItem";

/** Top-level comments; each draws its own replies. */
export function CommentList({
  comments,
  proposalId,
  viewer,
}: {
  comments: Comment[];
  proposalId: string;
  viewer: ThreadViewer;
}) {
  if (comments.length === 0) return null;
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} proposalId={proposalId} viewer={viewer} />
      ))}
    </ol>
  );
}
