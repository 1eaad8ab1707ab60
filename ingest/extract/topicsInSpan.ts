import type { TopicRef } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';
import type { Span } from './persons/personDoc.js';

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

/**
 * A topic keyword that continues a capitalised name is part of that name, not a subject
 * discussed: "Ministry of Culture", "African Development Bank", "Palacio Nacional de la Cultura".
 * Acronyms ("LNG"), keywords that open a name ("the Global South") and words after a comma (a
 * list) are kept. `joiners`: the lower-case words inside a name (names.json "nameJoiners").
 */
function continuesProperName(text: string, m: Mention, joiners: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(m.text)) return false;
  const words = text.slice(Math.max(0, m.start - 40), m.start).split(/\s+/u).filter(Boolean);
  let i = words.length - 1;
  while (i >= 0 && joiners.has(words[i] as string)) i--;
  const before = words[i];
  return before !== undefined && /^\p{Lu}\p{Ll}/u.test(before) && !/[.,!?:;»"”)]$/u.test(before);
}

/**
 * The topic mentions that name a subject discussed: not a keyword inside an office title
 * ("Minister of Foreign and Diaspora Affairs") nor one continuing a name, unless the topic is a
 * place, which is a name itself.
 */
export function discussedTopics(text: string, mentions: readonly Mention[], titles: readonly Span[], gazetteer: Gazetteer, joiners: ReadonlySet<string>): Mention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'topic') return true;
    if (titles.some((t) => m.start < t.end && t.start < m.end)) return false;
    return gazetteer.topics.get(m.id)?.context === 'territory' || !continuesProperName(text, m, joiners);
  });
}
