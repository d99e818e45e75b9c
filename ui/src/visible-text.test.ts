// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { visibleLiterals } from "./test/visible-literals";

const SRC_DIR = fileURLToPath(new URL(".", import.meta.url));

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith(".svelte") ? [path] : [];
  });
}

describe("the literal scan itself", () => {
  it("finds text between tags, literal visible attributes and string expressions", () => {
    const source = [
      `<script lang="ts">let n = 1;</script>`,
      `<h1>Welcome</h1>`,
      `<input placeholder="Your name" class="wide" type="text" />`,
      `{#if n}<button title={"Close"}>{t("close")}</button>{:else}<p>{n} items</p>{/if}`,
      `<img alt="" src="x.png" aria-label={t("logo")} />`,
      `<style>p { color: red; }</style>`,
    ].join("\n");

    expect(visibleLiterals(source)).toEqual([
      { line: 2, text: "Welcome" },
      { line: 3, text: "Your name" },
      { line: 4, text: "Close" },
      { line: 4, text: "items" },
    ]);
  });

  it("lets translated text, numbers and punctuation through", () => {
    expect(visibleLiterals(`<p title={t("a")}>{t("b")} · 42 %</p>`)).toEqual([]);
  });
});

describe("components", () => {
  const files = svelteFiles(SRC_DIR);

  it("exist", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => relative(SRC_DIR, file)))("%s shows only text from the catalogues", (file) => {
    const literals = visibleLiterals(readFileSync(join(SRC_DIR, file), "utf8"));
    expect(literals, `literal text in ${file}; put it in locales/*/app.ftl and use t()`).toEqual([]);
  });
});
