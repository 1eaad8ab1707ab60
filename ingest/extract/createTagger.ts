import nlp from 'compromise';
import type { MultiPattern, Rules, Trigger } from '../rules/loadRules.js';
import type { TagPeople } from './persons/anchorName.js';
import type { Sentence } from './splitSentences.js';

/** Bound on compromise calls per article: each costs about a millisecond. */
const MAX_TAGGER_CALLS = 2;
/** A tagger window is worth its cost only this close (chars) to an event trigger. */
const TAGGER_TRIGGER_REACH = 80;

/**
 * The people compromise finds in a window of an English article, computed when first read: a
 * caller that no answer would change asks for the window without paying for it. Compromise is slow (~0.3 MB/s):
 * it only sees windows around a name candidate that nothing else anchors, each at most once,
 * at most MAX_TAGGER_CALLS per article, and only near an event trigger (elsewhere a name cannot
 * become a participant, and anchored names are found without it). Other languages: none.
 */
export function createTagger(text: string, language: string | null, rules: Rules): TagPeople {
  const none = (): readonly string[] => [];
  if (language !== 'en') return () => none;
  const triggerAt = triggerStarts(text, rules.triggerMatchers[language]);
  const nearTrigger = (s: Sentence): boolean => triggerAt.anyWithin(s.start - TAGGER_TRIGGER_REACH, s.end + TAGGER_TRIGGER_REACH);
  const tagged = new Map<number, () => readonly string[]>();
  return (s: Sentence): (() => readonly string[]) => {
    let out = tagged.get(s.start);
    if (out) return out;
    // The budget first: once it is spent, the triggers need not be scanned any further.
    if (tagged.size >= MAX_TAGGER_CALLS || !nearTrigger(s)) return none;
    // The window is spent now, whether or not its names are ever read.
    let people: readonly string[] | undefined;
    out = () => (people ??= nlp(text.slice(s.start, s.end)).people().out('array') as string[]);
    tagged.set(s.start, out);
    return out;
  };
}

/**
 * Where the triggers of a text start, one after another as a global scan finds them (no
 * overlaps), scanned lazily: only as far as a question needs, since the tagger asks about a few
 * sentences at most.
 */
function triggerStarts(text: string, mp: MultiPattern<Trigger> | undefined): { anyWithin: (from: number, to: number) => boolean } {
  const found: number[] = [];
  let next = 0;
  let done = !mp;
  // Scans on until a trigger starts after `to`, or the text ends.
  const scanTo = (to: number): void => {
    while (!done && (found.length === 0 || found[found.length - 1]! <= to)) {
      mp!.regex.lastIndex = next;
      const m = mp!.regex.exec(text);
      if (!m) {
        done = true;
        break;
      }
      found.push(m.index);
      next = m.index + m[0].length + (m[0].length === 0 ? 1 : 0);
    }
  };
  return {
    anyWithin: (from, to) => {
      scanTo(to);
      return found.some((t) => t >= from && t <= to);
    },
  };
}
