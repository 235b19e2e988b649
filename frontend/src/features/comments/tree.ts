// Pure helpers over the comment tree the API returns (top-level comments with nested replies).
import type { Comment } from "@/api/types";

/** Replies may nest this deep at most; a top-level comment has depth 0 (the API's rule). */
export const MAX_DEPTH = 6;

export function canReplyTo(comment: Comment): boolean {
  return comment.depth < MAX_DEPTH && !comment.deleted && !comment.hidden;
}

/** A copy of the tree with the comment `id` replaced by `change(comment)`; untouched branches are shared. */
export function updateInTree(comments: Comment[], id: string, change: (comment: Comment) => Comment): Comment[] {
  let changed = false;
  const next = comments.map((comment) => {
    if (comment.id === id) {
      changed = true;
      return change(comment);
    }
    if (comment.replies.length === 0) return comment;
    const replies = updateInTree(comment.replies, id, change);
    if (replies === comment.replies) return comment;
    changed = true;
    return { ...comment, replies };
  });
  return changed ? next : comments;
}

/** How many comments the tree holds, replies included. */
export function countComments(comments: readonly Comment[]): number {
  return comments.reduce((total, comment) => total + 1 + countComments(comment.replies), 0);
}
