// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogueKeys, unparsedEntries } from "../../test/catalogue-keys";

// Read from disk, not through Vite, so a locale folder the app would not pick up is checked too.
const LOCALES_DIR = fileURLToPath(new URL("../../../../locales/", import.meta.url));
const REFERENCE = "en";

const locales = readdirSync(LOCALES_DIR).filter((name) => statSync(join(LOCALES_DIR, name)).isDirectory());
const catalogueFiles = (code: string) => readdirSync(join(LOCALES_DIR, code)).filter((name) => name.endsWith(".ftl"));
const read = (code: string, file: string) => readFileSync(join(LOCALES_DIR, code, file), "utf8");

describe("the key comparison itself", () => {
  it("finds a missing message, term and attribute", () => {
    const reference = catalogueKeys("a = A\n    .title = T\n-brand = B\nc = C\n");
    const translated = catalogueKeys("a = A\n");
    expect([...reference].filter((key) => !translated.has(key))).toEqual(["a.title", "-brand", "c"]);
  });

  it("finds an entry the parser dropped", () => {
    expect(unparsedEntries("good = fine\nbroken = { $x\nalso broken\n# comment\n")).toEqual([
      "broken = { $x",
      "also broken",
    ]);
  });
});

describe("locale catalogues", () => {
  it("include the reference locale and at least one translation", () => {
    expect(locales).toContain(REFERENCE);
    expect(locales.length).toBeGreaterThan(1);
  });

  describe.each(locales)("locales/%s", (code) => {
    it.each(catalogueFiles(code))("%s parses without broken entries", (file) => {
      expect(unparsedEntries(read(code, file))).toEqual([]);
    });
  });

  describe.each(locales.filter((code) => code !== REFERENCE))("locales/%s", (code) => {
    it.each(catalogueFiles(REFERENCE))(`has every key of ${REFERENCE}/%s`, (file) => {
      expect(existsSync(join(LOCALES_DIR, code, file)), `locales/${code}/${file} is missing`).toBe(true);
      const translated = catalogueKeys(read(code, file));
      const missing = [...catalogueKeys(read(REFERENCE, file))].filter((key) => !translated.has(key));
      expect(missing, `keys of locales/${REFERENCE}/${file} missing in locales/${code}/${file}`).toEqual([]);
    });
  });
});
