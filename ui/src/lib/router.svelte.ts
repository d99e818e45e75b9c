/**
 * The window's place as a hash route (`#/deal/42`), so back/forward and reloads keep it.
 * `area` is an entity key or a screen (`home`, `pipeline`, `settings`); `id` is a record or "new".
 */
export type Route = { area: string; id: number | "new" | null; query: Record<string, string> };

export function parseRoute(hash: string): Route {
  const [path, search = ""] = hash.replace(/^#\/?/, "").split("?");
  const [area = "", rawId] = path.split("/");
  const query = Object.fromEntries(new URLSearchParams(search));
  let id: Route["id"] = null;
  if (rawId === "new") id = "new";
  else if (rawId && /^\d+$/.test(rawId)) id = Number(rawId);
  return { area: area || "home", id, query };
}

export function routeHash(area: string, id: Route["id"] = null, query: Record<string, string> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `#/${area}${id === null ? "" : `/${id}`}${search ? `?${search}` : ""}`;
}

let current = $state(parseRoute(typeof location === "undefined" ? "" : location.hash));

if (typeof window !== "undefined") {
  window.addEventListener("hashchange", () => {
    current = parseRoute(location.hash);
  });
}

export const router = {
  get route(): Route {
    return current;
  },
};

export function navigate(area: string, id: Route["id"] = null, query: Record<string, string> = {}): void {
  const hash = routeHash(area, id, query);
  if (location.hash !== hash) location.hash = hash;
  current = parseRoute(hash);
}
