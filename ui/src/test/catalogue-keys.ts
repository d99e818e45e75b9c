import { FluentResource } from "@fluent/bundle";

/** Every key a catalogue defines: message and term ids, and `id.attribute` for each attribute. */
export function catalogueKeys(source: string): Set<string> {
  const keys = new Set<string>();
  for (const entry of new FluentResource(source).body) {
    keys.add(entry.id);
    for (const attribute of Object.keys(entry.attributes)) keys.add(`${entry.id}.${attribute}`);
  }
  return keys;
}

const ENTRY_START = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/;

/**
 * Lines that begin an entry but did not become one. The parser drops a broken entry silently,
 * which would otherwise surface only as an English fallback somewhere in the window.
 */
export function unparsedEntries(source: string): string[] {
  const parsed = new Set(new FluentResource(source).body.map((entry) => entry.id));
  return source
    .split(/\r?\n/)
    .filter((line) => /^[^\s#]/.test(line))
    .filter((line) => {
      const id = ENTRY_START.exec(line)?.[1];
      return id === undefined || !parsed.has(id);
    });
}
