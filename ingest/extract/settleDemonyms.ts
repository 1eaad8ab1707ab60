import type { Mention } from './findMentions.js';

/**
 * A demonym several states share ("congolais": the DR Congo's or the Congo's) goes to the one
 * the article names otherwise, by its name or a city of it, when it does not name the state the
 * gazetteer prefers: "le président congolais … à Brazzaville" is the Congo's. Settled once on the
 * mentions, so that persons, events and the article's countries agree.
 */
export function settleDemonyms(mentions: readonly Mention[]): readonly Mention[] {
  if (!mentions.some((m) => m.alternatives)) return mentions;
  const named = new Set(mentions.filter((m) => (m.kind === 'country' || m.kind === 'city') && m.country).map((m) => m.country));
  return mentions.map((m) => {
    if (!m.alternatives || !m.country || named.has(m.country)) return m;
    const other = m.alternatives.find((a) => named.has(a));
    return other ? { ...m, id: other, country: other, alternatives: undefined } : m;
  });
}
