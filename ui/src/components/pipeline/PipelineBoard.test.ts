import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { BoardColumn, Deal, DealBoard } from "../../lib/bindings";
import { failure, ok } from "../../test/fixtures";
import PipelineBoard from "./PipelineBoard.svelte";

const commands = vi.hoisted(() => ({
  dealBoard: vi.fn(),
  dealList: vi.fn(),
  dealUpdate: vi.fn(),
  dealGet: vi.fn(),
  closingReasonList: vi.fn(),
  currencyList: vi.fn(),
  companyGet: vi.fn(),
  departmentGet: vi.fn(),
}));

vi.mock("../../lib/bindings", () => ({ commands }));

function deal(id: number, stage: number, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    name: `Deal ${id}`,
    next_step: "Call",
    next_step_date: "2099-12-02",
    description: "",
    workflow: "",
    stage_id: stage,
    stages_dates: "",
    closing_date: null,
    win_closing_date: null,
    amount: "100.00",
    currency_id: 1,
    closing_reason_id: null,
    probability: null,
    ticket: "",
    city_id: null,
    country_id: null,
    lead_id: null,
    contact_id: null,
    request_id: null,
    company_id: null,
    partner_contact_id: null,
    relevant: true,
    active: true,
    important: false,
    tag_ids: [],
    is_new: false,
    remind_me: false,
    co_owner_id: null,
    owner_id: 7,
    modified_by_id: null,
    department_id: 2,
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-01T10:00:00Z",
    deleted_at: null,
    version: 3,
    ...extra,
  };
}

function column(stage: number, deals: number, amount: string, success = false): BoardColumn {
  return { stage_id: stage, name: `stage ${stage}`, index_number: stage, success_stage: success, deals, amount };
}

function board(columns: BoardColumn[]): DealBoard {
  return { department_id: 2, departments: [2], currency_id: 1, currency: "USD", columns };
}

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`no #${id}`);
  return found;
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
  commands.dealBoard.mockResolvedValue(
    ok(board([column(1, 2, "1234.50"), column(2, 0, "0.00"), column(11, 0, "0.00", true)])),
  );
  commands.dealList.mockImplementation(async (query: { filter: { stage_id: number }; page: { after: string | null } }) => {
    if (query.filter.stage_id !== 1) return ok({ items: [], next_cursor: null });
    return query.page.after
      ? ok({ items: [deal(2, 1)], next_cursor: null })
      : ok({ items: [deal(1, 1)], next_cursor: "c1" });
  });
  commands.currencyList.mockResolvedValue(ok({ items: [{ id: 1, name: "USD" }], next_cursor: null }));
  commands.closingReasonList.mockResolvedValue(
    ok({
      items: [
        { id: 5, name: "lost", department_id: 2, index_number: 2, success_reason: false },
        { id: 4, name: "won", department_id: 2, index_number: 1, success_reason: true },
      ],
      next_cursor: null,
    }),
  );
});

describe("the pipeline board", () => {
  it("shows a column per stage with its count and total, and loads cards page by page", async () => {
    render(PipelineBoard);
    await screen.findByText("Deal 1");
    const first = element("board-column-1", HTMLElement);
    expect(first.textContent).toContain("2 deals");
    expect(first.textContent).toContain("1,234.50 USD");
    expect(commands.dealBoard.mock.calls[0][0]).toEqual({ filter: { active: true } });
    expect(commands.dealList.mock.calls[0][0]).toMatchObject({ filter: { active: true, stage_id: 1 }, page: { limit: 50, after: null } });

    await fireEvent.click(element("board-more-1", HTMLButtonElement));
    await screen.findByText("Deal 2");
    expect(document.querySelectorAll("#board-column-1 [data-deal-id]").length).toBe(2);
  });

  it("moves a card with its select, saves the stage on the version read and counts again", async () => {
    commands.dealUpdate.mockResolvedValue(ok(deal(1, 2, { version: 4 })));
    render(PipelineBoard);
    await screen.findByText("Deal 1");

    await fireEvent.change(element("board-move-1", HTMLSelectElement), { target: { value: "2" } });
    await waitFor(() => expect(document.querySelector("#board-column-2 #board-card-1")).not.toBeNull());
    expect(commands.dealUpdate.mock.calls[0][0]).toMatchObject({ id: 1, version: 3, input: { stage_id: 2, amount: "100.00" } });
    expect(commands.dealBoard).toHaveBeenCalledTimes(2);
    expect(document.querySelector("#board-column-1 #board-card-1")).toBeNull();
  });

  it("asks for a success reason before a card closes at the success stage", async () => {
    commands.dealUpdate.mockResolvedValue(ok(deal(1, 11, { active: false, closing_reason_id: 4, version: 4 })));
    render(PipelineBoard);
    await screen.findByText("Deal 1");

    await fireEvent.change(element("board-move-1", HTMLSelectElement), { target: { value: "11" } });
    const dialog = await waitFor(() => {
      const found = element("board-close-dialog", HTMLDialogElement);
      if (!found.open) throw new Error("the dialog is not open");
      return found;
    });
    const reasons = [...element("board-close-reason", HTMLSelectElement).options].map((option) => option.value);
    expect(reasons).toEqual(["4"]);
    expect(commands.dealUpdate).not.toHaveBeenCalled();

    await fireEvent.click(element("board-close-confirm", HTMLButtonElement));
    await waitFor(() => expect(commands.dealUpdate).toHaveBeenCalled());
    expect(commands.dealUpdate.mock.calls[0][0].input).toMatchObject({ stage_id: 11, closing_reason_id: 4 });
    // Closed deals leave a board of active deals.
    await waitFor(() => expect(document.getElementById("board-card-1")).toBeNull());
    expect(dialog.isConnected).toBe(false);
  });

  it("keeps the card where it is when the move is cancelled", async () => {
    render(PipelineBoard);
    await screen.findByText("Deal 1");
    await fireEvent.change(element("board-move-1", HTMLSelectElement), { target: { value: "11" } });
    await waitFor(() => element("board-close-dialog", HTMLDialogElement));
    await fireEvent.click(element("board-close-cancel", HTMLButtonElement));
    expect(commands.dealUpdate).not.toHaveBeenCalled();
    expect(document.querySelector("#board-column-1 #board-card-1")).not.toBeNull();
    expect(element("board-move-1", HTMLSelectElement).value).toBe("1");
  });

  it("on a conflict shows the stored deal and says so", async () => {
    commands.dealUpdate.mockResolvedValue(failure({ code: "conflict", message: "Changed meanwhile." }));
    commands.dealGet.mockResolvedValue(ok(deal(1, 2, { name: "Deal 1 (renamed)", version: 5 })));
    render(PipelineBoard);
    await screen.findByText("Deal 1");

    await fireEvent.change(element("board-move-1", HTMLSelectElement), { target: { value: "2" } });
    await screen.findByText("Deal 1 (renamed)");
    expect(document.querySelector("#board-column-2 #board-card-1")?.getAttribute("data-version")).toBe("5");
    expect(element("board-notice", HTMLElement).textContent).toContain("changed");
  });

  it("shows why a move was refused", async () => {
    commands.dealUpdate.mockResolvedValue(
      failure({ code: "validation", message: "Check the deal.", fields: [{ field: "amount", code: "amount_required", message: "Specify the deal amount" }] }),
    );
    render(PipelineBoard);
    await screen.findByText("Deal 1");
    await fireEvent.change(element("board-move-1", HTMLSelectElement), { target: { value: "2" } });
    await waitFor(() => expect(element("board-notice", HTMLElement).textContent).toContain("Specify the deal amount"));
    expect(document.querySelector("#board-column-1 #board-card-1")).not.toBeNull();
  });
});
