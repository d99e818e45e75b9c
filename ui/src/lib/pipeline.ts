import type { BoardColumn, ClosingReason, CommandError, Deal, DealFilter, DealInput } from "./bindings";

/** What the board's toolbar narrows the deals to. */
export type BoardChoices = {
  mine: boolean;
  userId: number | null;
  /** Closed deals too; the board starts with the active ones, as the deal list does (R-DEAL-18). */
  withClosed: boolean;
  /** The department whose stages are shown; none = the user's own. */
  departmentId: number | null;
};

/** The filter `deal_board` and every column's `deal_list` share, so counts and cards agree. */
export function boardFilter(choices: BoardChoices): DealFilter {
  const filter: DealFilter = {};
  if (!choices.withClosed) filter.active = true;
  if (choices.mine && choices.userId !== null) filter.owner_or_co_owner = choices.userId;
  if (choices.departmentId !== null) filter.department_id = choices.departmentId;
  return filter;
}

/** The filter of one column's cards. */
export function columnFilter(filter: DealFilter, stageId: number): DealFilter {
  return { ...filter, stage_id: stageId };
}

/**
 * Closing happens through a closing reason (R-DEAL-7): an open deal dropped on the success stage
 * is closed as won, so the user names the success reason first.
 */
export function needsClosingReason(deal: Deal, target: BoardColumn): boolean {
  return target.success_stage && deal.active;
}

/** The reasons a deal may be closed with at `target`, best rated first. */
export function reasonChoices(reasons: readonly ClosingReason[], target: BoardColumn): ClosingReason[] {
  return reasons
    .filter((reason) => !target.success_stage || reason.success_reason)
    .sort((a, b) => a.index_number - b.index_number || a.id - b.id);
}

/** The deal as its form would save it, at `stageId` and, when closing, with `closingReasonId`. */
export function moveInput(deal: Deal, stageId: number, closingReasonId: number | null = null): DealInput {
  return {
    ...deal,
    // The form sends the amount as text; blank = no amount.
    amount: deal.amount ?? "",
    stage_id: stageId,
    closing_reason_id: closingReasonId ?? deal.closing_reason_id,
  };
}

/** Whether `deal` still belongs on a board showing `filter`. */
export function shownBy(deal: Deal, filter: DealFilter): boolean {
  if (filter.active !== undefined && filter.active !== null && deal.active !== filter.active) return false;
  if (filter.owner_or_co_owner !== undefined && filter.owner_or_co_owner !== null) {
    const user = filter.owner_or_co_owner;
    if (deal.owner_id !== user && deal.co_owner_id !== user) return false;
  }
  return true;
}

/**
 * The cards after `deal` was saved: taken out of whichever column held it and, when the board
 * still shows it, put first in the column of its stage now (the save may have moved it further,
 * e.g. to the success stage).
 */
export function placeCard(
  cards: Readonly<Record<number, readonly Deal[]>>,
  deal: Deal,
  filter: DealFilter,
): Record<number, Deal[]> {
  const next: Record<number, Deal[]> = {};
  for (const [stage, deals] of Object.entries(cards)) next[Number(stage)] = deals.filter((card) => card.id !== deal.id);
  if (deal.stage_id !== null && next[deal.stage_id] && shownBy(deal, filter)) {
    next[deal.stage_id] = [deal, ...next[deal.stage_id]];
  }
  return next;
}

/** The stage whose column holds `dealId`, if any. */
export function stageOf(cards: Readonly<Record<number, readonly Deal[]>>, dealId: number): number | null {
  for (const [stage, deals] of Object.entries(cards)) if (deals.some((card) => card.id === dealId)) return Number(stage);
  return null;
}

/** The drag payload of a card, and back; anything else dropped on a column is not a card. */
export const DRAG_TYPE = "application/x-oriel-deal";

export function dragPayload(dealId: number): string {
  return String(dealId);
}

export function draggedDeal(payload: string): number | null {
  return /^\d+$/.test(payload.trim()) ? Number(payload.trim()) : null;
}

/** A failed save as one line: the message, then what it says about single fields. */
export function errorText(error: CommandError): string {
  const details = error.fields.map((field) => field.message).filter((message) => message && message !== error.message);
  return [error.message, ...details].join(" ");
}

/** R-DEAL-19: an active deal's next step is overdue once its day has passed. */
export function overdue(deal: Deal, today: string): boolean {
  return deal.active && deal.next_step_date < today;
}

/** Today as the calendar day (`2026-12-02`) of the reader's own time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
