import nlp from 'compromise';
import type { Rules } from '../rules/loadRules.js';
import type { TagPeople } from './persons/anchorName.js';
import type { Sentence } from './splitSentences.js';

/** Bound on compromise calls per article: each costs about a millisecond. */
const MAX_TAGGER_CALLS = 2;
/** A tagger window is worth its cost only this close (chars) to an event trigger. */
const TAGGER_TRIGGER_REACH = 80;

/**
 * The people compromise finds in a window of an English article. Compromise is slow (~0.3 MB/s):
 * it only sees windows around a name candidate that nothing else anchors, each at most once,
 * at most MAX_TAGGER_CALLS per article, and only near an event trigger (elsewhere a name cannot
 * become a participant, and anchored names are found without it). Other languages: none.
 */
export function createTagger(text: string, language: string | null, rules: Rules): TagPeople {
  if (language !== 'en') return () => [];
  let triggerAt: number[] | null = null;
  const triggerOffsets = (): number[] => {
    if (triggerAt) return triggerAt;
    triggerAt = [];
    const mp = rules.triggerMatchers[language];
    if (mp) {
      mp.regex.lastIndex = 0;
      for (let m = mp.regex.exec(text); m; m = mp.regex.exec(text)) {
        triggerAt.push(m.index);
        if (m[0].length === 0) mp.regex.lastIndex++;
      }
    }
    return triggerAt;
  };
  const nearTrigger = (s: Sentence): boolean => triggerOffsets().some((t) => t >= s.start - TAGGER_TRIGGER_REACH && t <= s.end + TAGGER_TRIGGER_REACH);
  const tagged = new Map<number, string[]>();
  return (s: Sentence): readonly string[] => {
    let out = tagged.get(s.start);
    if (out) return out;
    if (!nearTrigger(s) || tagged.size >= MAX_TAGGER_CALLS) return [];
    out = nlp(text.slice(s.start, s.end)).people().out('array') as string[];
    tagged.set(s.start, out);
    return out;
  };
}
