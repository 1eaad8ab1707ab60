import type { DatePrecision } from '../domain/extraction.js';

/** A date as precisely as known, as the API's PartialDate serves it. */
export interface PartialDateValue {
  readonly value: string;
  readonly precision: 'DAY' | 'MONTH_DAY' | 'MONTH' | 'YEAR';
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const PRECISION = { day: 'DAY', 'month-day': 'MONTH_DAY', month: 'MONTH', year: 'YEAR' } as const;

/**
 * Reads "2024-02-28", "--02-28", "2024-02" or "2024" with its precision (inferred from the
 * form when the graph has none); null for a missing or unreadable date — never a guessed year.
 */
export function toPartialDate(date: string | null, precision: DatePrecision | null): PartialDateValue | null {
  if (!date) return null;
  let m: RegExpMatchArray | null;
  if ((m = date.match(/^(\d{4})-(\d{2})-(\d{2})$/))) {
    return { value: date, precision: PRECISION[precision ?? 'day'], year: +m[1]!, month: +m[2]!, day: +m[3]! };
  }
  if ((m = date.match(/^--(\d{2})-(\d{2})$/))) return { value: date, precision: 'MONTH_DAY', year: null, month: +m[1]!, day: +m[2]! };
  if ((m = date.match(/^(\d{4})-(\d{2})$/))) return { value: date, precision: 'MONTH', year: +m[1]!, month: +m[2]!, day: null };
  if ((m = date.match(/^(\d{4})$/))) return { value: date, precision: 'YEAR', year: +m[1]!, month: null, day: null };
  return null;
}
