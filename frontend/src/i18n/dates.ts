// Dates and numbers as Thai and English readers expect them: Buddhist Era years in Thai,
// always in Thailand's time zone so everyone sees the same day.

const TIME_ZONE = "Asia/Bangkok";

function intlLocale(language: string): string {
  return language === "th" ? "th-TH-u-ca-buddhist" : "en-GB";
}

/** "22 พฤศจิกายน 2569" / "22 November 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** "22 พ.ย. 2569 05:31" / "22 Nov 2026, 05:31". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === "th" ? "th-TH" : "en-GB").format(value);
}

/** The value for an <input type="datetime-local">, in Thailand's time (UTC+7, no daylight saving). */
export function toBangkokInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const shifted = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** The inverse of toBangkokInput: "2026-12-01T09:00" read as Thailand's time, as an ISO instant. */
export function fromBangkokInput(value: string): string | null {
  if (!value) return null;
  const instant = new Date(`${value}:00+07:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
