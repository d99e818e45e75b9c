import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

export type MessageArgs = Record<string, FluentVariable>;

/** The locale every other locale falls back to, message by message. */
export const FALLBACK_LOCALE = "en";

export function buildBundles(sources: Readonly<Record<string, readonly string[]>>): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const [code, texts] of Object.entries(sources)) {
    // Isolation marks would end up in copied text and in the end-to-end tests' string comparisons.
    const bundle = new FluentBundle(code, { useIsolating: false });
    for (const text of texts) {
      for (const error of bundle.addResource(new FluentResource(text))) {
        console.warn(`locales/${code}: ${error.message}`);
      }
    }
    bundles.set(code, bundle);
  }
  return bundles;
}

/**
 * Formats a message in `locale`, or in the fallback locale when `locale` lacks it.
 * A message missing everywhere shows its id, which is easy to spot and to search for.
 */
export function formatMessage(
  bundles: ReadonlyMap<string, FluentBundle>,
  locale: string,
  id: string,
  args?: MessageArgs,
): string {
  for (const code of [locale, FALLBACK_LOCALE]) {
    const bundle = bundles.get(code);
    const pattern = bundle?.getMessage(id)?.value;
    if (bundle && pattern) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(pattern, args, errors);
      for (const error of errors) console.warn(`${code}/${id}: ${error.message}`);
      return text;
    }
  }
  console.warn(`missing message: ${id}`);
  return id;
}
