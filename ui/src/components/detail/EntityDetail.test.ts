import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { failure, ok } from "../../test/fixtures";
import EntityDetail from "./EntityDetail.svelte";

const commands = vi.hoisted(() => ({
  productGet: vi.fn(),
  productUpdate: vi.fn(),
  productCreate: vi.fn(),
  productDelete: vi.fn(),
  productRestore: vi.fn(),
  productList: vi.fn(),
  productCategoryList: vi.fn(),
  productCategoryGet: vi.fn(),
  currencyList: vi.fn(),
  currencyGet: vi.fn(),
  historyList: vi.fn(),
  referenceNames: vi.fn(),
}));

vi.mock("../../lib/bindings", () => ({ commands }));

function product(overrides: Record<string, unknown> = {}) {
  return {
    id: 7,
    name: "Standing desk",
    description: "Oak top",
    price: "499.00",
    currency_id: null,
    on_sale: true,
    type: "G",
    product_category_id: null,
    department_id: 1,
    created_at: "2026-12-01T10:00:00Z",
    updated_at: "2026-12-01T10:00:00Z",
    deleted_at: null,
    version: 3,
    ...overrides,
  };
}

function input(id: string): HTMLInputElement | HTMLTextAreaElement {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error(`#${id} is no input`);
  return element;
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  commands.productGet.mockResolvedValue(ok(product()));
  commands.historyList.mockResolvedValue(ok([]));
  commands.productCategoryList.mockResolvedValue(ok({ items: [], next_cursor: null }));
  commands.currencyList.mockResolvedValue(ok({ items: [], next_cursor: null }));
  commands.referenceNames.mockResolvedValue(ok({}));
});

describe("a record form", () => {
  it("saves what the user typed on the version it read", async () => {
    commands.productUpdate.mockResolvedValue(ok(product({ name: "Standing desk XL", version: 4 })));
    render(EntityDetail, { entityKey: "product", id: 7 });
    await waitFor(() => expect(input("field-name").value).toBe("Standing desk"));

    await fireEvent.input(input("field-name"), { target: { value: "Standing desk XL" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(commands.productUpdate).toHaveBeenCalledTimes(1));
    const sent = commands.productUpdate.mock.calls[0][0];
    expect(sent.id).toBe(7);
    expect(sent.version).toBe(3);
    expect(sent.input.name).toBe("Standing desk XL");
    await screen.findByText("Saved.");
  });

  it("shows a refused field's message beside the field and keeps the typed value", async () => {
    commands.productUpdate.mockResolvedValue(
      failure({ code: "validation", message: "Please correct the marked fields.", fields: [{ field: "price", code: "decimal", message: "Enter an amount such as 1250.50." }] }),
    );
    render(EntityDetail, { entityKey: "product", id: 7 });
    await waitFor(() => expect(input("field-price").value).toBe("499.00"));

    await fireEvent.input(input("field-price"), { target: { value: "12,5,0" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    expect((await waitFor(() => document.getElementById("field-error-price")))?.textContent).toBe("Enter an amount such as 1250.50.");
    expect(input("field-price").value).toBe("12,5,0");
    expect(input("field-price").getAttribute("aria-invalid")).toBe("true");
  });

  it("on a conflict, shows mine, stored and base per field, and saves the chosen mix on the new version", async () => {
    const stored = product({ name: "Standing desk", description: "Walnut top", price: "549.00", version: 4 });
    commands.productUpdate
      .mockResolvedValueOnce(failure({ code: "conflict", message: "Someone else saved it.", current: stored }))
      .mockResolvedValueOnce(ok(product({ name: "Desk Pro", description: "Walnut top", price: "549.00", version: 5 })));
    render(EntityDetail, { entityKey: "product", id: 7 });
    await waitFor(() => expect(input("field-name").value).toBe("Standing desk"));

    await fireEvent.input(input("field-name"), { target: { value: "Desk Pro" } });
    await fireEvent.input(input("field-price"), { target: { value: "520.00" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    const dialog = await waitFor(() => {
      const element = document.getElementById("conflict-dialog");
      if (!(element instanceof HTMLDialogElement) || !element.open) throw new Error("no open conflict dialog");
      return element;
    });
    const rows = [...dialog.querySelectorAll("tbody tr")].map((row) => row.getAttribute("data-field"));
    expect(rows).toEqual(["name", "price", "description"]);
    const price = dialog.querySelector('tr[data-field="price"]');
    expect(price?.textContent).toContain("520.00");
    expect(price?.textContent).toContain("549.00");
    expect(price?.textContent).toContain("499.00");

    // Keep my name (default: only I changed it), take their price, keep their description.
    const theirPrice = dialog.querySelector<HTMLInputElement>('input[name="choice-price"][value="stored"]');
    if (!theirPrice) throw new Error("no stored choice for price");
    await fireEvent.click(theirPrice);
    await fireEvent.click(screen.getByRole("button", { name: "Save my choice" }));

    await waitFor(() => expect(commands.productUpdate).toHaveBeenCalledTimes(2));
    const second = commands.productUpdate.mock.calls[1][0];
    expect(second.version).toBe(4);
    expect(second.input).toMatchObject({ name: "Desk Pro", price: "549.00", description: "Walnut top" });
  });

  it("keeps every typed value when the database cannot be reached", async () => {
    commands.productUpdate.mockResolvedValue(failure({ code: "db_unavailable", message: "The database cannot be reached." }));
    render(EntityDetail, { entityKey: "product", id: 7 });
    await waitFor(() => expect(input("field-name").value).toBe("Standing desk"));

    await fireEvent.input(input("field-name"), { target: { value: "Offline edit" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByText("The database cannot be reached.");
    expect(input("field-name").value).toBe("Offline edit");
  });
});
