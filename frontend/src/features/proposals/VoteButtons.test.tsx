import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authSession, configureApi } from "@/api/client";
import { proposalKeys } from "@/api/queryKeys";
import type { Proposal } from "@/api/types";
import { proposal as makeProposal } from "@/test/fixtures";
import { useProposal } from "./api";
import { VoteButtons } from "./VoteButtons";

function VotingOn({ id }: { id: string }) {
  const { data } = useProposal(id);
  return data ? <VoteButtons proposal={data} signedIn closedReason={null} /> : null;
}

function renderVoting(proposal: Proposal) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  queryClient.setQueryData(proposalKeys.one(proposal.id), proposal);
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <VotingOn id={proposal.id} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("voting on a proposal", () => {
  const requests: Request[] = [];

  beforeEach(() => {
    requests.length = 0;
    configureApi({ apiOrigin: "http://api.test" });
    authSession().start({ access_token: "access", refresh_token: "refresh", expires_in: 900, token_type: "Bearer" });
    vi.stubGlobal(
      "fetch",
      vi.fn((request: Request) => {
        requests.push(request.clone());
        const agreed = request.method === "PUT";
        return Promise.resolve(
          Response.json({
            my_vote: agreed ? "agree" : null,
            counts: { agree: agreed ? 4 : 3, disagree: 1, pass: 0 },
          }),
        );
      }),
    );
  });

  afterEach(() => {
    authSession().end();
    vi.unstubAllGlobals();
  });

  it("casts an agree vote and shows the new count and the pressed button", async () => {
    renderVoting(makeProposal());
    const agree = screen.getByRole("button", { name: /^เห็นด้วย/ });
    expect(agree.getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(agree);

    await screen.findByText("คุณโหวต: เห็นด้วย");
    expect(screen.getByTestId("count-agree").textContent).toBe("4");
    expect(agree.getAttribute("aria-pressed")).toBe("true");
    const sent = requests[0]!;
    expect(sent.method).toBe("PUT");
    expect(sent.url).toBe("http://api.test/api/v1/proposals/0190aaaa-0000-7000-8000-000000000001/vote");
    expect(sent.headers.get("Authorization")).toBe("Bearer access");
    expect(await sent.json()).toEqual({ value: "agree" });
  });

  it("retracts the vote when the chosen button is pressed again", async () => {
    renderVoting(makeProposal({ my_vote: "agree", counts: { agree: 4, disagree: 1, pass: 0, comments: 0 } }));
    await userEvent.click(screen.getByRole("button", { name: /^เห็นด้วย/ }));
    await screen.findByText((_, element) => element?.getAttribute("data-testid") === "count-agree" && element.textContent === "3");
    expect(requests[0]?.method).toBe("DELETE");
  });
});
