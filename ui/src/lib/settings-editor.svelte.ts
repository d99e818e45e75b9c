import { commands, type CommandError, type FieldMessage, type Settings } from "./bindings";
import { runCommand } from "./run-command";
import { draftOf, emptyDraft, settingsFromJson, updateOf, type SettingsDraft } from "./settings-values";

export type EditorPhase = "loading" | "load-failed" | "ready" | "saving";

/**
 * The installation settings as one editing session: what the user typed, what the database
 * holds, and the version the typed values are based on. Components only render it.
 */
export class SettingsEditor {
  phase: EditorPhase = $state("loading");
  draft: SettingsDraft = $state(emptyDraft());
  /** The row as the last command returned it from the database. */
  stored: Settings | null = $state(null);
  /** The version the draft is based on, sent back with the update. */
  baseVersion: number | null = $state(null);
  error: CommandError | null = $state(null);
  /** The newer row that refused the last save; the draft is left as typed. */
  conflict: Settings | null = $state(null);
  justSaved = $state(false);

  get fieldErrors(): FieldMessage[] {
    return this.error?.fields ?? [];
  }

  async load(): Promise<void> {
    this.phase = "loading";
    this.error = null;
    const result = await runCommand(() => commands.settingsGet());
    if (result.status === "ok") {
      this.adopt(result.data);
      this.phase = "ready";
    } else {
      this.error = result.error;
      this.phase = "load-failed";
    }
  }

  async save(): Promise<void> {
    if (this.baseVersion === null || this.phase === "saving") return;
    this.phase = "saving";
    this.justSaved = false;
    this.error = null;
    this.conflict = null;
    const result = await runCommand(() => commands.settingsUpdate(updateOf(this.draft, this.baseVersion!)));
    if (result.status === "ok") {
      this.adopt(result.data);
      this.justSaved = true;
    } else {
      this.error = result.error;
      if (result.error.code === "conflict") await this.showConflictWith(result.error);
    }
    this.phase = "ready";
  }

  /** After a conflict: the user has seen the stored values and wants theirs to win. */
  async saveMineOverStored(): Promise<void> {
    if (!this.conflict) return;
    this.baseVersion = this.conflict.version;
    await this.save();
  }

  /** After a conflict: the user gives up what they typed in favour of what is stored. */
  useStored(): void {
    if (!this.conflict) return;
    this.adopt(this.conflict);
    this.error = null;
    this.conflict = null;
  }

  /** Any edit makes an earlier "saved" notice stale. */
  edited(): void {
    this.justSaved = false;
  }

  private adopt(settings: Settings): void {
    this.stored = settings;
    this.draft = draftOf(settings);
    this.baseVersion = settings.version;
  }

  private async showConflictWith(error: CommandError): Promise<void> {
    let current = settingsFromJson(error.current);
    if (!current) {
      // The error did not carry the row; fetch it, still without touching the draft.
      const fetched = await runCommand(() => commands.settingsGet());
      current = fetched.status === "ok" ? fetched.data : null;
    }
    this.conflict = current;
    if (current) this.stored = current;
  }
}
