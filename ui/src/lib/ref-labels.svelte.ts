import { SvelteMap } from "svelte/reactivity";
import { commands } from "./bindings";
import { entity, hasEntity } from "./entities/registry";
import type { AnyRecord } from "./entities/types";
import { hasMessage, i18n, t } from "./i18n";
import { runCommand } from "./run-command";

/**
 * Names of referenced records for list cells and pickers. Only ids that are shown get fetched,
 * each once, so a list of 10^5 deals asks for the few companies on screen, not for all of them.
 */
const labels = new SvelteMap<string, string>();
const pending = new Set<string>();
let translations = $state<Record<string, string>>({});
let translationsLocale = "";

function cacheKey(key: string, id: number): string {
  return `${key}:${id}`;
}

/** The catalogue id of a seeded reference name: "closed (successful)" → `refname-closed-successful`. */
export function referenceMessageId(name: string): string {
  return `refname-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/**
 * A reference item's name in the current language: an administrator's own translation first,
 * then the catalogue's for seeded names (§7), else the name as typed.
 */
export function translatedName(name: string): string {
  const own = translations[name];
  if (own && own !== name) return own;
  const id = referenceMessageId(name);
  return hasMessage(id) ? t(id) : name;
}

export async function loadTranslations(): Promise<void> {
  if (translationsLocale === i18n.locale) return;
  translationsLocale = i18n.locale;
  const result = await runCommand(() => commands.referenceNames({ language: i18n.locale }));
  if (result.status === "ok") translations = result.data;
}

export function titleOf(key: string, record: AnyRecord): string {
  const descriptor = entity(key);
  const title = descriptor.title(record);
  return descriptor.translatedNames ? translatedName(title) : title;
}

/** Remembers records already at hand (a loaded page, a picker's choices). */
export function rememberRecords(key: string, records: readonly AnyRecord[]): void {
  if (!hasEntity(key)) return;
  for (const record of records) labels.set(cacheKey(key, record.id), entity(key).title(record));
}

/** The name of record `id` of entity `key`; empty until it has been fetched. */
export function refLabel(key: string, id: number | null | undefined): string {
  if (id === null || id === undefined || !hasEntity(key)) return "";
  const cached = labels.get(cacheKey(key, id));
  if (cached !== undefined) return entity(key).translatedNames ? translatedName(cached) : cached;
  void fetchLabel(key, id);
  return "";
}

async function fetchLabel(key: string, id: number): Promise<void> {
  const k = cacheKey(key, id);
  if (pending.has(k)) return;
  pending.add(k);
  const result = await runCommand(() => entity(key).get(id));
  labels.set(k, result.status === "ok" ? entity(key).title(result.data) : `#${id}`);
  pending.delete(k);
}

/** Drops a record's cached name after it was renamed. */
export function forgetLabel(key: string, id: number): void {
  labels.delete(cacheKey(key, id));
}
