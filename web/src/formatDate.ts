const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An event date as the API gives it (PartialDate). */
export interface PartialDate {
  readonly value: string;
  readonly precision: 'DAY' | 'MONTH_DAY' | 'MONTH' | 'YEAR';
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/**
 * A partial date as a reader says it, never inventing what the sources do not give:
 * "28 Feb 2024", "28 Feb, year unknown", "Feb 2024", "2024"; "date unknown" for null.
 */
export function formatPartialDate(date: PartialDate | null | undefined): string {
  if (!date) return 'date unknown';
  const month = date.month ? MONTHS[date.month - 1] : undefined;
  switch (date.precision) {
    case 'DAY':
      return `${date.day} ${month} ${date.year}`;
    case 'MONTH_DAY':
      return `${date.day} ${month}, year unknown`;
    case 'MONTH':
      return `${month} ${date.year}`;
    case 'YEAR':
      return String(date.year);
    default:
      return date.value;
  }
}

/** A full ISO date ("2024-02-28") as "28 Feb 2024"; an em dash for null. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
