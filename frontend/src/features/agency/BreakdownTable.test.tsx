import { render, screen, within } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import type { Breakdown } from "./api";
import { BreakdownTable } from "./BreakdownTable";

const breakdown: Breakdown = {
  by: "province",
  k: 5,
  groups: [
    { kind: "value", label: "เชียงใหม่", suppressed: false, participants: 12, votes: { agree: 20, disagree: 4, pass: 1, total: 25 }, support: 0.634 },
    { kind: "value", label: "น่าน", suppressed: true },
    { kind: "other", label: null, suppressed: true },
    { kind: "undeclared", label: null, suppressed: false, participants: 7, votes: { agree: 3, disagree: 3, pass: 0, total: 6 }, support: null },
  ],
};

function row(name: string) {
  return screen.getByRole("rowheader", { name }).closest("tr") as HTMLElement;
}

describe("breakdown table", () => {
  afterEach(async () => {
    await i18next.changeLanguage("th");
  });

  it("shows the figures of groups large enough", () => {
    render(<BreakdownTable breakdown={breakdown} caption="จังหวัด" />);
    const cells = within(row("เชียงใหม่")).getAllByRole("cell").map((c) => c.textContent);
    expect(cells).toEqual(["12", "25", "63.4%"]);
  });

  it("marks small groups as suppressed with k, and shows no figure for them", () => {
    render(<BreakdownTable breakdown={breakdown} caption="จังหวัด" />);
    const cells = within(row("น่าน")).getAllByRole("cell");
    expect(cells).toHaveLength(1);
    expect(cells[0]).toHaveProperty("textContent", "ปกปิด (น้อยกว่า 5 คน)");
    expect(within(row("กลุ่มอื่น ๆ")).getByRole("cell").textContent).toBe("ปกปิด (น้อยกว่า 5 คน)");
  });

  it("names undeclared groups and leaves a missing support blank", () => {
    render(<BreakdownTable breakdown={breakdown} caption="จังหวัด" />);
    expect(within(row("ไม่ได้ระบุ")).getAllByRole("cell").map((c) => c.textContent)).toEqual(["7", "6", "–"]);
  });

  it("speaks English when switched", async () => {
    await i18next.changeLanguage("en");
    render(<BreakdownTable breakdown={breakdown} caption="Province" />);
    expect(within(row("น่าน")).getByRole("cell").textContent).toBe("suppressed (fewer than 5)");
    expect(screen.getByRole("columnheader", { name: "Participants" })).toBeDefined();
  });
});
