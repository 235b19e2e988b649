import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { proposal as makeProposal } from "@/test/fixtures";
import { ImageGallery } from "./ImageGallery";
import { ImageManager } from "./ImageManager";

const IMAGE = {
  id: "0190aaaa-0000-7000-8000-0000000000i1",
  url: "/api/v1/media/0190aaaa-0000-7000-8000-0000000000i1",
  thumbnail_url: "/api/v1/media/0190aaaa-0000-7000-8000-0000000000i1/thumbnail",
  alt: "ทางเท้าหน้าตลาด",
  width: 640,
  height: 400,
};

function renderManager() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ImageManager proposal={makeProposal()} />
    </QueryClientProvider>,
  );
}

describe("a proposal's images", () => {
  const requests: Request[] = [];

  beforeEach(() => {
    requests.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn((request: Request) => {
        requests.push(request.clone());
        return Promise.resolve(Response.json(IMAGE, { status: 201 }));
      }),
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  it("sends the file itself with its type and the description, once a description is given", async () => {
    renderManager();
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "ทางเท้า.png", { type: "image/png" });
    await userEvent.upload(screen.getByLabelText("ไฟล์ภาพ"), file);
    const add = screen.getByRole("button", { name: "เพิ่มภาพ" });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    await userEvent.type(screen.getByLabelText("คำอธิบายภาพ"), IMAGE.alt);
    await userEvent.click(add);

    await screen.findByText("เพิ่มภาพแล้ว");
    const sent = requests[0]!;
    expect(sent.method).toBe("POST");
    expect(decodeURIComponent(sent.url)).toBe(
      `http://api.test/api/v1/proposals/0190aaaa-0000-7000-8000-000000000001/images?alt=${IMAGE.alt}`,
    );
    expect(sent.headers.get("Content-Type")).toBe("image/png");
    expect(new Uint8Array(await sent.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it("shows each image with its description, linked to the full size on the API's origin", () => {
    render(<ImageGallery images={[IMAGE]} />);
    const image = screen.getByRole("img", { name: IMAGE.alt });
    expect(image.getAttribute("src")).toBe(`http://api.test${IMAGE.thumbnail_url}`);
    const link = screen.getByRole("link", { name: `เปิดภาพขนาดเต็ม: ${IMAGE.alt}` });
    expect(link.getAttribute("href")).toBe(`http://api.test${IMAGE.url}`);
  });
});
