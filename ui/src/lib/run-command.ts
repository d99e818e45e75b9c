import type { CommandError } from "./bindings";
import type { Result } from "./command-result";
import { noteOutcome } from "./connectivity.svelte";
import { t } from "./i18n";

/**
 * Runs a command and turns a thrown exception (a bug or a broken bridge, never a user error)
 * into an error result, so every screen has one error path and never an unhandled rejection.
 * Every outcome also tells the connectivity state whether the database answered.
 */
export async function runCommand<T>(
  command: () => Promise<Result<T, CommandError>>,
): Promise<Result<T, CommandError>> {
  try {
    const result = await command();
    noteOutcome(result.status === "error" ? result.error : null);
    return result;
  } catch (cause) {
    console.error(cause);
    return { status: "error", error: unexpectedError() };
  }
}

export function unexpectedError(): CommandError {
  return { code: "internal", message: t("unexpected-error"), fields: [], current: null };
}
