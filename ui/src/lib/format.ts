/** A stored UTC timestamp in the reader's locale and time zone; the raw value if it is not a date. */
export function formatTimestamp(rfc3339: string, locale: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
