import { commands } from "../bindings";
import { crudOf } from "./crud";
import type { AnyRecord, EntityDescriptor, FieldSpec } from "./types";

const text = (name: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind: "text", ...extra });
const long = (name: string): FieldSpec => ({ name, kind: "longtext" });
const bool = (name: string): FieldSpec => ({ name, kind: "bool" });
const date = (name: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind: "date", ...extra });
const ref = (name: string, entity: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  name,
  kind: "ref",
  ref: entity,
  ...extra,
});
const refs = (name: string, entity: string): FieldSpec => ({ name, kind: "refs", ref: entity });
const owner = (name = "owner_id"): FieldSpec => ({ name, kind: "owner", ref: "user" });
const readonlyText = (name: string): FieldSpec => ({ name, kind: "text", readonly: true });

/** Puts fields under one heading of the form (`section-<name>`). */
function section(name: string, fields: FieldSpec[]): FieldSpec[] {
  return fields.map((field) => ({ ...field, section: name }));
}

function personName(record: AnyRecord): string {
  return [record.first_name, record.middle_name, record.last_name].filter(Boolean).join(" ");
}

function nameOf(record: AnyRecord): string {
  return String(record.name ?? record.full_name ?? `#${record.id}`);
}

const personName_ = [
  text("first_name", { required: true }),
  text("middle_name"),
  text("last_name"),
  { name: "title", kind: "text" },
  { name: "sex", kind: "choice", choices: ["M", "F", "O"] },
  date("birth_date"),
] satisfies FieldSpec[];

const personContact = [
  { name: "email", kind: "email" },
  { name: "secondary_email", kind: "email" },
  { name: "phone", kind: "phone" },
  { name: "other_phone", kind: "phone" },
  { name: "mobile", kind: "phone" },
] satisfies FieldSpec[];

const place = [
  ref("country_id", "country"),
  ref("city_id", "city"),
  text("city_name"),
  text("region"),
  text("district"),
  long("address"),
];

const personFields: FieldSpec[] = [
  ...section("person", personName_),
  ...section("reach", personContact),
  ...section("place", place),
  ...section("classification", [
    ref("lead_source_id", "lead_source"),
    bool("massmail"),
    bool("disqualified"),
    date("was_in_touch"),
    refs("tag_ids", "tag"),
  ]),
  ...section("notes", [long("description")]),
];

const company: EntityDescriptor = {
  key: "company",
  ...crudOf("company"),
  mineFilter: "owner_id",
  title: nameOf,
  columns: [
    { field: "full_name", sort: "full_name", width: "2fr" },
    { field: "email" },
    { field: "phone" },
    { field: "country_id" },
    { field: "owner_id" },
    { field: "updated_at", sort: "updated_at" },
  ],
  sorts: ["full_name", "created_at", "updated_at"],
  defaultSort: "full_name",
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "country_id", kind: "ref", ref: "country" },
    { name: "type_id", kind: "ref", ref: "client_type" },
    { name: "tag_id", kind: "ref", ref: "tag" },
    { name: "active", kind: "bool" },
    { name: "disqualified", kind: "bool" },
    { name: "created_from", kind: "date" },
    { name: "created_until", kind: "date" },
  ],
  fields: [
    ...section("company", [
      text("full_name", { required: true }),
      text("alternative_names"),
      text("registration_number"),
      ref("type_id", "client_type"),
      refs("industry_ids", "industry"),
    ]),
    ...section("reach", [{ name: "website", kind: "url" }, { name: "email", kind: "email" }, { name: "phone", kind: "phone" }]),
    ...section("place", place),
    ...section("classification", [
      ref("lead_source_id", "lead_source"),
      bool("active"),
      bool("massmail"),
      bool("disqualified"),
      date("was_in_touch"),
      refs("tag_ids", "tag"),
    ]),
    ...section("ownership", [owner()]),
    ...section("notes", [long("description")]),
  ],
  related: [
    { entity: "contact", filter: (id) => ({ company_id: id }), backField: "company_id" },
    { entity: "deal", filter: (id) => ({ company_id: id, active: null }) },
    { entity: "request", filter: (id) => ({ company_id: id }) },
    { entity: "crm_email", filter: (id) => ({ company_id: id }) },
  ],
  history: "company",
  bulk: { owner: true, delete: true, tag: true },
  searchable: true,
};

const contact: EntityDescriptor = {
  key: "contact",
  ...crudOf("contact"),
  mineFilter: "owner_id",
  title: personName,
  columns: [
    { field: "first_name", sort: "first_name" },
    { field: "last_name", sort: "last_name" },
    { field: "company_id" },
    { field: "email" },
    { field: "phone" },
    { field: "owner_id" },
    { field: "updated_at", sort: "updated_at" },
  ],
  sorts: ["first_name", "last_name", "created_at", "updated_at"],
  defaultSort: "last_name",
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "company_id", kind: "ref", ref: "company" },
    { name: "country_id", kind: "ref", ref: "country" },
    { name: "tag_id", kind: "ref", ref: "tag" },
    { name: "disqualified", kind: "bool" },
    { name: "massmail", kind: "bool" },
  ],
  fields: [
    ...section("company", [ref("company_id", "company", { required: true })]),
    ...personFields,
    ...section("ownership", [owner()]),
  ],
  related: [
    { entity: "deal", filter: (id) => ({ contact_id: id, active: null }) },
    { entity: "request", filter: (id) => ({ contact_id: id }) },
    { entity: "crm_email", filter: (id) => ({ contact_id: id }) },
  ],
  history: "contact",
  bulk: { owner: true, delete: true, tag: true },
  searchable: true,
};

const lead: EntityDescriptor = {
  key: "lead",
  ...crudOf("lead"),
  mineFilter: "owner_id",
  warnings: (id) => commands.leadWarnings({ id }),
  title: (record) => personName(record) || String(record.company_name ?? ""),
  columns: [
    { field: "first_name", sort: "first_name" },
    { field: "last_name", sort: "last_name" },
    { field: "company_name", sort: "company_name" },
    { field: "email" },
    { field: "owner_id" },
    { field: "updated_at", sort: "updated_at" },
  ],
  sorts: ["first_name", "last_name", "company_name", "created_at", "updated_at"],
  defaultSort: "updated_at",
  defaultDescending: true,
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "lead_source_id", kind: "ref", ref: "lead_source" },
    { name: "country_id", kind: "ref", ref: "country" },
    { name: "tag_id", kind: "ref", ref: "tag" },
    { name: "disqualified", kind: "bool" },
  ],
  fields: [
    ...section("company", [
      text("company_name"),
      { name: "website", kind: "url" },
      { name: "company_phone", kind: "phone" },
      { name: "company_email", kind: "email" },
      long("company_address"),
      ref("type_id", "client_type"),
      refs("industry_ids", "industry"),
    ]),
    ...personFields,
    ...section("ownership", [
      owner(),
      ref("company_id", "company", { readonly: true }),
      ref("contact_id", "contact", { readonly: true }),
    ]),
  ],
  related: [
    { entity: "deal", filter: (id) => ({ lead_id: id, active: null }) },
    { entity: "request", filter: (id) => ({ lead_id: id }) },
  ],
  history: "lead",
  bulk: { owner: true, delete: true, tag: true },
  searchable: true,
};

const request: EntityDescriptor = {
  key: "request",
  ...crudOf("request"),
  mineFilter: "owner_or_co_owner",
  defaults: () => commands.requestListDefaults({}),
  warnings: (id) => commands.requestWarnings({ id }),
  title: (record) => String(record.request_for || personName(record) || `#${record.id}`),
  columns: [
    { field: "request_for", sort: "request_for", width: "2fr" },
    { field: "first_name" },
    { field: "company_name" },
    { field: "email" },
    { field: "owner_id" },
    { field: "created_at", sort: "created_at" },
  ],
  sorts: ["created_at", "updated_at", "request_for"],
  defaultSort: "created_at",
  defaultDescending: true,
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "pending", kind: "bool" },
    { name: "duplicate", kind: "bool" },
    { name: "case", kind: "bool" },
    { name: "lead_source_id", kind: "ref", ref: "lead_source" },
    { name: "company_id", kind: "ref", ref: "company" },
    { name: "receipt_from", kind: "date" },
    { name: "receipt_until", kind: "date" },
  ],
  fields: [
    ...section("inquiry", [
      text("request_for", { required: true }),
      date("receipt_date"),
      ref("lead_source_id", "lead_source"),
      refs("product_ids", "product"),
      long("description"),
      long("translation"),
      long("remark"),
    ]),
    ...section("sender", [
      text("first_name"),
      text("middle_name"),
      text("last_name"),
      { name: "email", kind: "email" },
      { name: "phone", kind: "phone" },
      { name: "website", kind: "url" },
      text("company_name"),
      ref("country_id", "country"),
      ref("city_id", "city"),
      text("city_name"),
    ]),
    ...section("matches", [
      ref("company_id", "company"),
      ref("contact_id", "contact"),
      ref("lead_id", "lead"),
      ref("deal_id", "deal", { readonly: true }),
    ]),
    ...section("state", [
      bool("pending"),
      bool("subsequent"),
      bool("duplicate"),
      bool("verification_required"),
      bool("case"),
      readonlyText("ticket"),
    ]),
    ...section("ownership", [owner(), owner("co_owner_id")]),
  ],
  related: [{ entity: "crm_email", filter: (id) => ({ request_id: id }) }],
  history: "request",
  bulk: { owner: true, delete: true },
  searchable: true,
};

const deal: EntityDescriptor = {
  key: "deal",
  ...crudOf("deal"),
  mineFilter: "owner_or_co_owner",
  defaults: () => commands.dealListDefaults({}),
  title: nameOf,
  columns: [
    { field: "name", sort: "name", width: "2fr" },
    { field: "stage_id" },
    { field: "company_id" },
    { field: "amount" },
    { field: "next_step_date", sort: "next_step_date" },
    { field: "owner_id" },
    { field: "updated_at", sort: "updated_at" },
  ],
  sorts: ["next_step_date", "updated_at", "created_at", "name"],
  defaultSort: "next_step_date",
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "stage_id", kind: "ref", ref: "stage" },
    { name: "company_id", kind: "ref", ref: "company" },
    { name: "closing_reason_id", kind: "ref", ref: "closing_reason" },
    { name: "tag_id", kind: "ref", ref: "tag" },
    { name: "active", kind: "bool" },
    { name: "relevant", kind: "bool" },
    { name: "important", kind: "bool" },
    { name: "next_step_from", kind: "date" },
    { name: "next_step_until", kind: "date" },
  ],
  fields: [
    ...section("deal", [
      text("name", { required: true }),
      ref("stage_id", "stage"),
      text("next_step"),
      date("next_step_date"),
      bool("remind_me"),
    ]),
    ...section("money", [
      { name: "amount", kind: "money" },
      ref("currency_id", "currency"),
      { name: "probability", kind: "integer" },
      date("closing_date"),
      ref("closing_reason_id", "closing_reason"),
    ]),
    ...section("counterparty", [
      ref("company_id", "company"),
      ref("contact_id", "contact"),
      ref("lead_id", "lead"),
      ref("request_id", "request", { readonly: true }),
      ref("partner_contact_id", "contact"),
      ref("country_id", "country"),
      ref("city_id", "city"),
    ]),
    ...section("state", [bool("relevant"), bool("active"), bool("important"), refs("tag_ids", "tag"), readonlyText("ticket")]),
    ...section("ownership", [owner(), owner("co_owner_id")]),
    ...section("notes", [
      long("description"),
      { name: "workflow", kind: "longtext", readonly: true },
      { name: "stages_dates", kind: "longtext", readonly: true },
    ]),
  ],
  related: [
    { entity: "payment", filter: (id) => ({ deal_id: id }), backField: "deal_id" },
    { entity: "output", filter: (id) => ({ deal_id: id }), backField: "deal_id" },
    { entity: "crm_email", filter: (id) => ({ deal_id: id }) },
  ],
  history: "deal",
  bulk: { owner: true, delete: true, tag: true },
  searchable: true,
};

const payment: EntityDescriptor = {
  key: "payment",
  ...crudOf("payment"),
  mineFilter: "owner_id",
  title: (record) => `${String(record.amount ?? "")} #${record.id}`,
  columns: [
    { field: "deal_id" },
    { field: "amount", sort: "amount" },
    { field: "currency_id" },
    { field: "status" },
    { field: "payment_date", sort: "payment_date" },
  ],
  sorts: ["payment_date", "amount", "created_at", "updated_at"],
  defaultSort: "payment_date",
  defaultDescending: true,
  filters: [
    { name: "deal_id", kind: "ref", ref: "deal" },
    { name: "currency_id", kind: "ref", ref: "currency" },
    { name: "status", kind: "choice", choices: ["r", "g", "h", "l"] },
    { name: "payment_from", kind: "date" },
    { name: "payment_until", kind: "date" },
  ],
  fields: [
    ref("deal_id", "deal", { required: true }),
    { name: "amount", kind: "money", required: true },
    ref("currency_id", "currency"),
    date("payment_date"),
    { name: "status", kind: "choice", choices: ["r", "g", "h", "l"] },
    text("contract_number"),
    text("invoice_number"),
    text("order_number"),
    bool("through_representation"),
  ],
  history: "payment",
  bulk: { delete: true },
};

const outputFields: FieldSpec[] = [
  ref("deal_id", "deal", { required: true }),
  ref("product_id", "product", { required: true }),
  { name: "quantity", kind: "integer" },
  { name: "amount", kind: "money" },
  ref("currency_id", "currency"),
  date("shipping_date"),
  date("planned_shipping_date"),
  date("actual_shipping_date"),
  bool("product_is_shipped"),
  text("serial_number"),
];

const output: EntityDescriptor = {
  key: "output",
  ...crudOf("output"),
  title: (record) => `#${record.id}`,
  columns: [
    { field: "deal_id" },
    { field: "product_id" },
    { field: "quantity", sort: "quantity" },
    { field: "amount", sort: "amount" },
    { field: "currency_id" },
    { field: "product_is_shipped" },
  ],
  sorts: ["created_at", "updated_at", "quantity", "amount"],
  defaultSort: "updated_at",
  defaultDescending: true,
  filters: [
    { name: "deal_id", kind: "ref", ref: "deal" },
    { name: "product_id", kind: "ref", ref: "product" },
    { name: "product_is_shipped", kind: "bool" },
  ],
  fields: outputFields,
  history: "output",
  bulk: { delete: true },
};

const shipment: EntityDescriptor = {
  ...output,
  key: "shipment",
  // Shipments are the outputs of won deals, listed by their dates and edited as outputs.
  list: crudOf("output", "List", "shipment").list,
  create: undefined,
  remove: undefined,
  restore: undefined,
  blank: undefined,
  mineFilter: "owner_id",
  columns: [
    { field: "deal_id" },
    { field: "product_id" },
    { field: "quantity" },
    { field: "shipping_date", sort: "shipping_date" },
    { field: "actual_shipping_date" },
    { field: "product_is_shipped" },
  ],
  sorts: ["shipping_date", "updated_at"],
  defaultSort: "shipping_date",
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "product_is_shipped", kind: "bool" },
    { name: "shipping_from", kind: "date" },
    { name: "shipping_until", kind: "date" },
  ],
  bulk: {},
};

const product: EntityDescriptor = {
  key: "product",
  ...crudOf("product"),
  title: nameOf,
  columns: [
    { field: "name", sort: "name", width: "2fr" },
    { field: "price" },
    { field: "currency_id" },
    { field: "type" },
    { field: "on_sale" },
    { field: "product_category_id" },
  ],
  sorts: ["name", "created_at", "updated_at"],
  defaultSort: "name",
  filters: [
    { name: "product_category_id", kind: "ref", ref: "product_category" },
    { name: "currency_id", kind: "ref", ref: "currency" },
    { name: "on_sale", kind: "bool" },
    { name: "type", kind: "choice", choices: ["G", "S"] },
  ],
  fields: [
    text("name", { required: true }),
    { name: "price", kind: "money" },
    ref("currency_id", "currency"),
    { name: "type", kind: "choice", choices: ["G", "S"] },
    ref("product_category_id", "product_category"),
    bool("on_sale"),
    long("description"),
  ],
  history: "product",
  bulk: { delete: true },
  searchable: true,
};

/** A reference list whose items have a name and belong to a department. */
function reference(key: string, extra: Partial<EntityDescriptor> & { fields?: FieldSpec[] } = {}): EntityDescriptor {
  const sorts = extra.sorts ?? ["name"];
  return {
    key,
    ...crudOf(key),
    title: nameOf,
    columns: [{ field: "name", sort: sorts.includes("name") ? "name" : undefined, width: "2fr" }],
    sorts,
    defaultSort: sorts[0],
    filters: [],
    fields: [text("name", { required: true })],
    translatedNames: true,
    bulk: { delete: true },
    ...extra,
  };
}

const stageFlags = ["default", "second_default", "success_stage", "conditional_success_stage", "goods_shipped"];

const references: EntityDescriptor[] = [
  reference("stage", {
    sorts: ["index_number", "name"],
    columns: [{ field: "index_number", sort: "index_number" }, { field: "name", sort: "name", width: "2fr" }, { field: "success_stage" }],
    fields: [text("name", { required: true }), { name: "index_number", kind: "integer" }, ...stageFlags.map(bool)],
  }),
  reference("closing_reason", {
    sorts: ["index_number", "name"],
    columns: [{ field: "index_number", sort: "index_number" }, { field: "name", sort: "name", width: "2fr" }, { field: "success_reason" }],
    fields: [text("name", { required: true }), { name: "index_number", kind: "integer" }, bool("success_reason")],
  }),
  reference("lead_source", {
    fields: [text("name", { required: true }), { name: "email", kind: "email" }, long("form_template"), long("success_template")],
  }),
  reference("client_type"),
  reference("industry"),
  reference("country", {
    longList: true,
    fields: [text("name", { required: true }), text("alternative_names"), text("url_name")],
  }),
  reference("city", {
    longList: true,
    columns: [{ field: "name", sort: "name", width: "2fr" }, { field: "country_id" }],
    filters: [{ name: "country_id", kind: "ref", ref: "country" }],
    fields: [text("name", { required: true }), text("alternative_names"), ref("country_id", "country")],
  }),
  reference("currency", {
    columns: [
      { field: "name", sort: "name" },
      { field: "rate_to_state_currency" },
      { field: "rate_to_marketing_currency" },
      { field: "is_state_currency" },
      { field: "is_marketing_currency" },
    ],
    fields: [
      text("name", { required: true }),
      { name: "rate_to_state_currency", kind: "decimal" },
      { name: "rate_to_marketing_currency", kind: "decimal" },
      bool("is_state_currency"),
      bool("is_marketing_currency"),
      bool("auto_update"),
    ],
    translatedNames: false,
  }),
  reference("tag", { fields: [text("name", { required: true })], translatedNames: false }),
  reference("signature", { fields: [text("name", { required: true }), long("content")], translatedNames: false }),
  reference("product_category", { fields: [text("name", { required: true }), long("description")], translatedNames: false }),
];

const user: EntityDescriptor = {
  key: "user",
  ...crudOf("user"),
  title: (record) => personName(record) || String(record.username),
  columns: [
    { field: "username", sort: "username" },
    { field: "first_name", sort: "first_name" },
    { field: "last_name", sort: "last_name" },
    { field: "email" },
    { field: "is_active" },
  ],
  sorts: ["username", "first_name", "last_name", "date_joined"],
  defaultSort: "username",
  filters: [
    { name: "department_id", kind: "ref", ref: "department" },
    { name: "is_active", kind: "bool" },
  ],
  fields: [
    text("username", { required: true }),
    text("first_name"),
    text("last_name"),
    { name: "email", kind: "email" },
    bool("is_active"),
    bool("is_staff"),
    bool("is_superuser"),
    refs("department_ids", "department"),
    refs("role_ids", "role"),
  ],
  bulk: {},
};

const department: EntityDescriptor = {
  key: "department",
  ...crudOf("department"),
  title: nameOf,
  columns: [{ field: "name", sort: "name", width: "2fr" }, { field: "works_globally" }],
  sorts: ["name"],
  defaultSort: "name",
  filters: [],
  fields: [
    text("name", { required: true }),
    ref("default_country_id", "country"),
    ref("default_currency_id", "currency"),
    bool("works_globally"),
  ],
  translatedNames: true,
  bulk: {},
};

const role: EntityDescriptor = {
  key: "role",
  ...crudOf("role"),
  title: nameOf,
  columns: [{ field: "name", width: "2fr" }],
  sorts: ["name"],
  filters: [],
  fields: [text("name", { readonly: true })],
  translatedNames: true,
};

const crmEmail: EntityDescriptor = {
  key: "crm_email",
  ...crudOf("crm_email"),
  mineFilter: "owner_id",
  title: (record) => String(record.subject || `#${record.id}`),
  columns: [
    { field: "subject", width: "2fr" },
    { field: "from_field" },
    { field: "to" },
    { field: "incoming" },
    { field: "sent" },
    { field: "created_at", sort: "created_at" },
  ],
  sorts: ["created_at", "updated_at"],
  defaultSort: "created_at",
  defaultDescending: true,
  filters: [
    { name: "owner_id", kind: "owner" },
    { name: "inquiry", kind: "bool" },
    { name: "created_from", kind: "date" },
    { name: "created_until", kind: "date" },
  ],
  fields: [
    text("subject", { required: true }),
    text("to"),
    text("cc"),
    text("bcc"),
    text("from_field"),
    long("content"),
    ref("signature_id", "signature"),
    bool("is_html"),
    bool("read_receipt"),
    { name: "incoming", kind: "bool", readonly: true },
    bool("sent"),
    bool("inquiry"),
    ref("deal_id", "deal"),
    ref("company_id", "company"),
    ref("contact_id", "contact"),
    ref("lead_id", "lead"),
    ref("request_id", "request"),
    readonlyText("ticket"),
    owner(),
  ],
  history: "crm_email",
  bulk: { delete: true },
  searchable: true,
};

const all: EntityDescriptor[] = [
  request,
  lead,
  deal,
  company,
  contact,
  product,
  payment,
  output,
  shipment,
  crmEmail,
  ...references,
  user,
  department,
  role,
];

const byKey = new Map(all.map((descriptor) => [descriptor.key, descriptor]));

export function entity(key: string): EntityDescriptor {
  const found = byKey.get(key);
  if (!found) throw new Error(`unknown entity ${key}`);
  return found;
}

export function hasEntity(key: string): boolean {
  return byKey.has(key);
}

export const entities: readonly EntityDescriptor[] = all;
