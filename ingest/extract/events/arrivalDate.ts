import { findDates, type FoundDate } from '../resolveDate.js';
import type { Candidate, EventDoc } from './eventDoc.js';

/** Characters after an arrival verb where its date is read ("arrived in Accra on Sunday evening"). */
const ARRIVAL_DATE_REACH = 60;

/**
 * A visit's first day, when its sentences say when the traveller arrived ("Briceño, who arrived
 * in Guatemala on Sunday, said Monday's meeting …"): a visit is dated by its first day, which is
 * no later than the talks held during it. Null when no arrival is dated, or it is dated after
 * `talks`.
 */
export function arrivalDate(doc: EventDoc, parts: readonly Candidate[], talks: FoundDate | null): FoundDate | null {
  for (const p of parts) {
    for (const s of p.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const m = doc.cues.arrival.exec(text);
      if (!m) continue;
      const from = m.index + m[0].length;
      const window = text.slice(from, from + ARRIVAL_DATE_REACH).split(/[,;.]/u)[0] ?? '';
      // "arrived" tells a past: its weekday is the last one, whatever the visit's status.
      const date = findDates(window, doc.language, doc.published, false, doc.rules)[0];
      if (date && date.precision === 'day' && (!talks || talks.precision !== 'day' || date.date <= talks.date)) return date;
    }
  }
  return null;
}
