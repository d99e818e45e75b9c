// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Backend } from "../bindings";
import { catalogueKeys } from "../../test/catalogue-keys";

const SRC_DIR = fileURLToPath(new URL("../../", import.meta.url));
const EN_DIR = fileURLToPath(new URL("../../../../locales/en/", import.meta.url));

// Ids built at run time, e.g. t(`backend-${connection.backend}`).
const BACKENDS: Backend[] = ["sqlite", "postgres", "mysql"];
const COMPOSED_IDS = BACKENDS.map((backend) => `backend-${backend}`);

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
});
