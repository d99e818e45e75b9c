import { commands, events, type CommandError, type UpdateOffer } from "./bindings";
import { runCommand } from "./run-command";

/** Where the app's own update stands, from the first look for one to the restart. */
export type UpdatePhase = "idle" | "checking" | "latest" | "offered" | "downloading" | "ready" | "installing";

class UpdateState {
  current = $state("");
  phase = $state<UpdatePhase>("idle");
  offer = $state<UpdateOffer | null>(null);
  received = $state(0);
  total = $state<number | null>(null);
  error = $state<CommandError | null>(null);
  /** The details are open: the version, its notes, the download and the consent to install. */
  dialogOpen = $state(false);
  /** The user put the start-up offer aside for this run. */
  dismissed = $state(false);
  checkAtStart = $state(true);

  /** Asks the release server. `quiet`: the look at start, which never shows an error. */
  async check(quiet = false) {
    if (this.phase === "checking" || this.phase === "downloading" || this.phase === "installing") return;
    this.phase = "checking";
    this.error = null;
    const result = await runCommand(() => commands.updateCheck());
    if (result.status === "error") {
      this.phase = this.offer ? "offered" : "idle";
      if (!quiet) this.error = result.error;
      return;
    }
    this.current = result.data.current_version;
    this.offer = result.data.offer;
    this.received = 0;
    this.total = null;
    this.phase = result.data.offer ? "offered" : "latest";
  }

  /** Downloads and verifies the offered version; nothing is installed. */
  async download() {
    if (this.phase !== "offered") return;
    this.phase = "downloading";
    this.error = null;
    this.received = 0;
    this.total = null;
    const stop = await events.updateProgress.listen((event) => {
      this.received = event.payload.received;
      this.total = event.payload.total;
    });
    const result = await runCommand(() => commands.updateDownload());
    stop();
    if (result.status === "error") {
      this.phase = "offered";
      this.error = result.error;
    } else {
      this.phase = "ready";
    }
  }

  /** Installs the verified download and restarts into it, on the user's word. */
  async install() {
    if (this.phase !== "ready") return;
    this.phase = "installing";
    this.error = null;
    const result = await runCommand(() => commands.updateInstall());
    // Success restarts the app; only a failure comes back here.
    if (result.status === "error") {
      this.phase = "ready";
      this.error = result.error;
    }
  }

  async setCheckAtStart(enabled: boolean) {
    const result = await runCommand(() => commands.updateCheckAtStartSet(enabled));
    if (result.status === "ok") this.checkAtStart = result.data;
  }
}

export const updates = new UpdateState();

/** A byte count as the user reads it, e.g. "3.4 MB". */
export function formatSize(bytes: number, locale: string): string {
  const megabytes = bytes / 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: megabytes < 10 ? 1 : 0,
  }).format(megabytes);
}
