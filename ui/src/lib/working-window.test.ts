import { describe, expect, it } from "vitest";
import { defaultChoice, fieldConflicts, resolve } from "./conflict";
import { formatDecimal, formatDay } from "./format";
import { ListLoader, visibleWindow } from "./list-loader.svelte";
import { matchActions, type PaletteItem } from "./palette";
import { parseRoute, routeHash } from "./router.svelte";
import { deleteView, loadViews, saveView } from "./saved-views";
import type { AnyRecord, ListRequest } from "./entities/types";
import { referenceMessageId, translatedName } from "./ref-labels.svelte";

describe("edit conflicts", () => {
  const base = { name: "Desks", amount: "100.00", stage_id: 1, next_step: "Call" };
  const mine = { ...base, name: "Desks, 30 pieces", amount: "120.00" };
  const stored = { ...base, amount: "150.00", next_step: "Send offer", version: 4 };
  const conflicts = fieldConflicts(["name", "amount", "stage_id", "next_step"], mine, base, stored);

  it("lists every field that differs from what is stored, and marks the ones both sides changed", () => {
    expect(conflicts.map((c) => [c.field, c.clash])).toEqual([
      ["name", false],
      ["amount", true],
      ["next_step", false],
    ]);
  });

  it("keeps what the user typed and takes what only the other side changed", () => {
    expect(Object.fromEntries(conflicts.map((c) => [c.field, defaultChoice(c)]))).toEqual({
      name: "mine",
      amount: "mine",
      next_step: "stored",
    });
    expect(resolve(conflicts, { amount: "stored" }, stored)).toEqual({
      name: "Desks, 30 pieces",
      amount: "150.00",
      stage_id: 1,
      next_step: "Send offer",
      version: 4,
    });
  });
});

describe("keyset list loading", () => {
  function pages(total: number) {
    const calls: ListRequest[] = [];
    const fetch = async (request: ListRequest) => {
      calls.push(request);
      const start = request.after ? Number(request.after) : 0;
      const items: AnyRecord[] = Array.from({ length: Math.min(request.limit, total - start) }, (_, i) => ({ id: start + i + 1 }));
      const end = start + items.length;
      return { status: "ok" as const, data: { items, next_cursor: end < total ? String(end) : null } };
    };
    return { calls, fetch };
  }

  it("follows the cursor page by page and stops at the last page", async () => {
    const { calls, fetch } = pages(250);
    const loader = new ListLoader(fetch);
    await loader.reset({ filter: { owner_id: 2 }, sort: "name", descending: false });
    await loader.more();
    await loader.more();
    await loader.more();
    expect(loader.rows.map((row) => row.id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(loader.done).toBe(true);
    expect(calls.map((call) => call.after ?? null)).toEqual([null, "100", "200"]);
    expect(calls.every((call) => call.filter.owner_id === 2 && call.sort === "name")).toBe(true);
  });

  it("drops a page that answers after the query changed", async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const loader = new ListLoader(async (request) => {
      if (request.filter.text === "old") await slow;
      return { status: "ok", data: { items: [{ id: request.filter.text === "old" ? 1 : 2 }], next_cursor: null } };
    });
    const old = loader.reset({ filter: { text: "old" }, descending: false });
    await loader.reset({ filter: { text: "new" }, descending: false });
    release();
    await old;
    expect(loader.rows.map((row) => row.id)).toEqual([2]);
  });

  it("renders only the rows in view, with some slack", () => {
    expect(visibleWindow(0, 360, 36, 100_000)).toEqual({ start: 0, end: 20 });
    expect(visibleWindow(36 * 90_000, 360, 36, 100_000)).toEqual({ start: 89_990, end: 90_020 });
    expect(visibleWindow(36 * 99_995, 360, 36, 100_000).end).toBe(100_000);
  });
});

describe("money and dates", () => {
  it("groups exact decimals by locale without going through a float", () => {
    expect(formatDecimal("12345678901234567.89", "en")).toBe("12,345,678,901,234,567.89");
    expect(formatDecimal("1234.50", "de")).toBe("1.234,50");
    expect(formatDecimal("-0.10", "en")).toBe("-0.10");
    expect(formatDecimal("not a number", "en")).toBe("not a number");
  });

  it("shows a calendar day as that day in every time zone", () => {
    expect(formatDay("2026-12-02", "en")).toBe("Dec 2, 2026");
    expect(formatDay("2026-12-02", "de")).toBe("02.12.2026");
  });
});

describe("seeded reference names", () => {
  it("map to catalogue ids that exist for every seeded name", () => {
    expect(referenceMessageId("closed (successful)")).toBe("refname-closed-successful");
    expect(referenceMessageId("oil & gas")).toBe("refname-oil-gas");
    expect(referenceMessageId("The client is not responding")).toBe("refname-the-client-is-not-responding");
    expect(translatedName("analysis of request")).toBe("Analysis of request");
    expect(translatedName("A stage someone typed")).toBe("A stage someone typed");
  });
});

describe("routes", () => {
  it("round-trips areas, records and prefilled values", () => {
    expect(parseRoute("#/deal/42")).toEqual({ area: "deal", id: 42, query: {} });
    expect(parseRoute(routeHash("payment", "new", { deal_id: "7" }))).toEqual({ area: "payment", id: "new", query: { deal_id: "7" } });
    expect(parseRoute("")).toEqual({ area: "home", id: null, query: {} });
  });
});

describe("saved views", () => {
  function memory() {
    const data = new Map<string, string>();
    return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
  }

  it("are kept per user and list, replaced by name and deleted", () => {
    const storage = memory();
    saveView(storage, 2, "deal", { name: "Mine", filter: { stage_id: 3 }, descending: false, mine: true });
    saveView(storage, 2, "deal", { name: "Mine", filter: { stage_id: 4 }, descending: true, mine: true });
    saveView(storage, 3, "deal", { name: "Other", filter: {}, descending: false, mine: false });
    expect(loadViews(storage, 2, "deal")).toEqual([{ name: "Mine", filter: { stage_id: 4 }, descending: true, mine: true }]);
    expect(loadViews(storage, 2, "company")).toEqual([]);
    expect(deleteView(storage, 2, "deal", "Mine")).toEqual([]);
    expect(loadViews(storage, 3, "deal")).toHaveLength(1);
  });
});

describe("command palette actions", () => {
  const action = (label: string): PaletteItem => ({ kind: "action", id: label, label, run: () => {} });

  it("match every typed word in any order", () => {
    const items = [action("Go to Deals"), action("New deal"), action("Go to Companies")];
    expect(matchActions(items, "deal go").map((item) => item.label)).toEqual(["Go to Deals"]);
    expect(matchActions(items, "")).toHaveLength(3);
  });
});
