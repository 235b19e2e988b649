// Small API-shaped values for component and logic tests.
import type { Comment, Proposal } from "@/api/types";

/** A comment as the API returns it, with optional replies and overrides. */
export function comment(id: string, depth: number, replies: Comment[] = [], extra: Partial<Comment> = {}): Comment {
  return {
    id,
    proposal_id: "p",
    parent_id: null,
    depth,
    stance: "neutral",
    up: 0,
    down: 0,
    deleted: false,
    hidden: false,
    created_at: "2026-11-21T03:00:00Z",
    author: { id: `author-${id}`, display_name: `Author ${id}` },
    body: `Text ${id}`,
    body_html: `<p>Text ${id}</p>`,
    replies,
    ...extra,
  };
}

export function proposal(extra: Partial<Proposal> = {}): Proposal {
  return {
    id: "0190aaaa-0000-7000-8000-000000000001",
    consultation_id: "0190aaaa-0000-7000-8000-0000000000c1",
    title: "ตู้บริการอัตโนมัติ",
    body: "ให้บริการ 24 ชั่วโมง",
    body_html: "<p>ให้บริการ 24 ชั่วโมง</p>",
    status: "published",
    author: { id: "author-1", display_name: "สมชาย" },
    counts: { agree: 3, disagree: 1, pass: 0, comments: 0 },
    follower_count: 0,
    my_vote: null,
    locked: false,
    pinned: false,
    hidden: false,
    images: [],
    created_at: "2026-11-21T03:00:00Z",
    updated_at: "2026-11-21T03:00:00Z",
    ...extra,
  };
}
