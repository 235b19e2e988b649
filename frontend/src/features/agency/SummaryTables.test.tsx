import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Summary } from "./api";
import { QuickRatingsTable } from "./SummaryTables";

const scores = (distribution: number[], average: number) => ({ average, distribution });

describe("quick ratings on the dashboard", () => {
  it("shows the responses and the scores once k people rated", () => {
    const ratings: Summary["quick_ratings"] = {
      k: 2,
      shown: true,
      responses: 2,
      usefulness: scores([0, 0, 1, 0, 1], 4),
      understanding: scores([0, 1, 0, 1, 0], 3),
      satisfaction: scores([0, 1, 0, 1, 0], 3),
    };
    render(<QuickRatingsTable ratings={ratings} />);
    expect(screen.getByText("2 คำตอบ")).toBeTruthy();
    expect(screen.getByRole("table")).toBeTruthy();
  });

  it("shows no figure while fewer than k people rated", () => {
    const ratings: Summary["quick_ratings"] = { k: 10, shown: false };
    render(<QuickRatingsTable ratings={ratings} />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("มีผู้ให้คะแนนน้อยกว่า 10 คน จึงยังไม่แสดงตัวเลข")).toBeTruthy();
  });
});
