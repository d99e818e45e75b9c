// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Backend } from "../bindings";
import { catalogueKeys } from "../../test/catalogue-keys";
import { entities } from "../entities/registry";
import { NAVIGATION, SCREENS } from "../navigation";
import { SHORTCUTS } from "../shortcuts.svelte";

const SRC_DIR = fileURLToPath(new URL("../../", import.meta.url));
const EN_DIR = fileURLToPath(new URL("../../../../locales/en/", import.meta.url));

// Ids built at run time, e.g. t(`backend-${connection.backend}`).
const BACKENDS: Backend[] = ["sqlite", "postgres", "mysql"];
const HISTORY_ACTIONS = ["create", "update", "delete", "restore", "merge", "purge"];
const THEMES = ["system", "light", "dark"];

/** Ids built from the entity registry: record names, field labels and choice labels. */
function entityIds(english: ReadonlySet<string>): string[] {
  return entities.flatMap((descriptor) => {
    const names = new Set([
      ...descriptor.fields.map((field) => field.name),
      ...descriptor.columns.map((column) => column.field),
      ...descriptor.filters.map((filter) => filter.name),
    ]);
    const labels = [...names].map((name) =>
      english.has(`field-${descriptor.key}-${name}`) ? `field-${descriptor.key}-${name}` : `field-${name}`,
    );
    const choices = [...descriptor.fields, ...descriptor.filters].flatMap((field) =>
      (field.choices ?? []).map((choice) => `choice-${field.name}-${choice}`),
    );
    const sections = descriptor.fields.flatMap((field) => (field.section ? [`section-${field.section}`] : []));
    return [`entity-${descriptor.key}`, `entity-${descriptor.key}-plural`, ...labels, ...choices, ...sections];
  });
}

const COMPOSED_IDS = [
  ...BACKENDS.map((backend) => `backend-${backend}`),
  ...HISTORY_ACTIONS.map((action) => `history-action-${action}`),
  ...THEMES.map((theme) => `theme-${theme}`),
  ...SCREENS.map((screen) => `nav-${screen}`),
  ...NAVIGATION.map((group) => group.message),
  ...SHORTCUTS.map((shortcut) => shortcut.message),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test" ? [] : sourceFiles(path);
    const isSource = /\.(svelte|ts)$/.test(entry.name) && !entry.name.endsWith(".test.ts");
    return isSource ? [path] : [];
  });
}

function requestedIds(): string[] {
  const ids = new Set(COMPOSED_IDS);
  for (const file of sourceFiles(SRC_DIR)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*["']([a-z0-9-]+)["']/g)) ids.add(match[1]);
  }
  return [...ids].sort();
}

describe("messages the UI asks for", () => {
  const english = new Set(
    readdirSync(EN_DIR)
      .filter((name) => name.endsWith(".ftl"))
      .flatMap((name) => [...catalogueKeys(readFileSync(join(EN_DIR, name), "utf8"))]),
  );

  it("are found in the source", () => {
    expect(requestedIds()).toContain("app-name");
  });

  it("all exist in locales/en", () => {
    expect(requestedIds().filter((id) => !english.has(id))).toEqual([]);
  });

  it("include a name and a label for every record and field the screens show", () => {
    const ids = entityIds(english);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !english.has(id))).toEqual([]);
  });
});
