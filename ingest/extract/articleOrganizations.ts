import type { ExtractedOrganization } from '../../src/domain/extraction.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { Mention } from './findMentions.js';

/**
 * The organisations an article mentions, most mentioned first. `name` is the fullest form the
 * article writes ("Organisation des Nations unies", or "OTAN" when only the acronym is written); `acronym` the one the article uses, else the lexicon's for `language`.
 */
export function articleOrganizations(mentions: readonly Mention[], gazetteer: Gazetteer, language: string | null = null): ExtractedOrganization[] {
  const byId = new Map<string, { n: number; first: number; longest: string | null; acronym: string | null }>();
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    const e = byId.get(m.id) ?? { n: 0, first: m.start, longest: null, acronym: null };
    e.n++;
    if (m.acronym) e.acronym ??= m.text;
    else if (!e.longest || m.text.length > e.longest.length) e.longest = m.text;
    byId.set(m.id, e);
  }
  const out: ExtractedOrganization[] = [];
  for (const [id, e] of [...byId].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)) {
    const org = gazetteer.organizations.get(id);
    if (!org) continue;
    const inLang = (r: Readonly<Record<string, readonly string[]>>): string | null =>
      (language ? r[language]?.[0] : undefined) ?? r['*']?.[0] ?? r['en']?.[0] ?? null;
    out.push({
      id,
      name: e.longest ?? e.acronym ?? inLang(org.names) ?? org.name,
      acronym: e.acronym ?? inLang(org.acronyms),
      wikidata: org.wikidata,
      kind: org.kind,
      mentions: e.n,
    });
  }
  return out;
}
