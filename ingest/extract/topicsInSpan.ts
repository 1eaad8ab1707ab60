import type { TopicRef } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';

/** The topics whose keywords lie within `[start, end)` (UTF-16 offsets), once each, in text order. */
export function topicsInSpan(mentions: readonly Mention[], start: number, end: number, gazetteer: Gazetteer): TopicRef[] {
  const out = new Map<string, TopicRef>();
  for (const m of mentions) {
    if (m.kind !== 'topic' || m.start < start || m.end > end || out.has(m.id)) continue;
    const topic = gazetteer.topics.get(m.id);
    if (topic) out.set(m.id, { id: m.id, label: topic.label });
  }
  return [...out.values()];
}

/** Lower-case words that join the capitalised words of one name ("Ministry of Culture", "Palacio Nacional de la Cultura"). */
const NAME_JOINER = /^(?:of|for|and|the|de|des|du|la|le|del|los|las|y|et)$/u;

/**
 * A topic keyword that continues a capitalised name is part of that name, not a subject
 * discussed: "Ministry of Culture", "African Development Bank", "Palacio Nacional de la Cultura".
 * Acronyms ("LNG"), keywords that open a name ("the Global South") and words after a comma (a
 * list) are kept; so are places, which are names themselves (the caller keeps territories).
 */
export function continuesProperName(text: string, m: Mention): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
  const words = text.slice(Math.max(0, m.start - 40), m.start).split(/\s+/u).filter(Boolean);
  let i = words.length - 1;
  while (i >= 0 && NAME_JOINER.test(words[i] as string)) i--;
  const before = words[i];
  return before !== undefined && /^\p{Lu}\p{Ll}/u.test(before) && !/[.,!?:;»"”)]$/u.test(before);
}
