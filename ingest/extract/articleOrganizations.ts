import type { CountryCode } from '../../src/domain/article.js';
import type { ExtractedOrganization } from '../../src/domain/extraction.js';
import { slugify } from '../../src/domain/ids.js';
import { foldText } from '../lexicons/foldText.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';
import type { PatternOrganization } from './findOrganizationsByPattern.js';
import type { Mention } from './findMentions.js';
import { packedMap } from './packedMap.js';

interface Tally {
  n: number;
  first: number;
  longest: string | null;
  acronym: string | null;
}

/** One organisation proposed by pattern, with its names and mentions gathered. */
interface PatternGroup extends Tally {
  id: string | null;
  kind: string;
  country: CountryCode | null;
  words: Set<string>;
}

const BARE_ACRONYM = /^[\p{Lu}\p{N}&.-]{2,10}$/u;
const wordsOf = (name: string): string[] => foldText(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function tallyLexicon(mentions: readonly Mention[], patterns: readonly PatternOrganization[], gazetteer: Gazetteer): Map<string, Tally> {
  const byId = new Map<string, Tally>();
  const add = (id: string, start: number, text: string, acronym: boolean): void => {
    const e = byId.get(id) ?? { n: 0, first: start, longest: null, acronym: null };
    e.n++;
    e.first = Math.min(e.first, start);
    if (acronym) e.acronym ??= text;
    else if (!e.longest || text.length > e.longest.length) e.longest = text;
    byId.set(id, e);
  };
  for (const m of mentions) if (m.kind === 'organization') add(m.id, m.start, m.text, m.acronym === true);
  // The full form a parenthesised lexicon acronym defines ("Organización de Estados Americanos (OEA)").
  for (const o of patterns) if (o.id && gazetteer.organizations.has(o.id)) add(o.id, o.start, o.name, o.name === o.acronym);
  return byId;
}

/**
 * Pattern proposals grouped into organisations: by seed id, by a defined acronym and its bare
 * uses, by folded name, then a name whose words all belong to a longer one's joins it
 * ("State Department" into "US State Department").
 */
function groupPatterns(patterns: readonly PatternOrganization[], gazetteer: Gazetteer): PatternGroup[] {
  const byKey = new Map<string, PatternGroup>();
  for (const o of patterns) {
    if (o.id && gazetteer.organizations.has(o.id)) continue;
    const keys = [o.id ? `id:${o.id}` : `name:${foldText(o.name)}`, ...(o.acronym ? [`acronym:${o.acronym}`] : [])];
    const g = packedMap(keys, (k) => byKey.get(k)).find(Boolean) ?? { n: 0, first: o.start, longest: null, acronym: null, id: o.id, kind: o.kind, country: null, words: new Set<string>() };
    g.n++;
    g.first = Math.min(g.first, o.start);
    if (o.name !== o.acronym && (!g.longest || o.name.length > g.longest.length)) g.longest = o.name;
    g.acronym ??= o.acronym;
    g.country ??= o.country;
    for (const w of wordsOf(o.name)) g.words.add(w);
    for (const k of keys) byKey.set(k, g);
  }
  const groups = [...new Set(byKey.values())].sort((a, b) => b.words.size - a.words.size);
  const kept: PatternGroup[] = [];
  for (const g of groups) {
    const into = kept.find((k) => (!k.id || !g.id || k.id === g.id) && [...g.words].every((w) => k.words.has(w)));
    if (!into) {
      kept.push(g);
      continue;
    }
    into.n += g.n;
    into.first = Math.min(into.first, g.first);
    into.acronym ??= g.acronym;
    into.country ??= g.country;
    into.id ??= g.id;
  }
  return kept;
}

/**
 * The organisations an article mentions, most mentioned first: the lexicon's, plus those
 * proposed by pattern (findOrganizationsByPattern), one entry per organisation. `name` is the
 * fullest form the article writes ("Organisation des Nations unies", or "OTAN" when only the
 * acronym is written); `acronym` the one the article uses, else the lexicon's for `language`.
 * Pattern organisations have the seed's id or their name's slug, and no wikidata id.
 */
export function articleOrganizations(
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  language: string | null = null,
  patterns: readonly PatternOrganization[] = [],
): ExtractedOrganization[] {
  const ranked: { first: number; org: ExtractedOrganization }[] = [];
  for (const [id, e] of tallyLexicon(mentions, patterns, gazetteer)) {
    const org = gazetteer.organizations.get(id);
    if (!org) continue;
    const inLang = (r: Readonly<Record<string, readonly string[]>>): string | null =>
      (language ? r[language]?.[0] : undefined) ?? r['*']?.[0] ?? r['en']?.[0] ?? null;
    ranked.push({
      first: e.first,
      org: { id, name: e.longest ?? e.acronym ?? inLang(org.names) ?? org.name, acronym: e.acronym ?? inLang(org.acronyms), wikidata: org.wikidata, kind: org.kind, country: null, mentions: e.n },
    });
  }
  for (const g of groupPatterns(patterns, gazetteer)) {
    const name = g.longest ?? g.acronym!;
    const id = g.id ?? slugify(name);
    if (gazetteer.organizations.has(id)) continue;
    const acronym = g.acronym ?? (BARE_ACRONYM.test(name) ? name : null);
    ranked.push({ first: g.first, org: { id, name, acronym, wikidata: null, kind: g.kind, country: g.country, mentions: g.n } });
  }
  return ranked.sort((a, b) => b.org.mentions - a.org.mentions || a.first - b.first).map((r) => r.org);
}
