import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { ProfilePage } from "./ProfilePage";

const me = {
  id: "0190aaaa-0000-7000-8000-0000000000a1",
  email: "somchai@example.org",
  display_name: "สมชาย",
  role: "citizen",
  locale: "th",
  verified: true,
  created_at: "2026-11-01T03:00:00Z",
  organizations: [],
};

function renderDeletion() {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={["/profile"]}>
        <ProfilePage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("deleting one's account", () => {
  const requests: Request[] = [];

  beforeEach(() => {
    requests.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async (request: Request) => {
        if (request.method === "GET") return Response.json(me);
        requests.push(request.clone());
        const { password } = (await request.json()) as { password: string };
        if (password === "the right password") return new Response(null, { status: 204 });
        if (password === "an owner's password") {
          return Response.json(
            {
              type: "urn:sala:problem:last_owner",
              title: "Last owner",
              status: 409,
              code: "last_owner",
              detail: "You are the last owner of เครือข่ายสิทธิเด็ก. Make another member owner first.",
            },
            { status: 409, headers: { "content-type": "application/problem+json" } },
          );
        }
        return Response.json(
          {
            type: "urn:sala:problem:validation_failed",
            title: "Some fields are not valid",
            status: 422,
            code: "validation_failed",
            errors: [{ field: "password", code: "incorrect", message: "wrong" }],
          },
          { status: 422, headers: { "content-type": "application/problem+json" } },
        );
      }),
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  it("asks for the password and an explicit confirmation before anything is sent", async () => {
    renderDeletion();
    await userEvent.click(await screen.findByRole("button", { name: "ลบบัญชีของฉัน…" }));
    const confirm = screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" });
    expect(confirm).toHaveProperty("disabled", true);
    await userEvent.type(screen.getByLabelText("รหัสผ่าน", { exact: true }), "a wrong password");
    expect(confirm).toHaveProperty("disabled", true);
    await userEvent.click(screen.getByRole("checkbox"));
    expect(confirm).toHaveProperty("disabled", false);
    expect(requests).toHaveLength(0);
  });

  it("shows a wrong password beside the field and keeps the session", async () => {
    renderDeletion();
    await userEvent.click(await screen.findByRole("button", { name: "ลบบัญชีของฉัน…" }));
    await userEvent.type(screen.getByLabelText("รหัสผ่าน", { exact: true }), "a wrong password");
    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }));
    await screen.findByText("ไม่ถูกต้อง");
    expect(screen.getByLabelText("รหัสผ่าน", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(authSession().isSignedIn()).toBe(true);
    expect(requests[0]?.method).toBe("DELETE");
    expect(requests[0]?.url).toBe("http://api.test/api/v1/me");
  });

  it("ends the session and says the account is gone", async () => {
    renderDeletion();
    await userEvent.click(await screen.findByRole("button", { name: "ลบบัญชีของฉัน…" }));
    await userEvent.type(screen.getByLabelText("รหัสผ่าน", { exact: true }), "the right password");
    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }));
    await screen.findByText("ลบบัญชีของคุณเรียบร้อยแล้ว");
    expect(authSession().isSignedIn()).toBe(false);
  });

  it("refuses the last owner of an organisation, naming it, and keeps the session", async () => {
    renderDeletion();
    await userEvent.click(await screen.findByRole("button", { name: "ลบบัญชีของฉัน…" }));
    await userEvent.type(screen.getByLabelText("รหัสผ่าน", { exact: true }), "an owner's password");
    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("คุณเป็นเจ้าของคนสุดท้ายขององค์กร");
    expect(alert.textContent).toContain("เครือข่ายสิทธิเด็ก");
    expect(authSession().isSignedIn()).toBe(true);
  });
});
