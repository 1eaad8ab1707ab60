import type { ExtractedTopic } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';

/** The taxonomy topics an article's keywords point to, with their English labels, most mentioned first. */
export function articleTopics(mentions: readonly Mention[], gazetteer: Gazetteer): ExtractedTopic[] {
  const byId = new Map<string, { n: number; first: number }>();
  for (const m of mentions) {
    if (m.kind !== 'topic') continue;
    const e = byId.get(m.id) ?? { n: 0, first: m.start };
    e.n++;
    byId.set(m.id, e);
  }
  const out: ExtractedTopic[] = [];
  for (const [id, e] of [...byId].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)) {
    const topic = gazetteer.topics.get(id);
    if (topic) out.push({ id, label: topic.label, mentions: e.n });
  }
  return out;
}
