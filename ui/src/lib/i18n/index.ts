export { i18n, t, applyLocale, hasMessage, resolveLocale } from "./locale.svelte";
export type { MessageArgs } from "./bundles";
