import { negotiateLanguages } from "@fluent/langneg";
import { buildBundles, formatMessage, FALLBACK_LOCALE, type MessageArgs } from "./bundles";
import { catalogueSources } from "./catalogues";
import { applyDocumentLanguage } from "./document-language";

const bundles = buildBundles(catalogueSources);
const availableLocales = [...bundles.keys()];

/** Picks the catalogue that serves `requested` best, e.g. "de" for "de-AT". */
export function resolveLocale(requested: readonly string[]): string {
  const [best] = negotiateLanguages(requested, availableLocales, {
    strategy: "lookup",
    defaultLocale: FALLBACK_LOCALE,
  });
  return best;
}

// Until Rust answers with the negotiated locale, the web view's languages are the best guess,
// which spares a German user a flash of English on start.
let current = $state(resolveLocale(typeof navigator === "undefined" ? [] : navigator.languages));

export const i18n = {
  get locale(): string {
    return current;
  },
};

/** Translates a message of the current locale; reading it inside markup re-renders on a switch. */
export function t(id: string, args?: MessageArgs): string {
  return formatMessage(bundles, current, id, args);
}

/** Whether English (and so every complete locale) has message `id`. */
export function hasMessage(id: string): boolean {
  return bundles.get(FALLBACK_LOCALE)?.hasMessage(id) ?? false;
}

/** Puts `code` (as Rust negotiated it) in force for the whole page. */
export function applyLocale(code: string): void {
  current = resolveLocale([code]);
  applyDocumentLanguage(current);
  document.title = t("app-name");
}
