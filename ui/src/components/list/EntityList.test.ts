import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ok } from "../../test/fixtures";
import EntityList from "./EntityList.svelte";

const commands = vi.hoisted(() => ({
  productList: vi.fn(),
  productCount: vi.fn(),
  productCreate: vi.fn(),
  productDelete: vi.fn(),
  productGet: vi.fn(),
  currencyGet: vi.fn(),
  productCategoryGet: vi.fn(),
}));

vi.mock("../../lib/bindings", () => ({ commands }));

function products(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: from + i,
    name: `Product ${from + i}`,
    price: "10.00",
    currency_id: null,
    type: "G",
    on_sale: true,
    product_category_id: null,
    version: 1,
  }));
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  commands.productCount.mockResolvedValue(ok(12_345));
  commands.productList.mockImplementation(async (query: { page: { after: string | null } }) =>
    ok({ items: products(query.page.after ? 101 : 1, 100), next_cursor: query.page.after ? null : "c100" }),
  );
});

describe("an entity list", () => {
  it("shows the count and renders only the rows in view, not the whole page", async () => {
    render(EntityList, { entityKey: "product" });
    await screen.findByText("Product 1");
    expect(screen.getByText("12,345 records")).toBeTruthy();
    expect(document.querySelectorAll('[role="row"][data-id]').length).toBeLessThan(100);
  });

  it("asks the database again with the typed search and the clicked sort", async () => {
    render(EntityList, { entityKey: "product" });
    await screen.findByText("Product 1");

    await fireEvent.input(screen.getByRole("searchbox"), { target: { value: "desk" } });
    await waitFor(() => expect(commands.productList.mock.calls.at(-1)?.[0].filter).toEqual({ text: "desk" }));

    await fireEvent.click(screen.getByRole("button", { name: /Name/ }));
    await waitFor(() => {
      const last = commands.productList.mock.calls.at(-1)?.[0];
      expect(last.sort).toBe("name");
      expect(last.page.descending).toBe(true);
      expect(last.page.after).toBeNull();
    });
  });

  it("loads the next page from its cursor when the keyboard reaches the end of the loaded rows", async () => {
    render(EntityList, { entityKey: "product" });
    await screen.findByText("Product 1");
    const rows = document.querySelector(".viewport");
    if (!(rows instanceof HTMLElement)) throw new Error("no row viewport");
    await fireEvent.keyDown(rows, { key: "End" });
    await waitFor(() => expect(commands.productList.mock.calls.at(-1)?.[0].page.after).toBe("c100"));
  });
});
