import type { CommandError } from "./bindings";
import type { AnyRecord, EntityDescriptor } from "./entities/types";
import { runCommand } from "./run-command";

export type BulkAction = { kind: "delete" } | { kind: "owner"; ownerId: number } | { kind: "tag"; tagId: number };

/**
 * A bulk action over selected rows, one record per command so each keeps its own version
 * check; it can be cancelled between records and reports what failed instead of stopping.
 */
export class BulkRun {
  done = $state(0);
  total = $state(0);
  running = $state(false);
  failures: { id: number; error: CommandError }[] = $state([]);
  private cancelled = false;

  cancel(): void {
    this.cancelled = true;
  }

  async run(descriptor: EntityDescriptor, records: readonly AnyRecord[], action: BulkAction, onChanged: (record: AnyRecord, removed: boolean) => void) {
    this.cancelled = false;
    this.running = true;
    this.done = 0;
    this.total = records.length;
    this.failures = [];
    for (const record of records) {
      if (this.cancelled) break;
      const result = await runCommand(() => apply(descriptor, record, action));
      if (result.status === "ok") onChanged(result.data, action.kind === "delete");
      else this.failures = [...this.failures, { id: record.id, error: result.error }];
      this.done += 1;
    }
    this.running = false;
  }
}

function apply(descriptor: EntityDescriptor, record: AnyRecord, action: BulkAction) {
  if (action.kind === "delete") {
    if (!descriptor.remove) throw new Error(`${descriptor.key} cannot be deleted`);
    return descriptor.remove(record.id, record.version);
  }
  if (!descriptor.update || record.version === undefined) throw new Error(`${descriptor.key} cannot be edited`);
  const input: Record<string, unknown> = { ...record };
  if (action.kind === "owner") input.owner_id = action.ownerId;
  else {
    const tags = Array.isArray(record.tag_ids) ? (record.tag_ids as number[]) : [];
    input.tag_ids = tags.includes(action.tagId) ? tags : [...tags, action.tagId];
  }
  return descriptor.update(record.id, record.version, input);
}
