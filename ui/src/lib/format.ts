/** A stored UTC timestamp in the reader's locale and time zone; the raw value if it is not a date. */
export function formatTimestamp(rfc3339: string, locale: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** A calendar day (`2026-12-02`) in the reader's locale, without shifting it by the time zone. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/**
 * A decimal amount as Rust sent it (a string, exact) with the locale's grouping and separator.
 * The digits are regrouped as text, never through a float, so no cent is ever rounded away.
 */
export function formatDecimal(amount: string, locale: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ""] = match;
  const parts = new Intl.NumberFormat(locale, { minimumFractionDigits: 1 }).formatToParts(1234.5);
  const group = parts.find((part) => part.type === "group")?.value ?? ",";
  const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = new Intl.NumberFormat(locale).format(0);
  const localized = (text: string) => (digits === "0" ? text : text.replace(/\d/g, (d) => new Intl.NumberFormat(locale, { useGrouping: false }).format(Number(d))));
  return `${sign}${localized(grouped)}${fraction ? decimal + localized(fraction) : ""}`;
}

/** An amount with its currency's code, e.g. `1.234,50 EUR`. */
export function formatMoney(amount: string, currency: string, locale: string): string {
  const number = formatDecimal(amount, locale);
  return currency ? `${number} ${currency}` : number;
}

export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
