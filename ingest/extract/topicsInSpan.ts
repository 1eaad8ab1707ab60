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
