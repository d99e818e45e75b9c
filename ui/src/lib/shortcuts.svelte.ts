/**
 * Keyboard shortcuts of the whole window. Screens register what "save" and "new" mean for them;
 * the shell owns the rest (palette, search, help, go-to).
 */
export type Shortcut = { keys: string; message: string };

/** Listed in the help overlay, in this order. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: "Ctrl+K", message: "shortcut-palette" },
  { keys: "Ctrl+S", message: "shortcut-save" },
  { keys: "Alt+N", message: "shortcut-new" },
  { keys: "/", message: "shortcut-search" },
  { keys: "?", message: "shortcut-help" },
  { keys: "G R", message: "shortcut-go-requests" },
  { keys: "G D", message: "shortcut-go-deals" },
  { keys: "G P", message: "shortcut-go-pipeline" },
  { keys: "G C", message: "shortcut-go-companies" },
  { keys: "G O", message: "shortcut-go-contacts" },
  { keys: "G L", message: "shortcut-go-leads" },
  { keys: "↑ ↓ Enter", message: "shortcut-list-move" },
  { keys: "Esc", message: "shortcut-close" },
];

/** `G` then a letter: where it goes. */
export const GO_TO: Readonly<Record<string, string>> = {
  r: "request",
  d: "deal",
  p: "pipeline",
  c: "company",
  o: "contact",
  l: "lead",
  h: "home",
};

let saveHandler: (() => void) | null = null;

/** The open form's save; returns the function that unregisters it. */
export function registerSave(handler: () => void): () => void {
  saveHandler = handler;
  return () => {
    if (saveHandler === handler) saveHandler = null;
  };
}

export function runSave(): boolean {
  if (!saveHandler) return false;
  saveHandler();
  return true;
}

/** Whether a key press happens while the user types into a field (then letters are text). */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Ctrl on Windows/Linux, Cmd on macOS. */
export function primaryModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}
