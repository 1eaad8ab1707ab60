import type { CountryCode, LanguageCode } from '../../src/domain/article.js';
import { foldText } from '../lexicons/foldText.js';
import { matchedEntry, type OrganizationCredit, type OrganizationHead, type OrganizationPatterns, type Rules } from '../rules/loadRules.js';
import { alignAcronym } from './alignAcronym.js';
import type { Mention } from './findMentions.js';
import { wordTokens, type WordToken } from './wordTokens.js';
import { escapeRegExp } from '../rules/escapeRegExp.js';
import { packedMap } from './packedMap.js';

/**
 * An organisation the text names outside the lexicon, proposed by a rule of
 * ingest/rules/organizationPatterns.json. Offsets are UTF-16 indexes into the text, end exclusive.
 */
export interface PatternOrganization {
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly name: string;
  /** The acronym the text defines for it ("… (OCI)"), or the name itself when it is a bare acronym. */
  readonly acronym: string | null;
  readonly kind: string;
  /** The one state the name itself names (demonym or "of Country" inside it), else null. */
  readonly country: CountryCode | null;
  /** The lexicon organisation this is the full form of, or the seed it matched; null otherwise. */
  readonly id: string | null;
  /** Id of the rule (head, credit, cue, seed or acronym rule) that proposed it. */
  readonly rule: string;
}

/** A span another pass took (a person's name): credit and cue names inside one are dropped. */
export interface TakenSpan {
  readonly start: number;
  readonly end: number;
}

type Token = WordToken;

interface Doc {
  readonly text: string;
  /** Key into the per-language word sets ('*' when the language has none). */
  readonly lang: string;
  readonly p: OrganizationPatterns;
  readonly rules: Rules;
  readonly tokens: readonly Token[];
  /** joined[i]: tokens i and i+1 may be one name (only a space or an elision between them). */
  readonly joined: readonly boolean[];
  /** The entity mention (no topic) over each token. */
  readonly mentionOf: readonly (Mention | undefined)[];
  readonly entities: readonly Mention[];
  readonly persons: readonly TakenSpan[];
  /** Tokens of a title-case line (a headline), where capitalisation says nothing. */
  readonly headline: readonly boolean[];
  /** Where a line can start a match of a line-start lead: 0 and every line break, in order. */
  readonly lineStarts: readonly number[];
}

const JOIN = /^(?:[ \u00a0]+|['’][ \u00a0]?)$/u;
const LOWER_START = /^\p{Ll}/u;
/** A headline has at least this many long words, nearly all capitalised, and at most HEADLINE_MAX words in all. */
const HEADLINE_WORDS = 5;
const HEADLINE_SHARE = 0.8;
const HEADLINE_MAX = 16;
/** Longest credit or cue name, in tokens. */
const MAX_NAME_TOKENS = 6;

/** Which neighbouring tokens may share a name: joined[i] for tokens i and i+1. */
function joinedTokens(text: string, tokens: readonly Token[]): boolean[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    if (!next) return false;
    // Most gaps are one space: decided without slicing the text.
    if (next.start - t.end === 1 && text.charCodeAt(t.end) === 0x20) return true;
    const gap = text.slice(t.end, next.start);
    // "U.S. Department": the period closes an abbreviation, not the name.
    return JOIN.test(gap) || (gap === '. ' && t.text.includes('.'));
  });
}

/** Marks the tokens of title-case lines. */
function headlines(text: string, tokens: readonly Token[], connectors: ReadonlySet<string>): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    const nl = text.indexOf('\n', tokens[lineStart]!.start);
    const lineEnd = nl < 0 ? text.length : nl;
    let i = lineStart;
    let words = 0;
    let caps = 0;
    for (; i < tokens.length && tokens[i]!.start < lineEnd; i++) {
      const t = tokens[i]!;
      if (t.text.length <= 3 || connectors.has(t.fold)) continue;
      words++;
      if (t.cap) caps++;
    }
    // Running prose (a sentence break or a long line) is no headline, however many names it holds.
    const prose = i - lineStart > HEADLINE_MAX || /[.;!?] \p{L}|[.;:,]\s*$/u.test(text.slice(tokens[lineStart]!.start, lineEnd));
    if (!prose && words >= HEADLINE_WORDS && caps / words >= HEADLINE_SHARE) out.fill(true, lineStart, i);
    lineStart = i;
  }
  return out;
}

/** The text as this pass reads it: tokens, the lexicon entity over each, headlines. */
function makeDoc(text: string, tokens: readonly Token[], language: LanguageCode | null, mentions: readonly Mention[], persons: readonly TakenSpan[], rules: Rules): Doc {
  const p = rules.organizationPatterns;
  const lang = language && p.connectors[language] ? language : '*';
  const joined = joinedTokens(text, tokens);
  const entities = mentions.filter((m) => m.kind !== 'topic');
  const mentionOf: (Mention | undefined)[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < entities.length && entities[k]!.end <= t.start) k++;
    const m = entities[k];
    mentionOf.push(m && m.start < t.end ? m : undefined);
  }
  return { text, lang, p, rules, tokens, joined, mentionOf, entities, persons, headline: headlines(text, tokens, p.connectors['*']!), lineStarts: lineStarts(text) };
}

/** 0 and the offset of every line break after it. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let at = text.indexOf('\n', 1); at >= 0; at = text.indexOf('\n', at + 1)) out.push(at);
  return out;
}

const isConnector = (d: Doc, i: number): boolean => !d.tokens[i]!.cap && d.p.connectors[d.lang]!.has(d.tokens[i]!.fold);
/** The heads token i may be: capitalised, and written as listed when it folds like a title ("Secretaría", not "Secretaria"). */
function headsAt(d: Doc, i: number): readonly OrganizationHead[] | undefined {
  const t = d.tokens[i]!;
  if (!t.cap || (isRole(d, i) && !d.p.headForms.has(t.text.toLowerCase()))) return undefined;
  return d.p.heads[d.lang]!.get(t.fold);
}
const isBreak = (d: Doc, i: number): boolean => d.p.breakWords.has(d.tokens[i]!.fold);
const isRole = (d: Doc, i: number): boolean => d.p.roleNouns.has(d.tokens[i]!.fold);
const isLeading = (d: Doc, i: number): boolean => d.p.leadingWords.has(d.tokens[i]!.fold);
const isNameWord = (d: Doc, i: number): boolean => d.tokens[i]!.cap && !d.tokens[i]!.digit && !isBreak(d, i);

/** Maximal runs of capitalised words, with connectors between them ("Ministry of Foreign Affairs"). */
function capitalisedRuns(d: Doc): number[][] {
  const runs: number[][] = [];
  const n = d.tokens.length;
  for (let i = 0; i < n; i++) {
    if (!isNameWord(d, i) || d.headline[i]) continue;
    const run = [i];
    let j = i;
    for (;;) {
      let c = j + 1;
      while (c < n && d.joined[c - 1] && isConnector(d, c)) c++;
      if (c >= n || !d.joined[c - 1] || !(isNameWord(d, c) || (c === j + 1 && d.tokens[c]!.digit))) break;
      for (let x = j + 1; x <= c; x++) run.push(x);
      j = c;
    }
    runs.push(run);
    i = j;
  }
  return runs;
}

/** Whether the part of a run after a coordinator is a name of its own (an article, or a head). */
function startsOwnName(d: Doc, run: readonly number[], from: number): boolean {
  if (from < run.length && d.p.articles.has(d.tokens[run[from]!]!.fold)) return true;
  for (let k = from; k < run.length && !d.p.coordinators.has(d.tokens[run[k]!]!.fold); k++) {
    if (headsAt(d, run[k]!)?.some((h) => h.position !== 'beforeCountry')) return true;
  }
  return false;
}

/** Last run index of the complement after the head at `h`: capitalised words and connectors up to a title or a second name. */
function complementEnd(d: Doc, run: readonly number[], h: number): number {
  let last = h;
  for (let k = h + 1; k < run.length; k++) {
    const g = run[k]!;
    // A title or the start of a person's name ends the name ("Supreme Council Member", "Commission … Le Hoai Trung").
    // A title's second word stays with it ("Office of the Prime Minister").
    const prev = run[k - 1]!;
    if (d.tokens[g]!.cap && (isRole(d, g) || startsPerson(d, g) || isLeading(d, g)) && !isConnector(d, prev) && !(isRole(d, prev) && k - 1 > h)) break;
    if (inPerson(d, g) && !inPerson(d, run[k - 1]!)) break;
    if (d.p.coordinators.has(d.tokens[g]!.fold) && startsOwnName(d, run, k + 1)) break;
    if (!isConnector(d, g)) last = k;
  }
  return last;
}

/** The run indexes [first, last] of the name built on the head at `h`, or null when the head does not fit there. */
function nameAround(d: Doc, run: readonly number[], h: number, head: OrganizationHead): [number, number] | null {
  let first = h;
  while (first > 0 && !isConnector(d, run[first - 1]!) && !isRole(d, run[first - 1]!) && !isLeading(d, run[first - 1]!) && !d.p.coordinators.has(d.tokens[run[first - 1]!]!.fold)) first--;
  const next = run[h + 1];
  switch (head.position) {
    case 'end':
      if (next !== undefined && !isRole(d, next) && !isConnector(d, next)) return null;
      return first < h ? [first, h] : null;
    case 'start':
      return next !== undefined && !isConnector(d, next) && !isRole(d, next) ? [first, complementEnd(d, run, h)] : null;
    case 'opening': {
      // "Centro de Investigación …": the head opens the name, and its complement follows.
      const last = first === h ? complementEnd(d, run, h) : h;
      return last > h ? [h, last] : null;
    }
    case 'beforeCountry': {
      const m = next === undefined ? undefined : d.mentionOf[next];
      if (!m || m.kind !== 'country') return null;
      let last = h + 1;
      while (last + 1 < run.length && d.tokens[run[last + 1]!]!.end <= m.end) last++;
      return last + 1 === run.length ? [first, last] : null;
    }
    case 'any':
      return [first, complementEnd(d, run, h)];
  }
}

/** Lower-case adjectives from token i on (and "et"/"y" between two of them); the last one taken, or i - 1. */
function adjectivesFrom(d: Doc, i: number): number {
  let end = i - 1;
  const ending = d.p.adjectiveEnding[d.lang] ?? d.p.adjectiveEnding['*']!;
  const isAdjective = (k: number): boolean => {
    const t = d.tokens[k];
    if (!t || !d.joined[k - 1] || !LOWER_START.test(t.text) || isConnector(d, k) || isRole(d, k) || isBreak(d, k)) return false;
    return d.mentionOf[k]?.kind === 'demonym' || ending.test(t.text.toLowerCase());
  };
  for (let k = i; ; k++) {
    if (isAdjective(k)) end = k;
    // "économique et monétaire": a coordinator between two adjectives; the next turn takes the second.
    else if (!(end >= i && d.p.coordinators.has(d.tokens[k]?.fold ?? '') && d.joined[k - 1] && isAdjective(k + 1))) return end;
  }
}

/**
 * French and Spanish: the lower-case rest of a name after its last capitalised word
 * ("Assemblée nationale", "Conseil national pour la sauvegarde de la patrie"): adjectives, then
 * up to three preposition + noun groups. Returns the last token index of the name.
 */
function tailEnd(d: Doc, last: number): number {
  const preps = d.p.tailPrepositions[d.lang] ?? d.p.tailPrepositions['*']!;
  let end = adjectivesFrom(d, last + 1);
  if (end < last) end = last;
  for (let groups = 0; groups < 3; groups++) {
    let q = end + 1;
    if (!d.tokens[q] || !d.joined[q - 1] || d.tokens[q]!.cap || !preps.has(d.tokens[q]!.fold)) break;
    // "Embajada de España en Francia", not "Secretaría … en términos de la normatividad".
    const placeOnly = d.p.placePrepositions[d.lang]?.has(d.tokens[q]!.fold) === true;
    q++;
    if (d.tokens[q] && d.joined[q - 1] && !d.tokens[q]!.cap && d.p.articles.has(d.tokens[q]!.fold)) q++;
    const noun = d.tokens[q];
    if (!noun || !d.joined[q - 1] || (placeOnly && !noun.cap) || isConnector(d, q) || isBreak(d, q) || isRole(d, q) || d.p.genericDeterminers.has(noun.fold) || isLeading(d, q)) break;
    let nounEnd = q;
    if (noun.cap) while (d.joined[nounEnd] && d.tokens[nounEnd + 1] && isNameWord(d, nounEnd + 1)) nounEnd++;
    end = Math.max(nounEnd, adjectivesFrom(d, nounEnd + 1));
  }
  return end;
}

/** A given name followed by another capitalised word: a person's name starts here ("Ejército Raúl Castro"). */
const startsPerson = (d: Doc, i: number): boolean => d.rules.givenNames.has(d.tokens[i]!.fold) && d.joined[i]! && d.tokens[i + 1]?.cap === true;
const inPerson = (d: Doc, i: number): boolean => d.persons.some((p) => p.start < d.tokens[i]!.end && d.tokens[i]!.start < p.end);

/**
 * Whether a name [first, last] (token indexes) is more than a head with generic words ("the
 * Foreign Ministry", "Conseil des ministres"): it names a place or a state, holds a word the
 * generic list lacks, or its head takes a capitalised complement ("Ministry of Health").
 */
function isSpecific(d: Doc, first: number, last: number): boolean {
  let head = -1;
  let firstAfterHead = -1;
  for (let i = first; i <= last; i++) {
    const t = d.tokens[i]!;
    if (head < 0 && headsAt(d, i)) {
      head = i;
      continue;
    }
    if (isConnector(d, i) || d.p.articles.has(t.fold)) continue;
    const after = head >= 0 && firstAfterHead < 0;
    if (after) firstAfterHead = i;
    // A title after an article names one office-holder's body ("Office of the Prime Minister").
    if (isRole(d, i)) {
      if (i > first && d.p.articles.has(d.tokens[i - 1]!.fold)) return true;
      continue;
    }
    // A person's name after the head does not make a body specific ("Administración de Donald Trump").
    if (head >= 0 && inPerson(d, i)) continue;
    const m = d.mentionOf[i];
    // An organisation right after the head makes a name of it ("Commission de l'UA"); after a
    // generic complement it does not ("Conseil des ministres … de l'AES").
    if (m) {
      if (m.kind !== 'organization' || after) return true;
      continue;
    }
    if (after && t.cap && isConnector(d, i - 1)) return true;
    if (!headsAt(d, i) && !d.p.genericWords.has(t.fold)) return true;
  }
  return false;
}

/** Whether a possessive or demonstrative stands right before token `first` ("su Departamento", "cette Commission"). */
function isReference(d: Doc, first: number): boolean {
  return first > 0 && d.joined[first - 1]! && d.p.genericDeterminers.has(d.tokens[first - 1]!.fold);
}

const QUOTES = /["“”«»]/u;

/** Whether [first, last] stands alone between quotes: a label ("Asociación Estratégica"), not a body. */
function isQuoted(d: Doc, first: number, last: number): boolean {
  const before = d.text.slice(Math.max(0, d.tokens[first]!.start - 2), d.tokens[first]!.start);
  const after = d.text.slice(d.tokens[last]!.end, d.tokens[last]!.end + 2);
  return QUOTES.test(before) && QUOTES.test(after);
}

/** The one state named inside [start, end) by a country or demonym mention, else null. */
function countryIn(d: Doc, start: number, end: number): CountryCode | null {
  const found = new Set<CountryCode>();
  for (const m of d.entities) if (m.start >= start && m.end <= end && (m.kind === 'country' || m.kind === 'demonym') && m.country) found.add(m.country);
  return found.size === 1 ? [...found][0]! : null;
}

/** The proposal for tokens [first, last], with the state its name gives. */
function proposal(d: Doc, first: number, last: number, kind: string, rule: string, id: string | null = null): PatternOrganization {
  const start = d.tokens[first]!.start;
  const end = d.tokens[last]!.end;
  const name = d.text.slice(start, end);
  return { start, end, name, acronym: null, kind, country: countryIn(d, start, end), id, rule };
}

/** Names built on a head word: "Ministry of External Affairs", "Parti communiste", "Capital FM". */
function headNames(d: Doc): PatternOrganization[] {
  const out: PatternOrganization[] = [];
  for (const run of capitalisedRuns(d)) {
    let covered = -1;
    for (let h = 0; h < run.length; h++) {
      if (h <= covered) continue;
      // A head inside a lexicon organisation ("l'Union africaine") or a state's name ("Russian Federation") is theirs.
      if (d.mentionOf[run[h]!]) continue;
      for (const head of headsAt(d, run[h]!) ?? []) {
        const span = nameAround(d, run, h, head);
        if (!span) continue;
        let last = run[span[1]]!;
        if (head.tail && d.lang !== 'en' && last === run[run.length - 1]) last = tailEnd(d, last);
        const first = run[span[0]]!;
        if (!isSpecific(d, first, last) || isReference(d, first) || isQuoted(d, first, last)) continue;
        out.push(proposal(d, first, last, head.kind, `head:${head.id}`));
        covered = span[1];
        break;
      }
    }
  }
  return out;
}

/** Index of the first token starting at or after `at` (tokens.length when none). */
function firstTokenFrom(d: Doc, at: number): number {
  let lo = 0;
  let hi = d.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SPACES = /^[ \t\u00a0]*$/u;

/** Index of the token starting at `at` after spaces only, or -1. */
function tokenAt(d: Doc, at: number): number {
  const i = firstTokenFrom(d, at);
  const t = d.tokens[i];
  return t && SPACES.test(d.text.slice(at, t.start)) ? i : -1;
}

/** Index of the last token ending right before `at` (spaces only between), or -1. */
function tokenBefore(d: Doc, at: number): number {
  const k = firstTokenFrom(d, at) - 1;
  return k >= 0 && SPACES.test(d.text.slice(d.tokens[k]!.end, at)) ? k : -1;
}

/** The last token of a short proper name starting at token i (capitalised words and connectors), or -1. */
function shortNameEnd(d: Doc, i: number, lowercase: boolean): number {
  const first = d.tokens[i];
  if (!first || (!first.cap && !(lowercase && first.text.length >= 2)) || isConnector(d, i) || (isLeading(d, i) && !d.tokens[i + 1]?.cap)) return -1;
  let last = i;
  for (let k = i + 1; k < d.tokens.length && k - i < MAX_NAME_TOKENS && d.joined[k - 1] && !isBreak(d, k); k++) {
    if (d.tokens[k]!.cap || d.tokens[k]!.digit) last = k;
    else if (!isConnector(d, k)) break;
  }
  return last;
}

/** Whether a credit or cue name is someone's name, a place, a lexicon entry or a lone common word. */
function vetoed(d: Doc, first: number, last: number): boolean {
  const start = d.tokens[first]!.start;
  const end = d.tokens[last]!.end;
  if (end - start < 2 || d.persons.some((s) => s.start < end && start < s.end)) return true;
  const whole = d.mentionOf[first];
  if (whole && whole.start <= start && whole.end >= end) return true;
  for (let i = first; i <= last; i++) if (d.mentionOf[i]?.kind === 'organization') return true;
  if (d.rules.givenNames.has(d.tokens[first]!.fold) && first < last) return true;
  d.rules.honorifics.sticky.lastIndex = start;
  if (d.rules.honorifics.sticky.test(d.text)) return true;
  return first === last && (d.p.leadingWords.has(d.tokens[first]!.fold) || d.p.genericWords.has(d.tokens[first]!.fold));
}

/**
 * The names of one credit slot from offset `at`: one, or several joined by "/" inside
 * parentheses ("(AGENCY/AGENCY)"). Each ends at the longest end after which the trail (or a
 * further "/") follows; null when none does.
 */
function slotNames(d: Doc, c: OrganizationCredit, at: number, inParens: boolean): [number, number][] | null {
  const names: [number, number][] = [];
  for (;;) {
    const i = tokenAt(d, at);
    const longest = i < 0 ? -1 : shortNameEnd(d, i, c.lowercase);
    if (longest < 0) return null;
    let next = -1;
    let last = longest;
    for (; last >= i; last--) {
      if (isConnector(d, last)) continue;
      const end = d.tokens[last]!.end;
      const slash = inParens ? /^[ \t]*\/[ \t]*/u.exec(d.text.slice(end, end + 8)) : null;
      if (slash) {
        next = end + slash[0].length;
        break;
      }
      if (!c.trail) break;
      c.trail.lastIndex = end;
      if (c.trail.test(d.text)) break;
    }
    if (last < i) return null;
    names.push([i, last]);
    if (next < 0) return names;
    at = next;
  }
}

const LETTER = /\p{L}/gu;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
/** A seed read in context ("X") is a word of its own: no hyphen or apostrophe joins it to the next ("X-ray"). */
const CONTEXT_WORD_AFTER = /^[\p{L}\p{N}'’-]/u;
/**
 * A handle, a hashtag or a path in an address ("@AFP", "#EFE", "site.com/afp") names no source;
 * a slash after a name does ("Photo: Jane Roe/AFP").
 */
const IN_ADDRESS = /(?:[@#]|[^\s/]*[.:][^\s]*\/)$/u;
/** How far back a seed's context is read, in characters. */
const SEED_CONTEXT = 60;

/**
 * The matches of a credit's lead, one after another as its global scan finds them. A lead that
 * opens on a line start is tried at the line starts alone: the same matches, without running
 * the regex at every character of the text.
 */
function leadMatches(d: Doc, c: OrganizationCredit): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (c.lineLead) {
    let from = 0;
    for (const at of d.lineStarts) {
      if (at < from) continue;
      c.lineLead.lastIndex = at;
      const m = c.lineLead.exec(d.text);
      if (!m) continue;
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
    }
    return out;
  }
  c.lead.lastIndex = 0;
  for (let m = c.lead.exec(d.text); m; m = c.lead.exec(d.text)) {
    if (m[0].length === 0) c.lead.lastIndex++;
    out.push(m);
  }
  return out;
}

/** Agency codes joined by hyphens in one credit ("NNN-KPL": a network relaying a national agency). */
const JOINED_CODES = /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u;

/** One organisation per code of a joined credit, each at its own offsets. */
function codesOf(d: Doc, start: number, name: string, rule: string, kind: string): PatternOrganization[] {
  let at = start;
  return name.split('-').map((code) => {
    const o: PatternOrganization = { start: at, end: at + code.length, name: code, acronym: null, kind, country: countryIn(d, at, at + code.length), id: null, rule };
    at += code.length + 1;
    return o;
  });
}

/** Agencies and outlets in credit slots: "(AGENCY) –", "Avec AGENCY", "Photo: OUTLET /", "selon OUTLET.". */
function creditNames(d: Doc): PatternOrganization[] {
  const out: PatternOrganization[] = [];
  for (const c of d.p.credits) {
    if (c.lang !== '*' && d.lang !== '*' && c.lang !== d.lang) continue;
    for (const m of leadMatches(d, c)) {
      for (const [first, last] of slotNames(d, c, m.index + m[0].length, m[0].endsWith('(')) ?? []) {
        const name = d.text.slice(d.tokens[first]!.start, d.tokens[last]!.end);
        if ((name.match(LETTER)?.length ?? 0) < c.minLetters && !d.p.seedByForm.has(name)) continue;
        if (vetoed(d, first, last)) continue;
        if (JOINED_CODES.test(name)) out.push(...codesOf(d, d.tokens[first]!.start, name, `credit:${c.id}`, c.kind));
        else out.push(proposal(d, first, last, c.kind, `credit:${c.id}`));
      }
    }
  }
  return out;
}

/** Names after a cue noun, past up to two adjectives: "l'agence chinoise X", "the defence firm X". */
function cueNames(d: Doc): PatternOrganization[] {
  const out: PatternOrganization[] = [];
  const cues = d.p.cues[d.lang] ?? d.p.cues['*']!;
  cues.regex.lastIndex = 0;
  for (let m = cues.regex.exec(d.text); m; m = cues.regex.exec(d.text)) {
    const c = matchedEntry(m, cues);
    let i = tokenAt(d, m.index + m[0].length);
    if (i < 0 || i === 0) continue;
    for (let skip = 0; skip < 2 && d.tokens[i] && !d.tokens[i]!.cap && adjectivesFrom(d, i) === i; skip++) i++;
    const last = d.tokens[i] && d.joined[i - 1] ? shortNameEnd(d, i, false) : -1;
    if (last >= 0 && !vetoed(d, i, last)) out.push(proposal(d, i, last, c.kind, `cue:${c.id}`));
  }
  return out;
}

/** Seeded agency, media, platform and foreign-ministry names, except in share-button menus (a line holding only the name). */
function seedNames(d: Doc): PatternOrganization[] {
  const out: PatternOrganization[] = [];
  for (const t of d.tokens) {
    // Most words open with a letter no seed opens with (a lower-case one): no lookup of the word.
    if (!d.p.seedInitials.has(t.text.charCodeAt(0))) continue;
    const at = t.start;
    const hit = d.p.seedsByFirstWord.get(t.text)?.find(({ form, seed }) => d.text.startsWith(form, at) && !(seed.after ? CONTEXT_WORD_AFTER : WORD_AFTER).test(d.text.slice(at + form.length, at + form.length + 1)) && (!seed.after || seed.after.test(d.text.slice(Math.max(0, at - SEED_CONTEXT), at))));
    if (!hit || IN_ADDRESS.test(d.text.slice(Math.max(0, at - SEED_CONTEXT), at))) continue;
    const lineStart = d.text.lastIndexOf('\n', at) + 1;
    const lineEnd = d.text.indexOf('\n', at);
    if (d.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() === hit.form) continue;
    out.push({ start: at, end: at + hit.form.length, name: hit.form, acronym: null, kind: hit.seed.kind, country: hit.seed.country, id: hit.seed.id, rule: `seed:${hit.seed.id}` });
  }
  return out;
}

/** Site names with their domain ("example.es"): an outlet's own name. */
function domainNames(d: Doc): PatternOrganization[] {
  const out: PatternOrganization[] = [];
  for (let i = 0; i < d.tokens.length; i++) {
    const t = d.tokens[i]!;
    // Only a token with a dot can be a site name; addresses, e-mails and sub-domains are skipped.
    if (!t.text.includes('.') || /[./@]$/u.test(d.text.slice(Math.max(0, t.start - 1), t.start))) continue;
    d.p.webDomain.lastIndex = 0;
    const m = d.p.webDomain.exec(t.text);
    if (m && m[0] === t.text) out.push({ start: t.start, end: t.end, name: t.text, acronym: null, kind: 'media', country: null, id: null, rule: 'web-domain' });
  }
  return out;
}

const PAREN = /\(\s*([^()\s]{2,12})\s*\)/gu;

/** First token of the phrase ending at token `last` whose initials spell `acronym`, or -1. */
function alignedStart(d: Doc, last: number, acronym: string): number {
  let s = last;
  while (s > 0 && last - s < 14 && d.joined[s - 1]) s--;
  const words = packedMap(d.tokens.slice(s, last + 1), (t, k) => ({ fold: t.fold, cap: t.cap, connector: isConnector(d, s + k) || d.p.articles.has(t.fold) }));
  const at = alignAcronym(words, acronym);
  return at === null ? -1 : s + at;
}

/** First token of the run of at least two capitalised words (connectors between) ending at `last`, without titles; else -1. */
function nameRunStart(d: Doc, last: number): number {
  if (!isNameWord(d, last) || isRole(d, last)) return -1;
  let first = last;
  for (let k = last - 1; k >= 0 && d.joined[k]; k--) {
    if (isNameWord(d, k) && !isRole(d, k) && !isLeading(d, k)) first = k;
    else if (!isConnector(d, k)) break;
  }
  return first < last ? first : -1;
}

/** The first head word in tokens [first, last], or null. */
function headIn(d: Doc, first: number, last: number): OrganizationHead | null {
  for (let i = first; i <= last; i++) {
    const h = headsAt(d, i);
    if (h) return h[0]!;
  }
  return null;
}

/**
 * Parenthesised acronyms: gives the acronym to the name proposed right before it; else, when the
 * words before spell it, proposes them as the full form of a lexicon organisation (its acronym
 * is the lexicon's) or as a name when they hold a head word. Later bare uses of an acronym
 * defined so are proposed too.
 */
function withAcronyms(d: Doc, found: readonly PatternOrganization[]): PatternOrganization[] {
  const out = [...found];
  const defined = new Map<string, { org: PatternOrganization; at: number }>();
  for (const m of d.text.matchAll(PAREN)) {
    const acronym = m[1]!;
    const at = m.index + m[0].indexOf(acronym);
    if (!d.p.acronym.test(acronym)) continue;
    const inner = d.entities.find((e) => e.start === at && e.end === at + acronym.length);
    if (inner && inner.kind !== 'organization') continue;
    const last = tokenBefore(d, m.index);
    if (last < 0 || (d.mentionOf[last]?.kind === 'organization' && !out.some((o) => o.end === d.tokens[last]!.end))) continue;
    const aligned = alignedStart(d, last, acronym);
    const before = out.findIndex((o) => o.end === d.tokens[last]!.end && !o.acronym);
    let org: PatternOrganization | null = null;
    if (before >= 0) {
      const o = out[before]!;
      const start = aligned >= 0 ? Math.min(o.start, d.tokens[aligned]!.start) : o.start;
      org = { ...o, start, name: d.text.slice(start, o.end), acronym, ...(inner ? { id: inner.id, country: null, rule: 'acronym:lexicon' } : {}) };
      out[before] = org;
    } else if (inner && (aligned >= 0 || nameRunStart(d, last) >= 0)) {
      // The lexicon's acronym after a name in another word order ("Central America Integration System (SICA)").
      out.push({ ...proposal(d, aligned >= 0 ? aligned : nameRunStart(d, last), last, 'organisation', 'acronym:lexicon', inner.id), acronym, country: null });
    } else if (aligned >= 0 && headIn(d, aligned, last) && isSpecific(d, aligned, last)) {
      org = { ...proposal(d, aligned, last, headIn(d, aligned, last)!.kind, 'acronym:definition'), acronym };
      out.push(org);
    }
    if (org && !inner) defined.set(acronym, { org, at });
  }
  for (const [acronym, { org, at }] of defined) {
    for (const m of d.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      if (m.index === at) continue;
      out.push({ start: m.index, end: m.index + acronym.length, name: acronym, acronym, kind: org.kind, country: org.country, id: org.id, rule: 'acronym:mention' });
    }
  }
  return out;
}

/**
 * Drops proposals that overlap a lexicon organisation without holding all of it or that are a
 * place's name, and of overlapping proposals keeps the longest, which inherits the others' id
 * (with its kind) and acronym.
 */
function resolveOverlaps(d: Doc, found: readonly PatternOrganization[]): PatternOrganization[] {
  const lexicon = d.entities.filter((m) => m.kind === 'organization');
  const kept = found
    .filter((o) => !lexicon.some((m) => m.start < o.end && o.start < m.end && !(o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)))
    // A state's or a city's own name ("Fédération de Russie") is no organisation.
    .filter((o) => !d.entities.some((m) => m.kind !== 'organization' && m.start <= o.start && m.end >= o.end))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PatternOrganization[] = [];
  for (const o of kept) {
    const prev = out[out.length - 1];
    if (!prev || o.start >= prev.end) {
      out.push(o);
      continue;
    }
    const [big, small] = o.end - o.start > prev.end - prev.start ? [o, prev] : [prev, o];
    // A seed inside a longer name ("RIA" in "RIA News") gives it its id and kind.
    const seeded = !big.id && small.id ? { id: small.id, kind: small.kind } : {};
    out[out.length - 1] = { ...big, ...seeded, acronym: big.acronym ?? small.acronym };
  }
  return out;
}

/**
 * Proposes the organisations a text names besides the lexicon's: named bodies built on a head
 * word, parenthesised acronyms and their later bare uses, agencies and outlets in credit slots,
 * names after cue nouns, and seeded names. Generic references ("the Foreign Ministry", "le
 * Conseil") are left out, and so are credit and cue names inside `persons`, places and lexicon
 * entries; of overlapping proposals the longest is kept. Sorted by start. `tokens` are
 * wordTokens(text, foldText(text)), when the caller already has them.
 */
export function findOrganizationsByPattern(
  text: string,
  language: LanguageCode | null,
  mentions: readonly Mention[],
  persons: readonly TakenSpan[],
  rules: Rules,
  tokens: readonly WordToken[] = wordTokens(text, foldText(text)),
): PatternOrganization[] {
  const d = makeDoc(text, tokens, language, mentions, persons, rules);
  const found = [...headNames(d), ...creditNames(d), ...cueNames(d), ...seedNames(d), ...domainNames(d)];
  return resolveOverlaps(d, withAcronyms(d, found));
}
