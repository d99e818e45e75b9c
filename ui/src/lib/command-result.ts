/** What every generated command resolves to (the shape `typedError` in bindings.ts returns). */
export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };
