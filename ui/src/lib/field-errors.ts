import type { FieldMessage } from "./bindings";

/** The DOM id the end-to-end tests look for, e.g. `field-error-vat_percent`. */
export function fieldErrorId(field: string): string {
  return `field-error-${field}`;
}

export function messagesFor(errors: readonly FieldMessage[], field: string): string[] {
  return errors.filter((error) => error.field === field).map((error) => error.message);
}

export function hasError(errors: readonly FieldMessage[], field: string): boolean {
  return errors.some((error) => error.field === field);
}

/** Links an input to its hint and, when there is one, to its error, for screen readers. */
export function describedBy(errors: readonly FieldMessage[], field: string, hintId: string | undefined): string | undefined {
  const ids = [hintId, hasError(errors, field) ? fieldErrorId(field) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Fields with errors that the form has no input for; listed together so none goes unseen. */
export function fieldsOutside(errors: readonly FieldMessage[], formFields: readonly string[]): string[] {
  const outside = errors.map((error) => error.field).filter((field) => !formFields.includes(field));
  return [...new Set(outside)];
}
