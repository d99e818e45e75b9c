/** One field of an edit that met a newer stored version. */
export type FieldConflict = {
  field: string;
  mine: unknown;
  base: unknown;
  stored: unknown;
  /** Both sides changed it, to different values: the user has to pick. */
  clash: boolean;
};

export type Choice = "mine" | "stored";

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields where what the user typed, what they started from and what is stored now differ.
 * Fields only the user changed keep their value, fields only the other side changed take theirs;
 * both are listed so nothing changes unseen.
 */
export function fieldConflicts(
  fields: readonly string[],
  mine: Record<string, unknown>,
  base: Record<string, unknown>,
  stored: Record<string, unknown>,
): FieldConflict[] {
  return fields
    .filter((field) => !same(mine[field], stored[field]))
    .map((field) => ({
      field,
      mine: mine[field],
      base: base[field],
      stored: stored[field],
      clash: !same(mine[field], base[field]) && !same(stored[field], base[field]),
    }));
}

/** The choice a field starts with: the user's own change wins unless only the other side changed it. */
export function defaultChoice(conflict: FieldConflict): Choice {
  return same(conflict.mine, conflict.base) ? "stored" : "mine";
}

/** The values to save: the stored record with the user's chosen values on top. */
export function resolve(
  conflicts: readonly FieldConflict[],
  choices: Readonly<Record<string, Choice>>,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...stored };
  for (const conflict of conflicts) {
    merged[conflict.field] = (choices[conflict.field] ?? defaultChoice(conflict)) === "mine" ? conflict.mine : conflict.stored;
  }
  return merged;
}
