import { foldText } from '../lexicons/foldText.js';
import { checkSource } from './checkSource.js';
import { multi } from './multiPattern.js';
import { arrayOf, fail, readJson, str, stringList } from './ruleJson.js';
import type { HeadPosition, MultiPattern, OrganizationCredit, OrganizationCue, OrganizationHead, OrganizationPatterns, OrganizationSeed } from './rules.js';
import { escapeRegExp } from './escapeRegExp.js';
import { alternatives } from './literalBeforeLookbehind.js';

const ORG_FILE = 'organizationPatterns.json';
const HEAD_POSITIONS: readonly HeadPosition[] = ['any', 'start', 'opening', 'end', 'beforeCountry'];

/** A word-list entry `{ reason, words }` as a set of folded words. */
function wordSet(file: string, o: Record<string, unknown>, key: string): ReadonlySet<string> {
  const entry = o[key] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') fail(file, `"${key}" missing`);
  str(file, { id: key, ...entry }, 'reason');
  return new Set(stringList(file, entry.words, `${key}.words`).map(foldText));
}

/** A per-language entry `{ reason, en: [...], fr: [...] }` as folded sets, plus '*' merging them all. */
function wordsByLanguage(file: string, o: Record<string, unknown>, key: string, fold: (w: string) => string = foldText): Record<string, Set<string>> {
  const entry = o[key] as Record<string, unknown> | undefined;
  if (!entry || typeof entry !== 'object') fail(file, `"${key}" missing`);
  str(file, { id: key, ...entry }, 'reason');
  const out: Record<string, Set<string>> = { '*': new Set() };
  for (const [lang, words] of Object.entries(entry)) {
    if (lang === 'reason') continue;
    out[lang] = new Set(stringList(file, words, `${key}.${lang}`).map(fold));
    for (const w of out[lang]) out['*']!.add(w);
  }
  return out;
}

/** Head words by language; words listed under '*' belong to every language, and '*' holds them all. */
function organizationHeads(file: string, raw: unknown): { heads: Record<string, Map<string, OrganizationHead[]>>; headForms: Set<string> } {
  const listed: { lang: string; word: string; head: OrganizationHead }[] = [];
  const headForms = new Set<string>();
  for (const h of arrayOf(file, raw, 'heads')) {
    const id = str(file, h, 'id');
    const position = str(file, h, 'position') as HeadPosition;
    if (!HEAD_POSITIONS.includes(position)) fail(file, `head ${id}: unknown position ${position}`);
    const head: OrganizationHead = Object.freeze({ id, kind: str(file, h, 'kind'), position, tail: h.tail === true, reason: str(file, h, 'reason') });
    const words = h.words as Record<string, unknown> | undefined;
    if (!words || typeof words !== 'object') fail(file, `head ${id}: "words" missing`);
    for (const [lang, list] of Object.entries(words)) {
      for (const w of stringList(file, list, `${id}.words.${lang}`)) {
        listed.push({ lang, word: foldText(w), head });
        headForms.add(w.toLowerCase());
      }
    }
  }
  const out: Record<string, Map<string, OrganizationHead[]>> = { '*': new Map() };
  for (const { lang } of listed) if (lang !== '*') out[lang] ??= new Map();
  for (const { lang, word, head } of listed) {
    for (const key of lang === '*' ? Object.keys(out) : ['*', lang]) {
      const at = out[key]!.get(word) ?? [];
      if (!at.includes(head)) out[key]!.set(word, [...at, head]);
    }
  }
  return { heads: out, headForms };
}

/** How a lead that can match only where a line starts opens. */
const LINE_START = '(?:^|\\n)';

/** The lead as a sticky regex when it opens on a line start and has no other branch, else null (see OrganizationCredit.lineLead). */
function lineStartLead(lead: RegExp): RegExp | null {
  return lead.source.startsWith(LINE_START) && alternatives(lead.source).length === 1 ? new RegExp(lead.source, `${lead.flags.replace('g', '')}y`) : null;
}

function organizationCredits(file: string, raw: unknown): OrganizationCredit[] {
  return arrayOf(file, raw, 'credits').map((c) => {
    const id = str(file, c, 'id');
    const trail = typeof c.trail === 'string' ? new RegExp(checkSource(file, id, c.trail), 'uy') : null;
    const minLetters = c.minLetters === undefined ? 2 : Number(c.minLetters);
    if (!Number.isInteger(minLetters) || minLetters < 1) fail(file, `credit ${id}: "minLetters" must be a positive integer`);
    const lead = new RegExp(checkSource(file, id, str(file, c, 'lead')), 'gu');
    return Object.freeze({
      id, lang: str(file, c, 'lang'), kind: str(file, c, 'kind'), lowercase: c.lowercase === true, minLetters, reason: str(file, c, 'reason'),
      lead, lineLead: lineStartLead(lead), trail,
    });
  });
}

function organizationSeeds(file: string, raw: unknown): Pick<OrganizationPatterns, 'seedsByFirstWord' | 'seedInitials' | 'seedByForm'> {
  const seedByForm = new Map<string, OrganizationSeed>();
  for (const s of arrayOf(file, raw, 'seeds')) {
    const id = str(file, s, 'id');
    const after = typeof s.after === 'string' ? new RegExp(`(?:${checkSource(file, id, s.after)})$`, 'u') : null;
    const seed: OrganizationSeed = Object.freeze({ id, kind: str(file, s, 'kind'), after, country: typeof s.country === 'string' ? s.country : null, reason: str(file, s, 'reason') });
    const forms = stringList(file, s.forms, `${seed.id}.forms`);
    for (const form of forms) {
      if (seedByForm.has(form)) fail(file, `seed form "${form}" is listed twice`);
      seedByForm.set(form, seed);
    }
    // Wires and bylines often write the name in capitals ("By XINHUA", "(EUROPA PRESS)").
    for (const form of forms) if (!seedByForm.has(form.toUpperCase())) seedByForm.set(form.toUpperCase(), seed);
  }
  const seedsByFirstWord = new Map<string, { form: string; seed: OrganizationSeed }[]>();
  for (const [form, seed] of [...seedByForm].sort((a, b) => b[0].length - a[0].length)) {
    const first = form.split(' ')[0]!;
    seedsByFirstWord.set(first, [...(seedsByFirstWord.get(first) ?? []), { form, seed }]);
  }
  return { seedsByFirstWord, seedInitials: new Set([...seedsByFirstWord.keys()].map((w) => w.charCodeAt(0))), seedByForm };
}

function organizationCues(file: string, raw: unknown): Record<string, MultiPattern<OrganizationCue>> {
  const items = arrayOf(file, raw, 'cues').map((c) => {
    const id = str(file, c, 'id');
    return { id, sources: [str(file, c, 'pattern')], entry: Object.freeze({ id, lang: str(file, c, 'lang'), kind: str(file, c, 'kind'), reason: str(file, c, 'reason') }) };
  });
  const out: Record<string, MultiPattern<OrganizationCue>> = {};
  for (const lang of [...new Set(items.map((c) => c.entry.lang)), '*']) {
    out[lang] = multi(file, items.filter((c) => lang === '*' || c.entry.lang === lang || c.entry.lang === '*'), 'gu', true);
  }
  return out;
}

/** Loads and checks ingest/rules/organizationPatterns.json. Throws on a bad file. */
export function loadOrganizationPatterns(): OrganizationPatterns {
  const o = readJson(ORG_FILE);
  const pattern = (key: string): string => {
    const entry = o[key] as Record<string, unknown> | undefined;
    if (!entry || typeof entry !== 'object') fail(ORG_FILE, `"${key}" missing`);
    str(ORG_FILE, { id: key, ...entry }, 'reason');
    return checkSource(ORG_FILE, key, str(ORG_FILE, entry, 'pattern'));
  };
  const endings = wordsByLanguage(ORG_FILE, o, 'adjectiveEndings', (w) => w);
  const adjectiveEnding: Record<string, RegExp> = {};
  for (const [lang, set] of Object.entries(endings)) adjectiveEnding[lang] = new RegExp(`(?:${[...set].map(escapeRegExp).join('|')})$`, 'u');
  return Object.freeze({
    ...organizationHeads(ORG_FILE, o.heads),
    connectors: wordsByLanguage(ORG_FILE, o, 'connectors'),
    articles: wordSet(ORG_FILE, o, 'articles'),
    coordinators: wordSet(ORG_FILE, o, 'coordinators'),
    leadingWords: wordSet(ORG_FILE, o, 'leadingWords'),
    genericDeterminers: wordSet(ORG_FILE, o, 'genericDeterminers'),
    roleNouns: wordSet(ORG_FILE, o, 'roleNouns'),
    breakWords: wordSet(ORG_FILE, o, 'breakWords'),
    genericWords: wordSet(ORG_FILE, o, 'genericWords'),
    adjectiveEnding,
    tailPrepositions: wordsByLanguage(ORG_FILE, o, 'tailPrepositions'),
    placePrepositions: wordsByLanguage(ORG_FILE, o, 'placePrepositions'),
    acronym: new RegExp(`^(?:${pattern('acronym')})$`, 'u'),
    webDomain: new RegExp(`(?<![\\p{L}\\p{N}./@])(?:${pattern('webDomain')})(?![\\p{L}\\p{N}])`, 'gu'),
    credits: organizationCredits(ORG_FILE, o.credits),
    cues: organizationCues(ORG_FILE, o.cues),
    ...organizationSeeds(ORG_FILE, o.seeds),
  });
}
