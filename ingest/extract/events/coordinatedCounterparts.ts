import { foldText } from '../../lexicons/foldText.js';
import type { Sentence } from '../splitSentences.js';
import type { EventDoc } from './eventDoc.js';

/** Longest gap between two listed counterparts: room for the next one's title ("; con la presidenta del Consejo de Ministros, "). */
const LIST_GAP = 100;

/**
 * "il a rencontré le président X et le Premier ministre Y", "se reunirá con el presidente X; con la
 * presidenta del Congreso Y, y con el canciller Z": after the trigger, the sentence lists two or
 * more participants holding an office, one after another, commas or semicolons between them and a
 * coordinator (organizationPatterns.json "coordinators") before the last. A name that only
 * qualifies the one before it ("X, émissaire du roi Y", "the murder of ambassador Y") is no item
 * of such a list.
 */
export function coordinatedCounterparts(doc: EventDoc, s: Sentence, after: number, participants: ReadonlySet<string>): boolean {
  const listed: { id: string; start: number; end: number }[] = [];
  for (const m of doc.personMentions) {
    if (m.start <= after || m.end > s.end || m.start < s.start || !participants.has(m.personId)) continue;
    if (listed.some((l) => l.id === m.personId)) continue;
    if (!doc.byId.get(m.personId)?.office) return false;
    listed.push({ id: m.personId, start: m.start, end: m.end });
  }
  if (listed.length < 2) return false;
  return listed.slice(1).every((item, k) => {
    const gap = doc.text.slice((listed[k] as { end: number }).end, item.start);
    if (gap.length > LIST_GAP) return false;
    if (k < listed.length - 2) return /^\s*[,;]/u.test(gap);
    const word = /^\s*[,;]?\s*(\S+)\s/u.exec(gap)?.[1];
    return word !== undefined && doc.rules.organizationPatterns.coordinators.has(foldText(word));
  });
}
