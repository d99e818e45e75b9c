// Scripts written right to left; the rest of the layout mirrors itself through `dir`.
const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

export function textDirection(locale: string): "ltr" | "rtl" {
  const language = locale.split(/[-_]/)[0].toLowerCase();
  return RIGHT_TO_LEFT_LANGUAGES.has(language) ? "rtl" : "ltr";
}

/** Tells the web view, screen readers and spell checkers which language the page is in. */
export function applyDocumentLanguage(locale: string): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = textDirection(locale);
}
