import type { CommandError, Page } from "./bindings";
import type { Result } from "./command-result";
import type { AnyRecord, ListRequest } from "./entities/types";
import { runCommand } from "./run-command";

export const PAGE_SIZE = 100;

type Fetch = (request: ListRequest) => Promise<Result<Page<AnyRecord>, CommandError>>;

/**
 * The rows of a list, loaded page by page with keyset cursors as the user scrolls. A new query
 * (filter, sort, search) starts over; answers to an older query are dropped, so a slow page
 * never lands in a newer list.
 */
export class ListLoader {
  rows: AnyRecord[] = $state([]);
  loading = $state(false);
  error: CommandError | null = $state(null);
  done = $state(false);
  private cursor: string | null = null;
  private generation = 0;
  private query: Omit<ListRequest, "after" | "limit"> = { filter: {}, descending: false };

  constructor(private readonly fetch: Fetch) {}

  /** Starts the list over with a new query and loads its first page. */
  reset(query: Omit<ListRequest, "after" | "limit">): Promise<void> {
    this.generation += 1;
    this.query = query;
    this.rows = [];
    this.cursor = null;
    this.done = false;
    this.error = null;
    this.loading = false;
    return this.more();
  }

  /** Loads the next page unless one is on its way or the list is complete. */
  async more(): Promise<void> {
    if (this.loading || this.done) return;
    const generation = this.generation;
    this.loading = true;
    const result = await runCommand(() => this.fetch({ ...this.query, after: this.cursor, limit: PAGE_SIZE }));
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.status === "error") {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.rows = [...this.rows, ...result.data.items];
    this.cursor = result.data.next_cursor;
    this.done = result.data.next_cursor === null;
  }

  /** Replaces one row after it was edited elsewhere, or drops it when it was deleted. */
  replace(record: AnyRecord, removed = false): void {
    this.rows = removed
      ? this.rows.filter((row) => row.id !== record.id)
      : this.rows.map((row) => (row.id === record.id ? record : row));
  }
}

/** The first and last row index to render for a scroll position, with some rows of slack. */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 10,
): { start: number; end: number } {
  const first = Math.floor(scrollTop / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(rowCount, first + Math.ceil(viewportHeight / rowHeight) + overscan);
  return { start, end };
}
