import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CommentForm } from "./CommentForm";

function renderForm() {
  render(<CommentForm label="แสดงความคิดเห็น" submitLabel="ส่งความคิดเห็น" pending={false} error={null} onSubmit={() => {}} />);
  return screen.getByLabelText("แสดงความคิดเห็น");
}

describe("writing a long comment", () => {
  it("counts Thai letters with their marks once, shows the count near the limit, and never cuts the text", () => {
    const box = renderForm();
    // "ที่" is one letter with two marks: three code points, one grapheme.
    fireEvent.change(box, { target: { value: "ที่".repeat(3000) } });
    expect(screen.queryByText(/จาก 5,000 ตัวอักษร/)).toBeNull();
    fireEvent.change(box, { target: { value: "ที่".repeat(4500) } });
    expect(screen.getByText("ใช้ไป 4,500 จาก 5,000 ตัวอักษร")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "ส่งความคิดเห็น" }).disabled).toBe(false);
  });

  it("says by how much a comment is too long and holds it back, keeping every character", () => {
    const box = renderForm();
    const text = "ก".repeat(5012);
    fireEvent.change(box, { target: { value: text } });
    expect((box as HTMLTextAreaElement).value).toHaveLength(5012);
    expect(screen.getByText("ยาวเกินไป 12 ตัวอักษร โปรดตัดให้สั้นลงก่อนส่ง")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "ส่งความคิดเห็น" }).disabled).toBe(true);
  });
});
