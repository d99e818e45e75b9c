import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportProgress, ImportReport } from "../../lib/bindings";
import { ok } from "../../test/fixtures";
import TransferScreen from "./TransferScreen.svelte";

const commands = vi.hoisted(() => ({
  importStart: vi.fn(),
  importCancel: vi.fn(),
  recordsExport: vi.fn(),
}));

vi.mock("../../lib/bindings", () => ({ commands }));

// The real Channel registers a callback with the Tauri bridge, which tests do not have.
vi.mock("@tauri-apps/api/core", () => ({
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));

type Progress = { onmessage: (progress: ImportProgress) => void };

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return { found: 5, created: 2, skipped: 0, failed: 0, cancelled: false, messages: [], ...overrides };
}

function pick(name = "companies.xlsx") {
  const input = document.getElementById("import-file");
  if (!(input instanceof HTMLInputElement)) throw new Error("no file input");
  const file = new File([new Uint8Array([80, 75, 3, 4])], name);
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  return fireEvent.change(input);
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
});

describe("the import", () => {
  it("sends the picked file, shows each row's progress, and cancels into a report of what was kept", async () => {
    let finish: (value: unknown) => void = () => {};
    let channel: Progress | undefined;
    commands.importStart.mockImplementation((_input: unknown, onProgress: Progress) => {
      channel = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    commands.importCancel.mockResolvedValue(ok(null));
    render(TransferScreen);

    const start = document.getElementById("import-start") as HTMLButtonElement;
    expect(start.disabled, "nothing to import before a file is picked").toBe(true);
    await fireEvent.change(document.getElementById("import-entity") as HTMLSelectElement, {
      target: { value: "contact" },
    });
    await pick();
    await fireEvent.click(start);

    await waitFor(() => expect(commands.importStart).toHaveBeenCalled());
    expect(commands.importStart.mock.calls[0][0]).toEqual({ entity: "contact", content_base64: "UEsDBA==" });
    channel?.onmessage({ done: 2, total: 5 });
    await screen.findByText("2 of 5 rows");
    const bar = document.getElementById("import-progress") as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 5]);
    expect(start.closest("fieldset")?.disabled, "no second import while one runs").toBe(true);

    await fireEvent.click(document.getElementById("import-cancel") as HTMLButtonElement);
    expect(commands.importCancel).toHaveBeenCalledTimes(1);
    await screen.findByText("Stopping after the current row…");

    finish(
      ok(
        report({
          cancelled: true,
          skipped: 1,
          messages: [{ row: 3, outcome: "skipped", message: "Already exists: Anna Berg" }],
        }),
      ),
    );
    const result = await waitFor(() => {
      const element = document.getElementById("import-report");
      if (!element) throw new Error("no report yet");
      return element;
    });
    expect(document.getElementById("import-progress")).toBeNull();
    expect(document.getElementById("import-created")?.textContent).toBe("2");
    expect(result.textContent).toContain("The import was cancelled.");
    expect(result.textContent).toContain("Row 3, skipped: Already exists: Anna Berg");
    expect(document.activeElement?.id, "focus moves to the result").toBe("import-report-heading");
  });

  it("shows why a file was refused", async () => {
    commands.importStart.mockResolvedValue({
      status: "error",
      error: {
        code: "validation",
        message: "Check the values.",
        fields: [{ field: "content_base64", code: "malformed", message: "This is not an XLSX file." }],
        current: null,
      },
    });
    render(TransferScreen);
    await pick("notes.txt");
    await fireEvent.click(document.getElementById("import-start") as HTMLButtonElement);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This is not an XLSX file.");
  });
});

describe("the export", () => {
  it("offers the exported file under its own name", async () => {
    const createObjectURL = vi.fn(() => "blob:export-1");
    // jsdom has no object URLs; this file's tests run in their own environment.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    commands.recordsExport.mockResolvedValue(
      ok({ file_name: "Lead_db_anna_2026-11-20.xlsx", rows: 3, content_base64: "UEsDBA==", path: null }),
    );
    render(TransferScreen);
    await fireEvent.change(document.getElementById("export-entity") as HTMLSelectElement, { target: { value: "lead" } });
    await fireEvent.click(document.getElementById("export-start") as HTMLButtonElement);

    const link = (await screen.findByRole("link")) as HTMLAnchorElement;
    expect(commands.recordsExport).toHaveBeenCalledWith({ entity: "lead" });
    expect(link.getAttribute("download")).toBe("Lead_db_anna_2026-11-20.xlsx");
    expect(link.getAttribute("href")).toBe("blob:export-1");
    expect(screen.getByText("3 records exported.")).toBeTruthy();
    expect(document.activeElement).toBe(link);
  });
});
