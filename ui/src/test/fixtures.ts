import type { CommandError, ConnectionInfo, Settings, StartInfo } from "../lib/bindings";
import type { Result } from "../lib/command-result";

export function startInfo(overrides: Partial<StartInfo> = {}): StartInfo {
  return {
    app_version: "0.1.0",
    locale: "en",
    locales: [
      { code: "en", name: "English", rtl: false },
      { code: "de", name: "Deutsch", rtl: false },
    ],
    embedded_path: "/home/anna/.local/share/org.oriel.crm/oriel.db",
    saved: null,
    auto_connect: null,
    notify_own_assignments: false,
    check_updates_at_start: false,
    ...overrides,
  };
}

export function embeddedConnection(): ConnectionInfo {
  return { backend: "sqlite", location: "/home/anna/.local/share/org.oriel.crm/oriel.db", schema_version: 7 };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    organization_name: "Acme GmbH",
    vat_percent: "19.00",
    mark_payments_through_representation: false,
    check_shipment_dates: true,
    default_language: "en",
    updated_at: "2026-11-20T09:30:00Z",
    version: 3,
    ...overrides,
  };
}

export function ok<T>(data: T): Result<T, CommandError> {
  return { status: "ok", data };
}

export function failure<T>(error: Pick<CommandError, "code" | "message"> & Partial<CommandError>): Result<T, CommandError> {
  return { status: "error", error: { fields: [], current: null, ...error } };
}
