/** Hours as the page's language writes them: `1.110,5` in Danish, `1,110.5` in English. */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 2 }).format(hours);
}

/** A day (`yyyy-mm-dd`) as the page's language writes it: `11. november 2026`, `11 November 2026`. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
