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
): Pick<EntityDescriptor, "list" | "get" | "count" | "create" | "update" | "remove" | "blank"> {
  const list = commandOf(listKey, listVerb);
  const get = commandOf(key, "Get");
  const count = commandOf(key, "Count");
  const create = commandOf(key, "Create");
  const update = commandOf(key, "Update");
  const remove = commandOf(key, "Delete");
  const blank = commandOf(key, "New");
  if (!list || !get) throw new Error(`entity ${key} lacks list/get commands`);
  return {
    list: (request) => list(listQuery(request)) as Reply<{ items: AnyRecord[]; next_cursor: string | null }>,
    get: (id) => get({ id }) as Reply<AnyRecord>,
    count: count ? (filter) => count(filter) as Reply<number> : undefined,
    create: create ? (input) => create(input) as Reply<AnyRecord> : undefined,
    update: update ? (id, version, input) => update({ id, version, input }) as Reply<AnyRecord> : undefined,
    remove: remove ? (id, version) => remove({ id, version }) as Reply<AnyRecord> : undefined,
    blank: blank ? () => blank({}) as Reply<Record<string, unknown>> : undefined,
  };
}
