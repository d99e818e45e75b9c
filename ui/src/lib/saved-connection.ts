import type { ConnectionInfo, ConnectionTarget, SavedConnection } from "./bindings";

/**
 * What Rust now remembers as the last connection, so the connect screen shown after a disconnect
 * offers the connection just closed without asking Rust to start over. Rust saves the URL
 * without its password, which is exactly the location it reports.
 */
export function savedAfterOpening(
  target: ConnectionTarget,
  opened: ConnectionInfo,
  previous: SavedConnection | null,
): SavedConnection {
  if (target.kind === "embedded") return { kind: "embedded" };
  const keptFromBefore =
    previous?.kind === "server" && previous.url === opened.location && previous.has_saved_password;
  const passwordStored = target.remember_password && (target.password !== null || keptFromBefore);
  return { kind: "server", url: opened.location, has_saved_password: passwordStored };
}
