import type { Settings, SettingsUpdate } from "./bindings";

/** What the settings form holds: the editable part of `Settings`, exactly as typed. */
export type SettingsDraft = Omit<SettingsUpdate, "version">;

export function draftOf(settings: Settings): SettingsDraft {
  return {
    organization_name: settings.organization_name,
    vat_percent: settings.vat_percent,
    mark_payments_through_representation: settings.mark_payments_through_representation,
    check_shipment_dates: settings.check_shipment_dates,
    default_language: settings.default_language,
  };
}

export function emptyDraft(): SettingsDraft {
  return {
    organization_name: "",
    vat_percent: "",
    mark_payments_through_representation: false,
    check_shipment_dates: false,
    default_language: "",
  };
}

/** `version` is the one the form was loaded with, so a concurrent change is refused, not lost. */
export function updateOf(draft: SettingsDraft, version: number): SettingsUpdate {
  return { ...draft, version };
}

/** Reads the stored row that a `conflict` error carries; `null` when it is absent or malformed. */
export function settingsFromJson(value: unknown): Settings | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const row = value as Record<string, unknown>;
  const isString = (key: string) => typeof row[key] === "string";
  const isBoolean = (key: string) => typeof row[key] === "boolean";
  const valid =
    isString("organization_name") &&
    isString("vat_percent") &&
    isBoolean("mark_payments_through_representation") &&
    isBoolean("check_shipment_dates") &&
    isString("default_language") &&
    isString("updated_at") &&
    typeof row.version === "number";
  return valid ? (row as unknown as Settings) : null;
}
