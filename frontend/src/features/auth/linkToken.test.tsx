import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { useLinkToken } from "./linkToken";

function tokenAt(url: string): string | null {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(() => useLinkToken(), { wrapper }).result.current;
}

describe("useLinkToken", () => {
  it("reads the token from the fragment, which never reaches a server", () => {
    expect(tokenAt("/verify-email#token=abc-123")).toBe("abc-123");
  });

  it("still reads links mailed with the token in the query", () => {
    expect(tokenAt("/reset-password?token=old_link")).toBe("old_link");
  });

  it("is null without a token", () => {
    expect(tokenAt("/verify-email")).toBeNull();
  });
});
