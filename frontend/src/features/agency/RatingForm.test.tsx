import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiProblem } from "@/api/problem";
import { RatingForm } from "./RatingForm";

const save = () => screen.getByRole("button", { name: "บันทึกคะแนน" });

function pick(question: string, score: number) {
  const group = screen.getByRole("group", { name: question });
  return userEvent.click(group.querySelector(`input[value="${score}"]`) as HTMLElement);
}

describe("quick ratings", () => {
  it("waits for all three ratings before it can be sent", async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    render(<RatingForm onSubmit={onSubmit} />);
    expect(save()).toHaveProperty("disabled", true);
    await pick("การมีส่วนร่วมครั้งนี้มีประโยชน์เพียงใด", 4);
    await pick("คุณเข้าใจเรื่องนี้มากน้อยเพียงใด", 2);
    expect(save()).toHaveProperty("disabled", true);
    await pick("โดยรวมคุณพึงพอใจเพียงใด", 5);
    expect(save()).toHaveProperty("disabled", false);
  });

  it("sends the chosen scores, confirms, and lets them be changed and sent again", async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    render(<RatingForm onSubmit={onSubmit} />);
    await pick("การมีส่วนร่วมครั้งนี้มีประโยชน์เพียงใด", 4);
    await pick("คุณเข้าใจเรื่องนี้มากน้อยเพียงใด", 2);
    await pick("โดยรวมคุณพึงพอใจเพียงใด", 5);
    await userEvent.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ usefulness: 4, understanding: 2, satisfaction: 5 });
    expect((await screen.findByRole("status")).textContent).toBe("ขอบคุณ บันทึกคะแนนของคุณแล้ว");

    await pick("คุณเข้าใจเรื่องนี้มากน้อยเพียงใด", 3);
    expect(screen.queryByRole("status")).toBeNull();
    await userEvent.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ usefulness: 4, understanding: 3, satisfaction: 5 });
  });

  it("shows the reader's earlier ratings, ready to be changed", async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    render(
      <RatingForm
        onSubmit={onSubmit}
        earlier={{ usefulness: 2, understanding: 5, satisfaction: 1, updated_at: "2026-11-21T05:00:00Z" }}
      />,
    );
    const checked = (question: string) =>
      screen.getByRole("group", { name: question }).querySelector<HTMLInputElement>("input:checked")?.value;
    expect(checked("การมีส่วนร่วมครั้งนี้มีประโยชน์เพียงใด")).toBe("2");
    expect(checked("คุณเข้าใจเรื่องนี้มากน้อยเพียงใด")).toBe("5");
    expect(checked("โดยรวมคุณพึงพอใจเพียงใด")).toBe("1");
    expect(screen.getByText(/คะแนนที่คุณให้ไว้ล่าสุดเมื่อ/).textContent).toContain("21 พฤศจิกายน 2569");
    await pick("โดยรวมคุณพึงพอใจเพียงใด", 3);
    await userEvent.click(save());
    expect(onSubmit).toHaveBeenLastCalledWith({ usefulness: 2, understanding: 5, satisfaction: 3 });
  });

  it("labels each score for screen readers", () => {
    render(<RatingForm onSubmit={() => Promise.resolve()} />);
    expect(screen.getAllByRole("radio", { name: "3 จาก 5" })).toHaveLength(3);
  });

  it("shows the API's refusal instead of a confirmation", () => {
    render(<RatingForm onSubmit={() => Promise.resolve()} error={new ApiProblem("forbidden", 403)} />);
    expect(screen.getByRole("alert").textContent).not.toBe("");
    expect(screen.queryByRole("status")).toBeNull();
  });
});
