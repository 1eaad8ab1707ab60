const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * A publication date as sources write it (ISO date or date-time, RFC 822 as in RSS
 * `pubDate`, a Unix time in seconds or milliseconds) → "YYYY-MM-DD", or null when absent
 * or not a real calendar date. The date is the one written, in the publisher's own offset
 * (not shifted to UTC): the extractor resolves "yesterday" against the publisher's day.
 */
export function normalizePublished(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  const text = value.trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // RFC 822 / 1123: "Tue, 10 Jun 2025 23:30:00 -0400" (weekday optional, 2-digit years allowed).
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\b/.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    return month ? calendarDate(year, month, Number(rfc[1])) : null;
  }
  if (/^\d{9,13}$/.test(text)) return fromEpoch(Number(text));
  return null;
}

function fromEpoch(value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  // Below 1e11 it is seconds (1e11 s is the year 5138), above it milliseconds.
  const date = new Date(value < 1e11 ? value * 1000 : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
