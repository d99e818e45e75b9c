// The message catalogues are shared with Rust, so they live in the repository's locales/ folder,
// one folder per locale code. Every file of a locale belongs to it (app.ftl, errors.ftl, …).

const files = import.meta.glob<string>("../../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Sources of every .ftl file, grouped by locale code and in a stable order. */
export const catalogueSources: Readonly<Record<string, readonly string[]>> = groupByLocale(files);

function groupByLocale(sourcesByPath: Record<string, string>): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const path of Object.keys(sourcesByPath).sort()) {
    const code = localeOfPath(path);
    (grouped[code] ??= []).push(sourcesByPath[path]);
  }
  return grouped;
}

function localeOfPath(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2];
}
