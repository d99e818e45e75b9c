import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { commands as realCommands } from "./lib/bindings";
import { applyLocale } from "./lib/i18n";
import { embeddedConnection, failure, ok, settings, startInfo } from "./test/fixtures";
import App from "./App.svelte";

type Commands = typeof realCommands;
/** The commands the screens under test call; the rest of the bindings stay unmocked. */
type UsedCommands =
  | "appStart"
  | "localeSet"
  | "connectionOpen"
  | "connectionClose"
  | "connectionInfo"
  | "settingsGet"
  | "settingsUpdate"
  | "sessionInfo"
  | "referenceNames"
  | "requestPendingCounts"
  | "ownerChoices"
  | "noticeUnreadCount"
  | "assignmentsWhileAway"
  | "dealCount";
type MockedCommands = { [name in UsedCommands]: Mock<Commands[name]> };

const commands = vi.hoisted(
  (): MockedCommands => ({
    appStart: vi.fn(),
    localeSet: vi.fn(),
    connectionOpen: vi.fn(),
    connectionClose: vi.fn(),
    connectionInfo: vi.fn(),
    settingsGet: vi.fn(),
    settingsUpdate: vi.fn(),
    sessionInfo: vi.fn(),
    referenceNames: vi.fn(),
    requestPendingCounts: vi.fn(),
    ownerChoices: vi.fn(),
    noticeUnreadCount: vi.fn(),
    assignmentsWhileAway: vi.fn(),
    dealCount: vi.fn(),
  }),
);

// The shell listens for newly assigned requests; these tests announce none.
const events = vi.hoisted(() => ({
  assignmentsAnnounced: { listen: vi.fn(async () => () => {}) },
  announcementOpened: { listen: vi.fn(async () => () => {}) },
}));

vi.mock("./lib/bindings", () => ({ commands, events }));

/** The element with `id`, once it is on screen; the same ids the end-to-end tests use. */
async function findById(id: string): Promise<HTMLElement> {
  return waitFor(() => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`#${id} is not on screen`);
    return element;
  });
}

function input(id: string): HTMLInputElement {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement)) throw new Error(`#${id} is not an input`);
  return element;
}

async function type(id: string, value: string) {
  await fireEvent.input(input(id), { target: { value } });
}

async function openHomeScreen() {
  render(App);
  await fireEvent.click(await findById("connect-embedded"));
  await findById("home-screen");
  await findById("org-name");
}

beforeEach(() => {
  for (const command of Object.values(commands)) command.mockReset();
  commands.appStart.mockResolvedValue(ok(startInfo()));
  commands.connectionInfo.mockResolvedValue(failure({ code: "not_connected", message: "Not connected." }));
  commands.connectionOpen.mockResolvedValue(ok(embeddedConnection()));
  commands.connectionClose.mockResolvedValue(ok(null));
  // The working window around the overview asks for these on start.
  commands.sessionInfo.mockResolvedValue(failure({ code: "not_connected", message: "Not connected." }));
  commands.referenceNames.mockResolvedValue(ok({}));
  commands.requestPendingCounts.mockResolvedValue(ok({ older: 0, today: 0 }));
  commands.ownerChoices.mockResolvedValue(ok([]));
  commands.noticeUnreadCount.mockResolvedValue(ok(0));
  commands.assignmentsWhileAway.mockResolvedValue(ok([]));
  commands.dealCount.mockResolvedValue(ok(0));
  commands.settingsGet.mockResolvedValue(ok(settings()));
  commands.localeSet.mockImplementation(async (code) => ok(code));
  applyLocale("en");
});

describe("connect screen", () => {
  it("opens the embedded database and shows the home screen with the connection", async () => {
    render(App);
    expect((await findById("connect-title")).textContent).toBe("Choose a database");
    expect((await findById("embedded-path")).textContent).toBe(startInfo().embedded_path);

    await fireEvent.click(await findById("connect-embedded"));

    expect(commands.connectionOpen).toHaveBeenCalledWith({ kind: "embedded" });
    expect((await findById("home-title")).textContent).toBe("Overview");
    expect(document.getElementById("connect-screen")).toBeNull();
    expect((await findById("connection-backend")).textContent).toBe("Embedded database (SQLite)");
    expect((await findById("connection-location")).textContent).toBe(embeddedConnection().location);
    expect((await findById("schema-version")).textContent).toBe("7");
  });

  it("shows the translated error of a failed open and stays on the connect screen", async () => {
    commands.connectionOpen.mockResolvedValue(
      failure({ code: "db_unavailable", message: "The database server at db.example.org cannot be reached." }),
    );
    render(App);
    await findById("server-url");
    await type("server-url", "postgres://anna@db.example.org:5432/crm");
    await type("server-password", "secret");
    await fireEvent.click(input("remember-password"));
    await fireEvent.click(await findById("connect-server"));

    expect(commands.connectionOpen).toHaveBeenCalledWith({
      kind: "server",
      url: "postgres://anna@db.example.org:5432/crm",
      password: "secret",
      remember_password: true,
    });
    expect((await findById("connect-error")).textContent).toBe(
      "The database server at db.example.org cannot be reached.",
    );
    expect(document.getElementById("connect-screen")).not.toBeNull();
    expect(input("server-password").value).toBe("secret");
  });

  it("offers the last server with its URL prefilled and reopens it with the keychain password", async () => {
    const url = "mysql://anna@db.example.org:3306/crm";
    commands.appStart.mockResolvedValue(ok(startInfo({ saved: { kind: "server", url, has_saved_password: true } })));
    render(App);

    await findById("connect-saved");
    expect(input("server-url").value).toBe(url);
    await fireEvent.click(await findById("connect-saved"));

    expect(commands.connectionOpen).toHaveBeenCalledWith({
      kind: "server",
      url,
      password: null,
      remember_password: true,
    });
  });

  it("opens the start-up target at once without a click", async () => {
    commands.appStart.mockResolvedValue(ok(startInfo({ auto_connect: { kind: "embedded" } })));
    render(App);

    await findById("home-screen");
    expect(commands.connectionOpen).toHaveBeenCalledTimes(1);
    expect(commands.connectionOpen).toHaveBeenCalledWith({ kind: "embedded" });
  });

  it("returns to the connect screen on disconnect and does not open the start-up target again", async () => {
    commands.appStart.mockResolvedValue(ok(startInfo({ auto_connect: { kind: "embedded" } })));
    render(App);
    await fireEvent.click(await findById("disconnect"));

    await findById("connect-screen");
    expect(commands.connectionClose).toHaveBeenCalledTimes(1);
    expect(commands.connectionOpen).toHaveBeenCalledTimes(1);
    expect(document.getElementById("connect-saved")).not.toBeNull();
  });
});

describe("installation settings", () => {
  it("sends the version it loaded and shows the stored values the command returned", async () => {
    commands.settingsUpdate.mockImplementation(async (update) =>
      ok(settings({ ...update, vat_percent: "20.00", version: update.version + 1 })),
    );
    await openHomeScreen();
    expect(input("org-name").value).toBe("Acme GmbH");
    expect((await findById("stored-vat-percent")).textContent).toBe("19.00");

    await type("org-name", "Oriel Trading Ltd");
    await type("vat-percent", "20");
    await fireEvent.click(await findById("settings-save"));

    expect(commands.settingsUpdate).toHaveBeenCalledWith({
      organization_name: "Oriel Trading Ltd",
      vat_percent: "20",
      mark_payments_through_representation: false,
      check_shipment_dates: true,
      default_language: "en",
      version: 3,
    });
    expect((await findById("settings-status")).textContent).toBe("Settings saved.");
    expect((await findById("stored-org-name")).textContent).toBe("Oriel Trading Ltd");
    expect((await findById("stored-vat-percent")).textContent).toBe("20.00");

    // The next save is based on the version the last save returned.
    await fireEvent.click(await findById("settings-save"));
    await waitFor(() => expect(commands.settingsUpdate).toHaveBeenCalledTimes(2));
    expect(commands.settingsUpdate.mock.calls[1][0].version).toBe(4);
  });

  it("shows a validation message under the field it belongs to", async () => {
    const message = "The VAT percent must be a number between 0 and 100.";
    commands.settingsUpdate.mockResolvedValue(
      failure({
        code: "validation",
        message: "Please correct the marked fields.",
        fields: [{ field: "vat_percent", code: "out_of_range", message }],
      }),
    );
    await openHomeScreen();
    await type("vat-percent", "250");
    await fireEvent.click(await findById("settings-save"));

    const error = await findById("field-error-vat_percent");
    expect(error.textContent).toBe(message);
    expect(input("vat-percent").closest(".field")?.contains(error)).toBe(true);
    expect(input("vat-percent").getAttribute("aria-invalid")).toBe("true");
    expect(input("vat-percent").getAttribute("aria-describedby")).toContain("field-error-vat_percent");
    expect(input("vat-percent").value).toBe("250");
    expect(document.getElementById("settings-status")).toBeNull();
  });

  it("keeps the typed values on a conflict, shows the stored ones beside them and can save over them", async () => {
    const newer = settings({ organization_name: "Changed by Ben", vat_percent: "7.00", version: 5 });
    commands.settingsUpdate.mockResolvedValueOnce(
      failure({ code: "conflict", message: "Someone else changed these settings.", current: newer }),
    );
    commands.settingsUpdate.mockImplementationOnce(async (update) => ok(settings({ ...update, version: 6 })));
    await openHomeScreen();
    await type("org-name", "Typed by Anna");
    await fireEvent.click(await findById("settings-save"));

    expect((await findById("settings-error")).textContent).toBe("Someone else changed these settings.");
    expect(input("org-name").value).toBe("Typed by Anna");
    expect((await findById("stored-org-name")).textContent).toBe("Changed by Ben");
    expect((await findById("stored-vat-percent")).textContent).toBe("7.00");

    await fireEvent.click(await findById("conflict-save-mine"));

    await waitFor(() => expect(commands.settingsUpdate).toHaveBeenCalledTimes(2));
    expect(commands.settingsUpdate.mock.calls[1][0]).toMatchObject({ organization_name: "Typed by Anna", version: 5 });
    expect((await findById("stored-org-name")).textContent).toBe("Typed by Anna");
  });

  it("replaces the typed values with the stored ones when the user chooses them after a conflict", async () => {
    const newer = settings({ organization_name: "Changed by Ben", version: 5 });
    commands.settingsUpdate.mockResolvedValue(failure({ code: "conflict", message: "Changed elsewhere.", current: newer }));
    await openHomeScreen();
    await type("org-name", "Typed by Anna");
    await fireEvent.click(await findById("settings-save"));

    await fireEvent.click(await findById("conflict-use-stored"));

    expect(input("org-name").value).toBe("Changed by Ben");
    expect(document.getElementById("settings-conflict")).toBeNull();
  });

  it("fetches the stored values when a conflict does not carry them, still keeping the typed values", async () => {
    commands.settingsGet
      .mockResolvedValueOnce(ok(settings()))
      .mockResolvedValueOnce(ok(settings({ organization_name: "Changed by Ben", version: 9 })));
    commands.settingsUpdate.mockResolvedValue(failure({ code: "conflict", message: "Changed elsewhere." }));
    await openHomeScreen();
    await type("org-name", "Typed by Anna");
    await fireEvent.click(await findById("settings-save"));

    await findById("settings-conflict");
    expect((await findById("stored-org-name")).textContent).toBe("Changed by Ben");
    expect(input("org-name").value).toBe("Typed by Anna");
  });
});

describe("locale switch", () => {
  it("asks Rust for the locale and re-renders the screen in German", async () => {
    render(App);
    const select = await findById("locale-switch");
    expect((await findById("connect-title")).textContent).toBe("Choose a database");

    await fireEvent.change(select, { target: { value: "de" } });

    expect(commands.localeSet).toHaveBeenCalledWith("de");
    await waitFor(() => expect(document.getElementById("connect-title")?.textContent).toBe("Datenbank auswählen"));
    expect(screen.getByRole("button", { name: "Eingebettete Datenbank öffnen" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("de");
    expect(document.documentElement.dir).toBe("ltr");
    expect((select as HTMLSelectElement).value).toBe("de");
  });

  it("starts in the locale Rust negotiated", async () => {
    commands.appStart.mockResolvedValue(ok(startInfo({ locale: "de" })));
    render(App);

    await waitFor(() => expect(document.getElementById("connect-title")?.textContent).toBe("Datenbank auswählen"));
  });

  it("keeps the current locale when Rust refuses the switch", async () => {
    commands.localeSet.mockResolvedValue(failure({ code: "internal", message: "Locale not available." }));
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    render(App);
    const select = (await findById("locale-switch")) as HTMLSelectElement;

    await fireEvent.change(select, { target: { value: "de" } });

    await waitFor(() => expect(select.value).toBe("en"));
    expect(document.getElementById("connect-title")?.textContent).toBe("Choose a database");
    expect(logged).toHaveBeenCalledWith("Locale not available.");
    logged.mockRestore();
  });
});
