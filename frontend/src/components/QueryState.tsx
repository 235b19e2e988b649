// What a page shows for data it fetches: "loading" until it comes, the problem if fetching
// failed, a message when there is nothing, and otherwise the data.
import type { ReactNode } from "react";
import { ErrorNotice } from "./ErrorNotice";
import { Loading } from "./Loading";

/** The part of a TanStack Query result (plain or infinite) that QueryState reads. */
export type QueryLike<TData, TError> =
  | { status: "pending" | "success"; data: TData | undefined; error: null }
  | { status: "error"; data: TData | undefined; error: TError };

type EmptyProps<TData> =
  | {
      /** True when the data holds nothing to show; `empty` is shown instead of `children`. */
      isEmpty: (data: TData) => boolean;
      empty: ReactNode;
    }
  | { isEmpty?: undefined; empty?: undefined };

export type QueryStateProps<TData, TError> = EmptyProps<TData> & {
  query: QueryLike<TData, TError>;
  children: (data: TData) => ReactNode;
  /** Draws a failure; an `ErrorNotice` unless given. */
  renderError?: (error: TError) => ReactNode;
  /**
   * When a refetch or a further page fails after data came, the error is shown above the data
   * already loaded instead of in its place.
   */
  keepDataOnError?: boolean;
};

/**
 * Renders `<Loading>` while there is no data yet, the error once fetching failed, `empty` when
 * `isEmpty` says so, and `children(data)` otherwise. Each of these keeps its place in the tree,
 * so what `children` draws keeps its state while an error comes and goes.
 */
export function QueryState<TData, TError>({
  query,
  children,
  renderError,
  keepDataOnError = false,
  isEmpty,
  empty,
}: QueryStateProps<TData, TError>) {
  const failed = query.status === "error";
  const data = failed && !keepDataOnError ? undefined : query.data;
  return (
    <>
      {!failed && data === undefined && <Loading />}
      {query.status === "error" && (renderError ? renderError(query.error) : <ErrorNotice error={query.error} />)}
      {data !== undefined && (isEmpty?.(data) ? empty : children(data))}
    </>
  );
}
