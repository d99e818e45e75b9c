export { i18n, t, applyLocale, resolveLocale } from "./locale.svelte";
export type { MessageArgs } from "./bundles";
