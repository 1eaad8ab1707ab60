import type { ExtractedPlace } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';

/** The cities an article mentions, under their English name with their country, most mentioned first. */
export function articlePlaces(mentions: readonly Mention[], gazetteer: Gazetteer): ExtractedPlace[] {
  const byId = new Map<string, { n: number; first: number }>();
  for (const m of mentions) {
    if (m.kind !== 'city') continue;
    const e = byId.get(m.id) ?? { n: 0, first: m.start };
    e.n++;
    byId.set(m.id, e);
  }
  const out: ExtractedPlace[] = [];
  for (const [id, e] of [...byId].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)) {
    const city = gazetteer.cities.get(id);
    if (city) out.push({ id, name: city.name, country: city.country, mentions: e.n });
  }
  return out;
}
