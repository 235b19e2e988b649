// Which decisions fit a flagged item, and what each needs besides a reason.
import type { ModerationAction, QueueItem } from "./api";

export interface ActionChoice {
  action: ModerationAction;
  /** Proposal, comment and remark decisions act on the item; account decisions on its author. */
  on: "item" | "author";
}

/**
 * The decisions offered for an item, the likeliest first; none on its author when the author's
 * account is gone (a remark keeps its words after its author deleted their account).
 */
export function actionsFor(
  item: Pick<QueueItem, "target_type" | "hidden" | "locked">,
  withAuthor = true,
): ActionChoice[] {
  const content: ModerationAction[] = item.hidden
    ? ["unhide", "dismiss_flags", "mark_spam"]
    : ["hide", "dismiss_flags", "mark_spam"];
  if (item.target_type === "proposal") {
    content.push(item.locked ? "unlock" : "lock", "pin", "unpin", "merge");
  }
  const account: ModerationAction[] = withAuthor ? ["suspend", "ban", "restore", "discard_votes"] : [];
  return [
    ...content.map((action) => ({ action, on: "item" as const })),
    ...account.map((action) => ({ action, on: "author" as const })),
  ];
}

/** Extra input an action needs: the proposal that stays (merge) or the end of a suspension. */
export function extraFieldOf(action: ModerationAction): "merge_into" | "until" | null {
  if (action === "merge") return "merge_into";
  if (action === "suspend") return "until";
  return null;
}
