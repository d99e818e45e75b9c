import { commands } from "./bindings";
import { entity } from "./entities/registry";
import type { AnyRecord } from "./entities/types";
import { rememberRecords } from "./ref-labels.svelte";
import { runCommand } from "./run-command";

export type Choice = { id: number; record: AnyRecord };

const CHOICE_LIMIT = 200;
const SEARCH_LIMIT = 20;
const cache = new Map<string, Promise<AnyRecord[]>>();

/**
 * The records a picker offers. Short reference lists load once and filter in the window; the
 * big ones (companies, contacts, deals, …) are searched by the database as the user types.
 */
export async function choicesFor(key: string, text: string): Promise<AnyRecord[]> {
  if (key === "user") return owners();
  const descriptor = entity(key);
  if (searchedPicker(key)) {
    const result = await runCommand(() =>
      descriptor.list({ filter: text ? { text } : {}, sort: descriptor.defaultSort, descending: false, limit: SEARCH_LIMIT }),
    );
    const items = result.status === "ok" ? result.data.items : [];
    rememberRecords(key, items);
    return items;
  }
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = runCommand(() =>
      descriptor.list({ filter: {}, sort: descriptor.defaultSort, descending: false, limit: CHOICE_LIMIT }),
    ).then((result) => (result.status === "ok" ? result.data.items : []));
    cache.set(key, loaded);
  }
  const items = await loaded;
  rememberRecords(key, items);
  return items;
}

/** Whether a picker of `key` searches the database as the user types instead of offering all. */
export function searchedPicker(key: string): boolean {
  if (key === "user") return false;
  const descriptor = entity(key);
  return descriptor.searchable === true || descriptor.longList === true;
}

async function owners(): Promise<AnyRecord[]> {
  let loaded = cache.get("user");
  if (!loaded) {
    loaded = runCommand(() => commands.ownerChoices({})).then((result) =>
      result.status === "ok" ? (result.data as unknown as AnyRecord[]) : [],
    );
    cache.set("user", loaded);
  }
  const items = await loaded;
  rememberRecords("user", items);
  return items;
}

/** Forgets loaded choices after a reference list changed. */
export function forgetChoices(key?: string): void {
  if (key) cache.delete(key);
  else cache.clear();
}
