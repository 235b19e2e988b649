import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ApiProblem } from "@/api/problem";
import { ProposalForm } from "./ProposalForm";

const empty = { title: "", body: "", theme: "", province: "" };

describe("the proposal form after the server refused it", () => {
  it("clears a field's error once that field is edited, and keeps the others'", async () => {
    const refused = new ApiProblem("validation_failed", 422, [
      { field: "title", code: "required", message: "required" },
      { field: "body", code: "required", message: "required" },
    ]);
    render(
      <ProposalForm
        initial={empty}
        themes={[]}
        provinces={[]}
        submitLabel="ส่งข้อเสนอ"
        pending={false}
        error={refused}
        onSubmit={() => {}}
      />,
    );
    expect(screen.getAllByText("โปรดกรอกช่องนี้")).toHaveLength(2);
    await userEvent.type(screen.getByLabelText("ชื่อข้อเสนอ"), "ศูนย์ไกล่เกลี่ยประจำตำบล");
    expect(screen.getAllByText("โปรดกรอกช่องนี้")).toHaveLength(1);
    expect(screen.getByLabelText("ชื่อข้อเสนอ").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByLabelText("รายละเอียด").getAttribute("aria-invalid")).toBe("true");
  });
});
