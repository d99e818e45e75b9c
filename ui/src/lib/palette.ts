import { entities } from "./entities/registry";
import type { AnyRecord } from "./entities/types";
import { runCommand } from "./run-command";

/** One line of the command palette: an action to run or a record to open. */
export type PaletteItem =
  | { kind: "action"; id: string; label: string; hint?: string; run: () => void }
  | { kind: "record"; id: string; entityKey: string; record: AnyRecord; label: string };

const RECORDS_PER_ENTITY = 5;

/** Actions whose label contains every word typed, in any order and case. */
export function matchActions(items: readonly PaletteItem[], text: string): PaletteItem[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const label = `${item.label} ${item.kind === "action" ? (item.hint ?? "") : ""}`.toLocaleLowerCase();
    return words.every((word) => label.includes(word));
  });
}

/**
 * Records of every searchable entity that match `text`, asked of all lists at once with each
 * list's own free-text filter (the same search the lists use).
 */
export async function searchRecords(text: string, title: (key: string, record: AnyRecord) => string): Promise<PaletteItem[]> {
  const query = text.trim();
  if (query.length < 2) return [];
  const searchable = entities.filter((descriptor) => descriptor.searchable);
  const answers = await Promise.all(
    searchable.map(async (descriptor) => {
      const result = await runCommand(() =>
        descriptor.list({ filter: { text: query }, sort: descriptor.defaultSort, descending: false, limit: RECORDS_PER_ENTITY }),
      );
      if (result.status === "error") return [];
      return result.data.items.map(
        (record): PaletteItem => ({
          kind: "record",
          id: `${descriptor.key}:${record.id}`,
          entityKey: descriptor.key,
          record,
          label: title(descriptor.key, record),
        }),
      );
    }),
  );
  return answers.flat();
}
