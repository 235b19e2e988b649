// The one error type the app handles: an RFC 9457 problem from the API, or a failed network call.
import type { FieldError, Problem } from "./types";

/** Codes of failures that never reached the API, beside the API's own codes. */
export const NETWORK_ERROR = "network_error";

export class ApiProblem extends Error {
  override name = "ApiProblem";

  constructor(
    /** The API's stable code (`not_found`, `validation_failed`, …) or NETWORK_ERROR. */
    readonly code: string,
    readonly status: number,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly requestId: string | null = null,
    /** The API's explanation in English, naming what is at stake (the organisations, say). */
    readonly detail: string | null = null,
  ) {
    super(code);
  }

  /** The first problem reported for one input field, if any. */
  fieldError(field: string): FieldError | undefined {
    return this.fieldErrors.find((error) => error.field === field);
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && typeof (body as Problem).code === "string";
}

/** Builds the problem for an error response, whatever its body turned out to be. */
export function problemFromResponse(status: number, body: unknown): ApiProblem {
  if (isProblem(body)) {
    return new ApiProblem(body.code, status, body.errors ?? [], body.request_id ?? null, body.detail ?? null);
  }
  return new ApiProblem(status >= 500 ? "internal" : "unknown", status);
}

/** What every openapi-fetch call resolves to. */
interface FetchOutcome<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** Awaits an API call and returns its data, or throws an ApiProblem. */
export async function unwrap<Data>(pending: Promise<FetchOutcome<Data>>): Promise<Data> {
  let outcome: FetchOutcome<Data>;
  try {
    outcome = await pending;
  } catch {
    throw new ApiProblem(NETWORK_ERROR, 0);
  }
  if (!outcome.response.ok) {
    throw problemFromResponse(outcome.response.status, outcome.error);
  }
  return outcome.data as Data;
}
