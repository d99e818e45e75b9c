import { Channel } from "@tauri-apps/api/core";
import {
  commands,
  type CommandError,
  type ImportProgress,
  type ImportReport,
  type TransferEntity,
} from "../../lib/bindings";
import type { Result } from "../../lib/command-result";
import { runCommand, unexpectedError } from "../../lib/run-command";
import { readAsBase64 } from "./files";

export type ImportPhase = "idle" | "running" | "done" | "failed";

/**
 * The import the window runs. It lives outside the screen so that leaving the screen and coming
 * back shows the same import still running, or its result, instead of a blank form.
 */
export class ImportJob {
  phase: ImportPhase = $state("idle");
  /** How far the running import is; null until the first row is done. */
  progress: ImportProgress | null = $state(null);
  cancelling = $state(false);
  report: ImportReport | null = $state(null);
  error: CommandError | null = $state(null);

  get running(): boolean {
    return this.phase === "running";
  }

  async start(entity: TransferEntity, file: Blob): Promise<void> {
    if (this.running) return;
    this.phase = "running";
    this.progress = null;
    this.cancelling = false;
    this.report = null;
    this.error = null;
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch (cause) {
      console.error(cause);
      this.finish({ status: "error", error: unexpectedError() });
      return;
    }
    const onProgress = new Channel<ImportProgress>();
    onProgress.onmessage = (progress) => {
      if (this.running) this.progress = progress;
    };
    const result = await runCommand(() => commands.importStart({ entity, content_base64: content }, onProgress));
    this.finish(result);
  }

  /** Asks the running import to stop before its next row; its answer is the report, marked cancelled. */
  async cancel(): Promise<void> {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    const result = await runCommand(() => commands.importCancel());
    if (result.status === "error") this.cancelling = false;
  }

  private finish(result: Result<ImportReport, CommandError>): void {
    this.cancelling = false;
    if (result.status === "ok") {
      this.report = result.data;
      this.phase = "done";
    } else {
      this.error = result.error;
      this.phase = "failed";
    }
  }
}

export const importJob = new ImportJob();
