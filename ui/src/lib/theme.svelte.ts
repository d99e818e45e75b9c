/** The colour theme: the OS's by default, or one the user picked on this computer. */
export type Theme = "system" | "light" | "dark";

const KEY = "oriel.theme";
let current = $state<Theme>(readStored());

function readStored(): Theme {
  if (typeof localStorage === "undefined") return "system";
  const stored = localStorage.getItem(KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

export const theme = {
  get value(): Theme {
    return current;
  },
};

export function applyTheme(value: Theme = current): void {
  current = value;
  if (value === "system") {
    delete document.documentElement.dataset.theme;
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.dataset.theme = value;
    localStorage.setItem(KEY, value);
  }
}

/** system → light → dark → system. */
export function nextTheme(value: Theme): Theme {
  return value === "system" ? "light" : value === "light" ? "dark" : "system";
}
