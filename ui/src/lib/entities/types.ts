import type { CommandError, Page, Warning } from "../bindings";
import type { Result } from "../command-result";

/** Any stored record: every entity has an id and, when it can be edited, a version. */
export type AnyRecord = { id: number; version?: number; [field: string]: unknown };

export type Reply<T> = Promise<Result<T, CommandError>>;

/** How a value is shown in a list cell and edited in a form. */
export type FieldKind =
  | "text"
  | "longtext"
  | "email"
  | "url"
  | "phone"
  | "bool"
  | "date"
  | "datetime"
  | "money"
  | "decimal"
  | "integer"
  | "ref"
  | "refs"
  | "choice"
  | "owner";

export type FieldSpec = {
  /** The record's field name, also the `field` of a command's field errors. */
  name: string;
  kind: FieldKind;
  /** For `ref`/`refs`: the entity key whose records are the choices. */
  ref?: string;
  /** For `choice`: the stored values; labels are `choice-<entity>-<name>-<value>`. */
  choices?: readonly string[];
  /** Shown, never edited (computed by Rust or set by a workflow). */
  readonly?: boolean;
  /** Marked as required; Rust still decides. */
  required?: boolean;
  /** The form's heading this field sits under (`section-<name>`); none = the first block. */
  section?: string;
  /** Hidden from the form when creating. */
  editOnly?: boolean;
};

export type ColumnSpec = {
  field: string;
  /** The sort key of the list command this column orders by, if it can. */
  sort?: string;
  width?: string;
};

export type FilterSpec = {
  /** The list filter's field. */
  name: string;
  kind: "ref" | "bool" | "date" | "owner" | "choice";
  ref?: string;
  choices?: readonly string[];
};

/** A list of records related to the one shown, e.g. a company's contacts. */
export type RelatedSpec = {
  entity: string;
  /** The filter that narrows `entity` to the shown record. */
  filter: (id: number) => Record<string, unknown>;
  /** The field of a new related record that points back, so "new" fills it in. */
  backField?: string;
};

export type ListRequest = {
  filter: Record<string, unknown>;
  sort?: string;
  descending: boolean;
  after?: string | null;
  limit: number;
};

/** Everything the generic list and form know about one entity. */
export type EntityDescriptor = {
  key: string;
  /** The filter field for "my records", if records have owners. */
  mineFilter?: string;
  list: (request: ListRequest) => Reply<Page<AnyRecord>>;
  count?: (filter: Record<string, unknown>) => Reply<number>;
  get: (id: number) => Reply<AnyRecord>;
  create?: (input: Record<string, unknown>) => Reply<AnyRecord>;
  update?: (id: number, version: number, input: Record<string, unknown>) => Reply<AnyRecord>;
  remove?: (id: number, version?: number) => Reply<AnyRecord>;
  /** Takes a record back out of the trash. */
  restore?: (id: number, version?: number) => Reply<AnyRecord>;
  /** The defaults of a new record's form, given the values it was opened with. */
  blank?: (given?: Record<string, unknown>) => Reply<Record<string, unknown>>;
  /** The record's name as lists, pickers and the palette show it. */
  title: (record: AnyRecord) => string;
  columns: ColumnSpec[];
  sorts: readonly string[];
  defaultSort?: string;
  defaultDescending?: boolean;
  filters: FilterSpec[];
  fields: FieldSpec[];
  related?: RelatedSpec[];
  /** The entity name `history_list` takes, when changes are recorded. */
  history?: string;
  /** The list's starting filter and order as Rust decides them for this user (R-DEAL-18, R-REQ-…). */
  defaults?: () => Reply<{ filter?: unknown; sort?: string | null; page?: { descending?: boolean } | null }>;
  /** Warnings Rust raises about one record (duplicates, missing data), shown above its form. */
  warnings?: (id: number) => Reply<Warning[]>;
  /** Bulk actions the spec allows on selected rows. */
  bulk?: { owner?: boolean; delete?: boolean; tag?: boolean };
  /** Reference names are message ids the UI translates through `reference_names`. */
  translatedNames?: boolean;
  /** Listed in the global search and the command palette; pickers search it as the user types. */
  searchable?: boolean;
  /** Too long to offer whole in a picker (cities, countries): pickers search it as the user types. */
  longList?: boolean;
};

