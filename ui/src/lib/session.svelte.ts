import { commands, type SessionInfo } from "./bindings";
import { runCommand } from "./run-command";

/** Who is signed in, for "my records", owner defaults and per-user saved views. */
let info = $state<SessionInfo | null>(null);

export const session = {
  get info(): SessionInfo | null {
    return info;
  },
  get userId(): number | null {
    return info?.user_id ?? null;
  },
};

export async function loadSession(): Promise<void> {
  const result = await runCommand(() => commands.sessionInfo({}));
  info = result.status === "ok" ? result.data : null;
}
