import { commands } from "../bindings";
import type { AnyRecord, EntityDescriptor, ListRequest, Reply } from "./types";

type AnyCommand = (input: unknown) => Reply<unknown>;

/** `company` → `company`, `closing_reason` → `closingReason`: the bindings' method prefix. */
export function commandPrefix(key: string): string {
  return key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** The generated command `<prefix><verb>`, if the entity has it. */
export function commandOf(key: string, verb: string): AnyCommand | undefined {
  const table = commands as unknown as Record<string, AnyCommand | undefined>;
  return table[`${commandPrefix(key)}${verb}`];
}

function listQuery(request: ListRequest) {
  return {
    filter: request.filter,
    sort: request.sort,
    page: { after: request.after ?? null, limit: request.limit, descending: request.descending },
  };
}

/**
 * The list/get/create/update/delete functions of an entity, taken from the generated commands
 * by their uniform names (`company_list`, `company_get`, …); the ones an entity lacks stay unset,
 * so the UI offers only what Rust allows.
 */
export function crudOf(
  key: string,
  listVerb = "List",
  listKey = key,
): Pick<EntityDescriptor, "list" | "get" | "count" | "create" | "update" | "remove" | "restore" | "blank"> {
  // Looked up when called, not when the registry loads, so a screen that never lists an entity
  // never needs its commands (and tests can stub only the commands they exercise).
  const call = (entity: string, verb: string, input: unknown): Reply<unknown> => {
    const command = commandOf(entity, verb);
    if (!command) throw new Error(`entity ${entity} has no ${verb} command`);
    return command(input);
  };
  const has = (verb: string) => commandOf(key, verb) !== undefined;
  return {
    list: (request) => call(listKey, listVerb, listQuery(request)) as Reply<{ items: AnyRecord[]; next_cursor: string | null }>,
    get: (id) => call(key, "Get", { id }) as Reply<AnyRecord>,
    count: has("Count") ? (filter) => call(key, "Count", filter) as Reply<number> : undefined,
    create: has("Create") ? (input) => call(key, "Create", input) as Reply<AnyRecord> : undefined,
    update: has("Update") ? (id, version, input) => call(key, "Update", { id, version, input }) as Reply<AnyRecord> : undefined,
    remove: has("Delete") ? (id, version) => call(key, "Delete", { id, version }) as Reply<AnyRecord> : undefined,
    restore: has("Restore") ? (id, version) => call(key, "Restore", { id, version }) as Reply<AnyRecord> : undefined,
    blank: has("New") ? (given = {}) => call(key, "New", given) as Reply<Record<string, unknown>> : undefined,
  };
}
