import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ApiProblem } from "@/api/problem";
import { QueryState, type QueryLike } from "./QueryState";

type Names = { items: string[] };

const notFound = new ApiProblem("not_found", 404);
const pending: QueryLike<Names, ApiProblem> = { status: "pending", data: undefined, error: null };
const loaded = (items: string[]): QueryLike<Names, ApiProblem> => ({ status: "success", data: { items }, error: null });
const failed = (data?: Names): QueryLike<Names, ApiProblem> => ({ status: "error", data, error: notFound });

function Names({ query, keepDataOnError }: { query: QueryLike<Names, ApiProblem>; keepDataOnError?: boolean }) {
  return (
    <QueryState
      query={query}
      keepDataOnError={keepDataOnError}
      isEmpty={(data) => data.items.length === 0}
      empty={<p>ไม่มีรายการ</p>}
    >
      {(data) => (
        <ul>
          {data.items.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}

describe("query state", () => {
  it("says it is loading while there is no data yet", () => {
    render(<Names query={pending} />);
    expect(screen.getByRole("status").textContent).toBe("กำลังโหลด…");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("shows the problem when fetching failed", () => {
    render(<Names query={failed()} />);
    expect(screen.getByRole("alert").textContent).toBe("ไม่พบสิ่งที่คุณกำลังหา");
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByText("ไม่มีรายการ")).toBeNull();
  });

  it("shows the empty message when there is nothing", () => {
    render(<Names query={loaded([])} />);
    expect(screen.getByText("ไม่มีรายการ")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("draws the data", () => {
    render(<Names query={loaded(["ก", "ข"])} />);
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["ก", "ข"]);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("replaces data with the problem when a refetch fails, unless asked to keep it", () => {
    const { rerender } = render(<Names query={failed({ items: ["ก"] })} />);
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();

    rerender(<Names query={failed({ items: ["ก"] })} keepDataOnError />);
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getByRole("listitem").textContent).toBe("ก");
  });

  it("draws a failure its own way when given renderError", () => {
    render(
      <QueryState query={failed()} renderError={(error) => <p role="alert">{error.code}</p>}>
        {() => null}
      </QueryState>,
    );
    expect(screen.getByRole("alert").textContent).toBe("not_found");
  });

  it("keeps what the data draws mounted while an error comes and goes", async () => {
    function Draft() {
      const [text, setText] = useState("");
      return <input aria-label="draft" value={text} onChange={(e) => setText(e.target.value)} />;
    }
    const draw = (query: QueryLike<Names, ApiProblem>) => (
      <QueryState query={query} keepDataOnError>
        {() => <Draft />}
      </QueryState>
    );
    const { rerender } = render(draw(loaded(["ก"])));
    await userEvent.type(screen.getByRole("textbox", { name: "draft" }), "ร่าง");
    rerender(draw(failed({ items: ["ก"] })));
    expect(screen.getByRole("alert")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "draft" }).value).toBe("ร่าง");
  });

  it("takes a TanStack Query result as it is", async () => {
    function Fetched() {
      const query = useQuery({ queryKey: ["names"], queryFn: () => Promise.resolve({ items: ["ค"] }) });
      return (
        <QueryState query={query} isEmpty={(data) => data.items.length === 0} empty={<p>ไม่มีรายการ</p>}>
          {(data) => <p>{data.items.join(", ")}</p>}
        </QueryState>
      );
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Fetched />
      </QueryClientProvider>,
    );
    expect(screen.getByRole("status")).toBeTruthy();
    expect(await screen.findByText("ค")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
