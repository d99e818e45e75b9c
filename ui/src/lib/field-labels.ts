import type { FieldSpec } from "./entities/types";
import { hasMessage, t } from "./i18n";

/** A field's label: `field-<entity>-<name>` when the entity words it its own way, else `field-<name>`. */
export function fieldLabel(entityKey: string, field: string): string {
  const own = `field-${entityKey}-${field}`;
  return t(hasMessage(own) ? own : `field-${field}`);
}

export function entityLabel(key: string, plural = false): string {
  return t(plural ? `entity-${key}-plural` : `entity-${key}`);
}

export function choiceLabel(field: string, value: string): string {
  return t(`choice-${field}-${value}`);
}

/** The kind of a field a descriptor does not list, guessed from its name. */
export function implicitKind(name: string): FieldSpec["kind"] {
  if (name.endsWith("_at")) return "datetime";
  if (name === "id" || name === "version") return "integer";
  return "text";
}
