import type { CommandError } from "./bindings";

/** Codes that mean the database could not be reached, not that the request was wrong. */
const OFFLINE_CODES: readonly CommandError["code"][] = ["db_unavailable"];
const RETRY_MS = 5000;

let offline = $state(false);
let timer: ReturnType<typeof setTimeout> | undefined;
let probe: (() => Promise<boolean>) | null = null;

export const connectivity = {
  get offline(): boolean {
    return offline;
  },
};

/** What the app calls to check the server again while offline (a cheap read). */
export function setProbe(check: () => Promise<boolean>): void {
  probe = check;
}

/** Every command's outcome passes here: a failure to reach the database starts the retry loop. */
export function noteOutcome(error: CommandError | null): void {
  if (error && OFFLINE_CODES.includes(error.code)) {
    if (!offline) {
      offline = true;
      schedule();
    }
  } else if (offline) {
    // Any other answer, even a refusal, came from a reachable database.
    offline = false;
    clearTimeout(timer);
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (!offline || !probe) return;
    if (await probe()) offline = false;
    else schedule();
  }, RETRY_MS);
}

/** Checks at once, for the banner's "try now" button. */
export async function retryNow(): Promise<void> {
  if (probe && (await probe())) {
    offline = false;
    clearTimeout(timer);
  }
}
