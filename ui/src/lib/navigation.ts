/** The sidebar: every area of the CRM, grouped as people work through them. */
export type NavGroup = { message: string; areas: readonly string[]; admin?: boolean };

export const NAVIGATION: readonly NavGroup[] = [
  { message: "nav-group-sales", areas: ["request", "lead", "deal", "pipeline"] },
  { message: "nav-group-customers", areas: ["company", "contact", "crm_email", "transfer"] },
  { message: "nav-group-goods", areas: ["product", "payment", "output", "shipment"] },
  {
    message: "nav-group-reference",
    areas: ["stage", "closing_reason", "lead_source", "client_type", "industry", "country", "city", "currency", "tag", "product_category"],
  },
  { message: "nav-group-admin", areas: ["user", "department"], admin: true },
];

/** Screens that are not an entity list. */
export const SCREENS: readonly string[] = ["home", "pipeline", "transfer"];

export function areaLabelId(area: string): string {
  return SCREENS.includes(area) ? `nav-${area}` : `entity-${area}-plural`;
}
