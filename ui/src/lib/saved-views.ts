/** A list's query as the user saved it under a name. */
export type SavedView = {
  name: string;
  filter: Record<string, unknown>;
  sort?: string;
  descending: boolean;
  mine: boolean;
};

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

function storageKey(userId: number | null, entityKey: string): string {
  return `oriel.views.${userId ?? "anonymous"}.${entityKey}`;
}

/** Views are kept per user and per list on this computer. */
export function loadViews(storage: Storage, userId: number | null, entityKey: string): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey(userId, entityKey)) ?? "[]");
    return Array.isArray(parsed) ? (parsed as SavedView[]) : [];
  } catch {
    return [];
  }
}

/** Saves `view`, replacing a view of the same name. */
export function saveView(storage: Storage, userId: number | null, entityKey: string, view: SavedView): SavedView[] {
  const views = loadViews(storage, userId, entityKey).filter((existing) => existing.name !== view.name);
  views.push(view);
  views.sort((a, b) => a.name.localeCompare(b.name));
  storage.setItem(storageKey(userId, entityKey), JSON.stringify(views));
  return views;
}

export function deleteView(storage: Storage, userId: number | null, entityKey: string, name: string): SavedView[] {
  const views = loadViews(storage, userId, entityKey).filter((existing) => existing.name !== name);
  storage.setItem(storageKey(userId, entityKey), JSON.stringify(views));
  return views;
}
