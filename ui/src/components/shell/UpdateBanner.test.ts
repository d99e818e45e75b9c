import { fireEvent, render, waitFor } from "@testing-library/svelte";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { UpdateCheck } from "../../lib/bindings";
import { t } from "../../lib/i18n";
import { updates } from "../../lib/updates.svelte";
import { failure, ok } from "../../test/fixtures";
import UpdateCard from "../home/UpdateCard.svelte";
import UpdateBanner from "./UpdateBanner.svelte";

type Progress = (event: { payload: { received: number; total: number | null } }) => void;

const commands = vi.hoisted(() => ({
  updateCheck: vi.fn(),
  updateDownload: vi.fn(),
  updateInstall: vi.fn(),
  updateCheckAtStartSet: vi.fn(),
}));
const progress = vi.hoisted(() => ({ listener: null as Progress | null }));
const events = vi.hoisted(() => ({
  updateProgress: {
    listen: vi.fn(async (listener: Progress) => {
      progress.listener = listener;
      return () => {
        progress.listener = null;
      };
    }),
  },
}));

vi.mock("../../lib/bindings", () => ({ commands, events }));

const OFFER: UpdateCheck = {
  current_version: "0.1.0",
  offer: { version: "0.2.0", notes: "Lists open faster.", date: "2026-12-01T09:30:00Z" },
};

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is not on screen`);
  return element;
}

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
});

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  Object.assign(updates, {
    current: "0.1.0",
    phase: "idle",
    offer: null,
    received: 0,
    total: null,
    error: null,
    dialogOpen: false,
    dismissed: false,
    checkAtStart: true,
  });
});

describe("the app's own updates", () => {
  it("offers a newer version with its notes, shows the download and installs only when asked", async () => {
    commands.updateCheck.mockResolvedValue(ok(OFFER));
    let finish: (value: unknown) => void = () => {};
    commands.updateDownload.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    commands.updateInstall.mockResolvedValue(ok(null));
    render(UpdateBanner);

    await updates.check(true);
    await waitFor(() => expect(byId("update-banner").textContent).toContain("0.2.0"));
    await fireEvent.click(byId("update-banner-open"));
    expect(byId("update-notes").textContent).toBe("Lists open faster.");
    expect(document.getElementById("update-install")).toBeNull();

    await fireEvent.click(byId("update-download"));
    await waitFor(() => expect(progress.listener).not.toBeNull());
    progress.listener?.({ payload: { received: 1_500_000, total: 3_000_000 } });
    await waitFor(() => expect(byId("update-progress").querySelector("progress")?.value).toBe(1_500_000));
    expect(commands.updateInstall).not.toHaveBeenCalled();

    finish(ok(OFFER.offer));
    await waitFor(() => expect(byId("update-ready").textContent).toBe(t("updates-verified")));
    expect(commands.updateInstall).not.toHaveBeenCalled();
    await fireEvent.click(byId("update-install"));
    expect(commands.updateInstall).toHaveBeenCalledTimes(1);
  });

  it("shows why a download was refused and lets the user try again", async () => {
    commands.updateCheck.mockResolvedValue(ok(OFFER));
    commands.updateDownload.mockResolvedValue(failure({ code: "update_refused", message: "Refused: not signed." }));
    render(UpdateBanner);
    await updates.check(true);
    await waitFor(() => byId("update-banner-open"));
    await fireEvent.click(byId("update-banner-open"));
    await fireEvent.click(byId("update-download"));

    await waitFor(() => expect(byId("update-error").textContent).toBe("Refused: not signed."));
    expect(byId("update-error").dataset.code).toBe("update_refused");
    expect(document.getElementById("update-install")).toBeNull();
    expect(byId("update-download")).toBeTruthy();
  });

  it("keeps a failed look at start to itself, but answers a check the user asked for", async () => {
    commands.updateCheck.mockResolvedValue(failure({ code: "update_unreachable", message: "No server." }));
    render(UpdateCard);
    await updates.check(true);
    expect(document.getElementById("update-check-error")).toBeNull();

    await fireEvent.click(byId("update-check"));
    await waitFor(() => expect(byId("update-check-error").textContent).toBe("No server."));

    commands.updateCheck.mockResolvedValue(ok({ current_version: "0.1.0", offer: null }));
    await fireEvent.click(byId("update-check"));
    await waitFor(() => expect(byId("update-latest").textContent).toBe(t("updates-latest")));
    expect(document.getElementById("update-check-error")).toBeNull();
  });

  it("remembers whether to look at start", async () => {
    commands.updateCheckAtStartSet.mockResolvedValue(ok(false));
    render(UpdateCard);
    const box = byId("update-check-at-start") as HTMLInputElement;
    expect(box.checked).toBe(true);
    await fireEvent.click(box);
    expect(commands.updateCheckAtStartSet).toHaveBeenCalledWith(false);
    await waitFor(() => expect(updates.checkAtStart).toBe(false));
  });
});
