import { describe, expect, it } from "vitest";
import { ApiProblem, NETWORK_ERROR, unwrap } from "./problem";

const response = (status: number) => new Response(null, { status });

describe("unwrap", () => {
  it("returns the data of a successful call", async () => {
    await expect(unwrap(Promise.resolve({ data: { id: 1 }, response: response(200) }))).resolves.toEqual({ id: 1 });
  });

  it("throws the API's problem with its code and field errors", async () => {
    const error = {
      type: "urn:sala:problem:validation_failed",
      title: "Some fields are not valid",
      status: 422,
      detail: "",
      code: "validation_failed",
      errors: [{ field: "title", code: "required", message: "is required" }],
    };
    const thrown = await unwrap(Promise.resolve({ error, response: response(422) })).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiProblem);
    const problem = thrown as ApiProblem;
    expect(problem.code).toBe("validation_failed");
    expect(problem.status).toBe(422);
    expect(problem.fieldError("title")?.code).toBe("required");
  });

  it("names a failed connection as a network error", async () => {
    const thrown = await unwrap(Promise.reject(new TypeError("Failed to fetch"))).catch((e: unknown) => e);
    expect((thrown as ApiProblem).code).toBe(NETWORK_ERROR);
  });

  it("copes with an error body that is not a problem", async () => {
    const thrown = await unwrap(Promise.resolve({ error: "<html>", response: response(502) })).catch((e: unknown) => e);
    expect((thrown as ApiProblem).code).toBe("internal");
  });
});
