import { describe, expect, it } from "vitest";
import type { BoardColumn, ClosingReason, CommandError, Deal } from "./bindings";
import {
  boardFilter,
  columnFilter,
  draggedDeal,
  dragPayload,
  errorText,
  localToday,
  moveInput,
  needsClosingReason,
  overdue,
  placeCard,
  reasonChoices,
  shownBy,
  stageOf,
} from "./pipeline";

function deal(id: number, stage: number, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    name: `Deal ${id}`,
    next_step: "Call",
    next_step_date: "2026-12-02",
    description: "",
    workflow: "",
    stage_id: stage,
    stages_dates: "",
    closing_date: null,
    win_closing_date: null,
    amount: null,
    currency_id: null,
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

function column(stage: number, success = false): BoardColumn {
  return { stage_id: stage, name: `stage ${stage}`, index_number: stage, success_stage: success, deals: 0, amount: "0.00" };
}

function reason(id: number, index: number, success: boolean): ClosingReason {
  return {
    id,
    name: `reason ${id}`,
    department_id: 2,
    index_number: index,
    success_reason: success,
    created_at: "",
    updated_at: "",
    version: 1,
  };
}

describe("the board's filter", () => {
  it("starts with active deals and narrows to mine and a department when asked", () => {
    expect(boardFilter({ mine: false, userId: 7, withClosed: false, departmentId: null })).toEqual({ active: true });
    expect(boardFilter({ mine: true, userId: 7, withClosed: true, departmentId: 3 })).toEqual({
      owner_or_co_owner: 7,
      department_id: 3,
    });
    expect(boardFilter({ mine: true, userId: null, withClosed: false, departmentId: null })).toEqual({ active: true });
  });

  it("gives each column the same filter at its stage", () => {
    expect(columnFilter({ active: true, owner_or_co_owner: 7 }, 11)).toEqual({ active: true, owner_or_co_owner: 7, stage_id: 11 });
  });

  it("keeps a saved deal only while it still matches", () => {
    expect(shownBy(deal(1, 1), { active: true })).toBe(true);
    expect(shownBy(deal(1, 1, { active: false }), { active: true })).toBe(false);
    expect(shownBy(deal(1, 1, { active: false }), {})).toBe(true);
    expect(shownBy(deal(1, 1, { owner_id: 8, co_owner_id: 7 }), { owner_or_co_owner: 7 })).toBe(true);
    expect(shownBy(deal(1, 1, { owner_id: 8 }), { owner_or_co_owner: 7 })).toBe(false);
  });
});

describe("closing by moving", () => {
  it("asks for a reason only when an open deal reaches the success stage", () => {
    expect(needsClosingReason(deal(1, 1), column(11, true))).toBe(true);
    expect(needsClosingReason(deal(1, 1), column(4))).toBe(false);
    expect(needsClosingReason(deal(1, 1, { active: false }), column(11, true))).toBe(false);
  });

  it("offers the success reasons at the success stage, best rated first", () => {
    const reasons = [reason(5, 3, false), reason(6, 2, true), reason(4, 1, true)];
    expect(reasonChoices(reasons, column(11, true)).map((r) => r.id)).toEqual([4, 6]);
    expect(reasonChoices(reasons, column(4)).map((r) => r.id)).toEqual([4, 6, 5]);
  });

  it("saves the deal as the form would, with the new stage and the reason", () => {
    const input = moveInput(deal(1, 2, { amount: "120.50", currency_id: 1 }), 11, 4);
    expect(input).toMatchObject({ stage_id: 11, closing_reason_id: 4, amount: "120.50", currency_id: 1, name: "Deal 1" });
    expect(moveInput(deal(1, 2), 3)).toMatchObject({ stage_id: 3, closing_reason_id: null, amount: "" });
    expect(moveInput(deal(1, 2, { closing_reason_id: 9 }), 3).closing_reason_id).toBe(9);
  });
});

describe("cards after a save", () => {
  const cards = { 1: [deal(1, 1), deal(2, 1)], 2: [deal(3, 2)], 11: [] };

  it("leave their old column and open the column of the stage they are in now", () => {
    const moved = placeCard(cards, deal(2, 2, { version: 4 }), { active: true });
    expect(moved[1].map((d) => d.id)).toEqual([1]);
    expect(moved[2].map((d) => d.id)).toEqual([2, 3]);
    expect(moved[2][0].version).toBe(4);
    expect(stageOf(moved, 2)).toBe(2);
  });

  it("leave the board once they no longer match its filter", () => {
    const closed = placeCard(cards, deal(1, 11, { active: false }), { active: true });
    expect(stageOf(closed, 1)).toBeNull();
    expect(closed[11]).toEqual([]);
    const shown = placeCard(cards, deal(1, 11, { active: false }), {});
    expect(stageOf(shown, 1)).toBe(11);
  });

  it("leave the board when their stage has no column here", () => {
    expect(stageOf(placeCard(cards, deal(1, 99), {}), 1)).toBeNull();
  });
});

describe("drag payloads", () => {
  it("carry a deal id and nothing else", () => {
    expect(draggedDeal(dragPayload(42))).toBe(42);
    expect(draggedDeal("https://example.com")).toBeNull();
    expect(draggedDeal("")).toBeNull();
  });
});

describe("small helpers", () => {
  it("joins an error's message with what it says about fields", () => {
    const error: CommandError = {
      code: "validation",
      message: "Please check the form.",
      fields: [{ field: "amount", code: "amount_required", message: "Specify the deal amount" }],
      current: null,
    };
    expect(errorText(error)).toBe("Please check the form. Specify the deal amount");
    expect(errorText({ ...error, fields: [] })).toBe("Please check the form.");
  });

  it("marks an open deal's passed next step", () => {
    expect(overdue(deal(1, 1, { next_step_date: "2026-12-01" }), "2026-12-02")).toBe(true);
    expect(overdue(deal(1, 1, { next_step_date: "2026-12-02" }), "2026-12-02")).toBe(false);
    expect(overdue(deal(1, 1, { next_step_date: "2026-12-01", active: false }), "2026-12-02")).toBe(false);
  });

  it("writes today as a calendar day of the local zone", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
