import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { DeleteAccount } from "./AccountData";

function renderDeletion() {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={["/profile"]}>
        <Routes>
          <Route path="/profile" element={<DeleteAccount />} />
          <Route path="/" element={<p>home page</p>} />
        </Routes>
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
        requests.push(request.clone());
        const { password } = (await request.json()) as { password: string };
        if (password === "the right password") return new Response(null, { status: 204 });
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
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉัน…" }));
    const confirm = screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" });
    expect(confirm).toHaveProperty("disabled", true);
    await userEvent.type(screen.getByLabelText("รหัสผ่าน"), "a wrong password");
    expect(confirm).toHaveProperty("disabled", true);
    await userEvent.click(screen.getByRole("checkbox"));
    expect(confirm).toHaveProperty("disabled", false);
    expect(requests).toHaveLength(0);
  });

  it("shows a wrong password beside the field and keeps the session", async () => {
    renderDeletion();
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉัน…" }));
    await userEvent.type(screen.getByLabelText("รหัสผ่าน"), "a wrong password");
    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }));
    await screen.findByText("ไม่ถูกต้อง");
    expect(screen.getByLabelText("รหัสผ่าน").getAttribute("aria-invalid")).toBe("true");
    expect(authSession().isSignedIn()).toBe(true);
    expect(requests[0]?.method).toBe("DELETE");
    expect(requests[0]?.url).toBe("http://api.test/api/v1/me");
  });

  it("ends the session and leaves for the home page once deleted", async () => {
    renderDeletion();
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉัน…" }));
    await userEvent.type(screen.getByLabelText("รหัสผ่าน"), "the right password");
    await userEvent.click(screen.getByRole("checkbox"));
    await userEvent.click(screen.getByRole("button", { name: "ลบบัญชีของฉันถาวร" }));
    await screen.findByText("home page");
    expect(authSession().isSignedIn()).toBe(false);
  });
});
