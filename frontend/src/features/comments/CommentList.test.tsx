import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Comment } from "@/api/types";
import { comment } from "@/test/fixtures";
import { CommentList } from "./CommentList";
import type { ThreadViewer } from "./CommentItem";

function renderThread(comments: Comment[], viewer: ThreadViewer) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <CommentList comments={comments} proposalId="p" viewer={viewer} />
    </QueryClientProvider>,
  );
}

/** The list item of the comment whose author is `name`. */
function itemOf(name: string): HTMLElement {
  const item = screen.getByText(name).closest("li");
  if (!item) throw new Error(`no comment by ${name}`);
  return item;
}

describe("comment thread", () => {
  const thread = [
    comment("a", 0, [comment("b", 1, [comment("c", 2, [], { stance: "against" })])], { stance: "for" }),
    comment("d", 0, [], { deleted: true, body: null, body_html: null, author: null }),
  ];

  it("nests each reply inside the comment it answers", () => {
    renderThread(thread, { userId: undefined, canTakePart: false });
    const b = itemOf("Author b");
    expect(itemOf("Author a").contains(b)).toBe(true);
    expect(b.contains(itemOf("Author c"))).toBe(true);
    expect(within(b).getByRole("list", { name: "คำตอบถึง Author b" })).toBeTruthy();
  });

  it("shows each writer's stance", () => {
    renderThread(thread, { userId: undefined, canTakePart: false });
    expect(within(itemOf("Author a")).getAllByText("สนับสนุน")[0]).toBeTruthy();
    expect(within(itemOf("Author c")).getByText("คัดค้าน")).toBeTruthy();
  });

  it("keeps a deleted comment's place in the thread without its text", () => {
    renderThread(thread, { userId: undefined, canTakePart: true });
    const deleted = screen.getByText("ความคิดเห็นนี้ถูกลบแล้ว").closest("li");
    expect(deleted).not.toBeNull();
    expect(within(deleted!).queryByRole("button")).toBeNull();
    expect(screen.queryByText("Text d")).toBeNull();
  });

  it("offers replies only to people who may take part, and not past the depth limit", () => {
    const deep = [comment("deep", 6)];
    const { unmount } = renderThread(deep, { userId: undefined, canTakePart: true });
    expect(screen.queryByRole("button", { name: "ตอบกลับ" })).toBeNull();
    unmount();
    renderThread([comment("shallow", 5)], { userId: undefined, canTakePart: false });
    expect(screen.queryByRole("button", { name: "ตอบกลับ" })).toBeNull();
  });

  it("offers edit and delete on one's own comments only", () => {
    renderThread(thread, { userId: "author-b", canTakePart: true });
    expect(within(itemOf("Author b")).getAllByRole("button", { name: "แก้ไข" })).toHaveLength(1);
    const a = screen.getByText("Author a").closest("article")!;
    expect(within(a).queryByRole("button", { name: "แก้ไข" })).toBeNull();
  });

  it("opens a labelled reply box under the comment being answered", async () => {
    renderThread(thread, { userId: undefined, canTakePart: true });
    const a = screen.getByText("Author a").closest("article")!;
    await userEvent.click(within(a).getByRole("button", { name: "ตอบกลับ" }));
    const box = screen.getByLabelText("ตอบกลับ Author a");
    expect(document.activeElement).toBe(box);
  });

  it("names vote buttons with their counts for screen readers", () => {
    renderThread([comment("v", 0, [], { up: 4, down: 1, my_vote: "up" })], { userId: undefined, canTakePart: true });
    const up = screen.getByRole("button", { name: "มีประโยชน์ (4)" });
    expect(up.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "ไม่มีประโยชน์ (1)" }).getAttribute("aria-pressed")).toBe("false");
  });
});
