// Stand-in for the file `cargo xtask bindings` generates from the Rust command types.
// It follows docs/CONTRACT.md to the letter; the generated file replaces it unchanged in shape.
// Do not import anything else from the UI here: the generated file will not either.

import { invoke as TAURI_INVOKE } from "@tauri-apps/api/core";

export const commands = {
  async appStart(): Promise<Result<StartInfo, CommandError>> {
    return call("app_start");
  },
  async localeSet(code: string): Promise<Result<string, CommandError>> {
    return call("locale_set", { code });
  },
  async connectionOpen(target: ConnectionTarget): Promise<Result<ConnectionInfo, CommandError>> {
    return call("connection_open", { target });
  },
  async connectionClose(): Promise<Result<null, CommandError>> {
    return call("connection_close");
  },
  async connectionInfo(): Promise<Result<ConnectionInfo, CommandError>> {
    return call("connection_info");
  },
  async settingsGet(): Promise<Result<Settings, CommandError>> {
    return call("settings_get");
  },
  async settingsUpdate(input: SettingsUpdate): Promise<Result<Settings, CommandError>> {
    return call("settings_update", { input });
  },
};

// A rejected invoke carries the command's error value; a thrown Error is a bug and stays thrown.
async function call<T>(command: string, args?: Record<string, unknown>): Promise<Result<T, CommandError>> {
  try {
    return { status: "ok", data: await TAURI_INVOKE<T>(command, args) };
  } catch (e) {
    if (e instanceof Error) throw e;
    return { status: "error", error: e as CommandError };
  }
}

export type Backend = "sqlite" | "postgres" | "mysql";
export type LocaleInfo = { code: string; name: string; rtl: boolean };
export type SavedConnection = { kind: "embedded" } | { kind: "server"; url: string; has_saved_password: boolean };
export type StartInfo = {
  app_version: string;
  locale: string;
  locales: LocaleInfo[];
  embedded_path: string;
  saved: SavedConnection | null;
  auto_connect: ConnectionTarget | null;
};
export type ConnectionTarget =
  | { kind: "embedded" }
  | { kind: "server"; url: string; password: string | null; remember_password: boolean };
export type ConnectionInfo = { backend: Backend; location: string; schema_version: number };
export type Settings = {
  organization_name: string;
  vat_percent: string;
  mark_payments_through_representation: boolean;
  check_shipment_dates: boolean;
  default_language: string;
  updated_at: string;
  version: number;
};
export type SettingsUpdate = {
  organization_name: string;
  vat_percent: string;
  mark_payments_through_representation: boolean;
  check_shipment_dates: boolean;
  default_language: string;
  version: number;
};
export type ErrorCode =
  | "validation"
  | "not_found"
  | "conflict"
  | "forbidden"
  | "db_unavailable"
  | "not_connected"
  | "keychain"
  | "internal";
export type FieldMessage = { field: string; code: string; message: string };
export type CommandError = { code: ErrorCode; message: string; fields: FieldMessage[]; current: JsonValue | null };
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key in string]: JsonValue };

export type Result<T, E> = { status: "ok"; data: T } | { status: "error"; error: E };
