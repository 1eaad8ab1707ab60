import type { CountryCode } from '../../src/domain/article.js';
import type { Evidence } from '../../src/domain/extraction.js';
import { slugify } from '../../src/domain/ids.js';
import { matchedEntry, type Office, type Rules } from '../rules/loadRules.js';
import type { Mention } from './findMentions.js';
import type { Sentence } from './splitSentences.js';

/** One occurrence of a person's name in the text, with the office written next to it. */
export interface PersonMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** Id of the person it was resolved to (slug of the canonical name). */
  personId: string;
  readonly office: Office | null;
  /** English label of the office ("Minister of Foreign Affairs and International Cooperation"). */
  readonly role: string | null;
  /** The office as written. */
  readonly roleOriginal: string | null;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  /** Why the span was taken for a name: "honorific", "office", "apposition", "given-name", … */
  readonly anchor: string;
}

/** A person with every mention of it merged under the most complete name seen. */
export interface FoundPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  readonly role: string | null;
  readonly roleOriginal: string | null;
  readonly country: CountryCode | null;
  readonly organization: string | null;
  readonly office: Office | null;
  readonly mentions: PersonMention[];
  readonly evidence: Evidence[];
}

/** A stretch of text by character offsets. */
export interface Span {
  start: number;
  end: number;
}

interface OfficeHit extends Span {
  office: Office;
}

// Words allowed inside an office title after its head: capitalised words, function words,
// adjectives (by their endings: "internationale", "togolais", "étrangères") and brackets.
// Language-neutral shapes, no vocabulary.
const TITLE_WORD = /^(?:\p{Lu}[\p{L}’'.-]*|\p{Ll}{1,4}['’]|\p{Ll}{1,2}['’]\p{L}+|\p{Ll}{1,3}|\p{Ll}+(?:ale|ales|aux|al|e|es|s|ien|ienne|ais|aise|ain|aine|ique|ois|oise|ano|ana|an|ian|ese|eur|ère|ères|ité|ant|ants|ger)|\(|\)|,|\p{Pd})$/u;
const TITLE_TOKEN = /\(|\)|,|[\p{L}’'.\p{Pd}]+/gu;
const PREPOSITION = /^(?:de|des|du|d['’]|de l['’]|of|for|del|de la|à|aux)$/iu;

/** Extends an office title to the right over its complements ("… et de la Coopération internationale de la République du Mali"). */
function extendTitle(text: string, from: number, limit: number, rules: Rules, places: readonly Mention[] = []): number {
  const portfolioAt = (at: number): boolean => {
    const rest = text.slice(at, at + 60).trimStart();
    return rules.portfolios.some((p) => p.regex.test(rest));
  };
  TITLE_TOKEN.lastIndex = from;
  let end = from;
  let afterComma = false;
  let m: RegExpExecArray | null;
  while ((m = TITLE_TOKEN.exec(text)) && m.index < limit) {
    const gap = text.slice(end, m.index);
    if (/[\n.;:!?«»"“”]/u.test(gap)) break;
    const tok = m[0];
    const at = m.index;
    // Demonyms belong to the title in every language ("el canciller chileno").
    const demonym = places.some((g) => g.kind === 'demonym' && g.start === at);
    if (!demonym && !TITLE_WORD.test(tok)) break;
    if (tok === ',' || /^(?:et|and|y)$/u.test(tok)) {
      afterComma = true;
      // After a comma or a conjunction the title goes on only with a preposition ("…, de la
      // Coopération"), never with a bare name ("…, et Abdoulaye Diop").
      const rest = text.slice(m.index + tok.length, m.index + tok.length + 12);
      if (!/^\s*(?:de|des|du|d['’]|of|for|del|à l['’]|la |le |l['’])/iu.test(rest) && tok === ',' && !portfolioAt(m.index + 1)) break;
      if (!/^\s*(?:de|des|du|d['’]|of|for|del|la |l['’]|\p{Lu})/iu.test(rest)) break;
      continue;
    }
    if (afterComma && /^\p{Lu}/u.test(tok) && !PREPOSITION.test(text.slice(end, m.index).trim())) {
      // "…, de la Coopération" was checked above; a capital right after a bare comma ends the title.
    }
    afterComma = false;
    end = m.index + tok.length;
  }
  return end;
}

/** English label of an office, composed from its portfolios when it is a minister's title. */
function officeLabel(office: Office, title: string, rules: Rules): string {
  if (!office.composedFromPortfolios) return office.label;
  const found: string[] = [];
  let state = false;
  // Words start after a space or after an elided article ("l'Économie", "de l'Intégration").
  const words = title.matchAll(/(?<![\p{L}’'])\p{L}|(?<=(?<![\p{L}])[dlDL]['’])\p{L}/gu);
  let skipTo = 0;
  for (const w of words) {
    const i = w.index ?? 0;
    if (i < skipTo) continue;
    const rest = title.slice(i);
    for (const p of rules.portfolios) {
      const m = p.regex.exec(rest);
      if (!m) continue;
      if (p.id === 'state') state = true;
      else if (!found.includes(p.label)) found.push(p.label);
      skipTo = i + m[0].length;
      break;
    }
  }
  if (!found.length) return office.label;
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}`;
  return `${state ? 'Minister of State, ' : ''}Minister of ${list}`;
}

function countryIn(mentions: readonly Mention[], start: number, end: number, pick: 'first' | 'last'): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    if ((m.kind !== 'country' && m.kind !== 'demonym') || !m.country) continue;
    if (!best || pick === 'last') best = m;
    if (pick === 'first') break;
  }
  return best;
}

function orgIn(mentions: readonly Mention[], start: number, end: number): Mention | null {
  for (const m of mentions) if (m.kind === 'organization' && m.start >= start && m.end <= end) return m;
  return null;
}

function overlapsAny(spans: readonly Span[], s: number, e: number): boolean {
  for (const x of spans) if (x.start < e && s < x.end) return true;
  return false;
}

const lastToken = (name: string): string => name.split(/\s+/).pop() ?? name;

/**
 * Finds persons: names anchored by an honorific, an office ("le ministre … de X, Y",
 * "Y, Foreign Minister of X", "his Indian counterpart Y"), a known given name, a demonym
 * ("le Djiboutien Y") or a byline, then short second mentions ("M. Lavrov", "Lavrov")
 * resolved to the full name. `tagPeople` names the people an NLP tagger finds in a span;
 * it is called only around unanchored multi-word candidates.
 */
export function findPersons(
  text: string,
  sentences: readonly Sentence[],
  language: string | null,
  mentions: readonly Mention[],
  rules: Rules,
  tagPeople: (sentence: Sentence) => readonly string[] = () => [],
): { persons: FoundPerson[]; mentions: PersonMention[]; offices: OfficeHit[]; titles: Span[] } {
  const lang = language && rules.officeMatchers[language] ? language : '*';
  const officeMp = rules.officeMatchers[lang] ?? rules.officeMatchers['*'];
  const offices: OfficeHit[] = [];
  if (officeMp) {
    officeMp.regex.lastIndex = 0;
    for (let m = officeMp.regex.exec(text); m; m = officeMp.regex.exec(text)) {
      const end = m.index + m[0].length;
      let hit: OfficeHit = { start: m.index, end, office: matchedEntry(m, officeMp) };
      // "Iraqi Prime Minister": the generic "<Capitalised words> Minister" matched first; a
      // more specific office ending at the same place names the post.
      if (hit.office.generic && m[0].length > 8) {
        const inner = officeMp.sticky;
        for (let k = 1; k < m[0].length - 3; k++) {
          if (m[0][k - 1] !== ' ') continue;
          inner.lastIndex = k;
          const sub = inner.exec(m[0]);
          if (sub && k + sub[0].length === m[0].length) {
            const o = matchedEntry(sub, officeMp);
            if (!o.generic) { hit = { start: m.index + k, end, office: o }; break; }
          }
        }
      }
      offices.push(hit);
      if (m[0].length === 0) officeMp.regex.lastIndex++;
    }
  }
  const honorifics: Span[] = [];
  rules.honorifics.regex.lastIndex = 0;
  for (let m = rules.honorifics.regex.exec(text); m; m = rules.honorifics.regex.exec(text)) {
    honorifics.push({ start: m.index, end: m.index + m[0].length });
  }
  const anchors: Span[] = [];
  rules.anchors.regex.lastIndex = 0;
  for (let m = rules.anchors.regex.exec(text); m; m = rules.anchors.regex.exec(text)) {
    // "Secrétaire général": a rank word inside an office title is part of the title.
    if (!overlapsAny(offices, m.index, m.index + m[0].length)) anchors.push({ start: m.index, end: m.index + m[0].length });
  }
  const places = mentions.filter((m) => m.kind !== 'topic');
  const sentenceAt = (pos: number): Sentence | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as Sentence;
      if (pos < s.start) hi = mid - 1;
      else if (pos > s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };

  // "ses homologues de Turquie, X ; du Qatar, Y": in a list after a counterpart anchor, the
  // state named right before a name (and a comma) is that person's.
  const counterpartAnchors = anchors.filter((a) => rules.anchors.entries.some((e) => e.id === 'counterpart' && new RegExp(`^(?:${e.regex.source})$`, 'u').test(text.slice(a.start, a.end))));
  const inCounterpartList = (at: number): Mention | null => {
    const state = countryIn(places, Math.max(0, at - 30), at, 'last');
    // "de Turquie, X" names the state then the person; "et iranien X" qualifies the person.
    if (!state) return null;
    const gap = text.slice(state.end, at);
    if (!(/^\s*,\s*$/u.test(gap) || (state.kind === 'demonym' && /^\s+$/u.test(gap)))) return null;
    const s = sentenceAt(at);
    return counterpartAnchors.some((a) => a.end <= state.start && (!s || a.start >= s.start)) ? state : null;
  };

  // "Tete Antonio of Angola", "John Mahama (Ghana)": a state right after a name, in a list of
  // counterparts or attendees, is that person's.
  const stateAfterName = (at: number): Mention | null => {
    const of = /^(?:\s+(?:of|from|de|du|del)\s+(?:the\s+)?|\s*\(\s*)/iu.exec(text.slice(at, at + 12));
    if (!of) return null;
    const state = places.find((g) => g.kind === 'country' && g.start === at + of[0].length) ?? null;
    if (!state || (of[0].includes('(') && !/^\s*\)/u.test(text.slice(state.end, state.end + 3)))) return null;
    return state;
  };

  // Name candidates: maximal runs of capitalised tokens, cut at gazetteer mentions and stopwords.
  const candidates: Span[] = [];
  const re = new RegExp(rules.nameRegex.source, rules.nameRegex.flags);
  let firstPlace = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let s = m.index;
    let e = m.index + m[0].length;
    // Mentions are sorted by start: the ones after the run cannot cut it, and the ones that end
    // before this run end before every later run too.
    while (firstPlace < places.length && (places[firstPlace] as Mention).end <= s) firstPlace++;
    for (let gi = firstPlace; gi < places.length; gi++) {
      const g = places[gi] as Mention;
      if (g.start >= e) break;
      if (g.end <= s) continue;
      const glued = g.kind === 'organization' && !/\s/u.test(g.text) && !/^\p{Lu}+$/u.test(g.text);
      if (!glued) {
        if (g.start <= s) s = Math.max(s, g.end);
        else e = Math.min(e, g.start);
      }
    }
    // Trim stopwords and honorific-like tokens at both ends; a possessive left by a cut country
    // ("India's External Affairs Minister …") goes with it.
    while (s < e && /[\s,]/u.test(text[s] as string)) s++;
    const possessive = /^['’]s?(?=\s)/u.exec(text.slice(s, s + 3));
    if (possessive) {
      s += possessive[0].length;
      while (s < e && /[\s,]/u.test(text[s] as string)) s++;
    }
    let piece = text.slice(s, e);
    for (;;) {
      const first = /^(\S+)\s+/u.exec(piece);
      const firstWord = (first?.[1] ?? piece).replace(/[.’']+$/u, '');
      if (rules.stopwords.has(firstWord) || rules.particles.has(firstWord) || overlapsAny(honorifics, s, s + 1) || overlapsAny(offices, s, s + 1)) {
        if (!first) { piece = ''; break; }
        s += first[0].length;
        piece = piece.slice(first[0].length);
        continue;
      }
      break;
    }
    for (;;) {
      const last = /\s+(\S+)$/u.exec(piece);
      if (last && (rules.stopwords.has(last[1] as string) || rules.particles.has(last[1] as string))) {
        e -= last[0].length;
        piece = piece.slice(0, piece.length - last[0].length);
        continue;
      }
      break;
    }
    // An English possessive ends the name ("Raila Odinga's bid").
    piece = piece.replace(/['’]s$/u, '').replace(/[.’'\-\s]+$/u, '');
    e = s + piece.length;
    if (!piece || rules.stopwords.has(piece) || piece.length < 2) continue;
    if (/^\p{Lu}+$/u.test(piece) && piece.length <= 6) continue;
    if (overlapsAny(offices, s, e) && !/\s/u.test(piece)) continue;
    candidates.push({ start: s, end: e });
  }

  const found: PersonMention[] = [];
  const usedOffices = new Set<OfficeHit>();
  const HON_TAIL = /^[\s,]*$/u;
  const gapBefore = (from: number, to: number): string => text.slice(from, to);
  for (const c of candidates) {
    const name = text.slice(c.start, c.end);
    const tokens = name.split(/\s+/u);
    let anchor: string | null = null;
    let office: OfficeHit | null = null;
    let titleStart = -1;
    let titleEnd = -1;
    // The last honorific or anchor right before the name.
    let cursor = c.start;
    const hon = honorifics.find((h) => h.end <= c.start && HON_TAIL.test(gapBefore(h.end, c.start)) && c.start - h.end <= 2);
    if (hon) {
      anchor = 'honorific';
      cursor = hon.start;
    }
    const anc = anchors.find((h) => h.end <= cursor && /^[\s,]*$/u.test(gapBefore(h.end, cursor)) && cursor - h.end <= 3);
    if (anc) {
      anchor ??= 'anchor';
      cursor = anc.start;
    }
    // An office before the name, joined by its complements ("ministre … de X, M. Y").
    for (let i = offices.length - 1; i >= 0; i--) {
      const o = offices[i] as OfficeHit;
      if (o.end > cursor) continue;
      if (cursor - o.end > 220) break;
      // "X, ministre burkinabè des …, Y, ministre malien …": an office in apposition to the name
      // before it is that name's, not a title before the next one.
      // A run that ends with an organisation or a place, or follows a preposition ("Sommet de la
      // Francophonie, le président …"), is no name.
      const nameLike = (x: Span): boolean => !places.some((g) => g.end === x.end) && !/(?:^|\s)(?:de|du|des|of|la|le|the|d['’]|l['’]|del)\s*$/iu.test(text.slice(Math.max(0, x.start - 6), x.start));
      if (candidates.some((x) => x !== c && x.end <= o.start && o.start - x.end <= 8 && /^\s*,\s*(?:(?:le|la|l['’]|the|el)\s+)?$/iu.test(text.slice(x.end, o.start)) && nameLike(x))) break;
      const ext = extendTitle(text, o.end, cursor, rules, places);
      // A capitalised word right after a demonym inside a title ("Nigeriens Abroad") is a title word.
      const afterDemonym = (x: Span): boolean => !/\s/u.test(text.slice(x.start, x.end)) && places.some((g) => g.kind === 'demonym' && g.end < x.start && /^\s+$/u.test(text.slice(g.end, x.start)));
      const between = candidates.some((x) => x !== c && x.start >= o.end && x.end <= cursor && !rules.portfolios.some((p) => p.regex.test(text.slice(x.start, x.end))) && !places.some((g) => g.start <= x.start && g.end >= x.end) && !afterDemonym(x));
      if (!between && /^[\s,]*(?:(?:le|la|l['’]|the|el)\s*)?$/iu.test(text.slice(ext, cursor))) {
        office = o;
        titleStart = o.start;
        titleEnd = cursor;
        anchor ??= 'office';
      }
      break;
    }
    // An office after the name, in apposition ("Y, ministre des Affaires étrangères de X").
    if (!office) {
      const after = /^\s*,\s*(?:(?:le|la|l['’]|the|el)\s+)?/iu.exec(text.slice(c.end, c.end + 8));
      if (after) {
        const at = c.end + after[0].length;
        const o = offices.find((x) => x.start === at);
        if (o && tokens.length >= 1) {
          office = o;
          titleStart = o.start;
          titleEnd = extendTitle(text, o.end, o.end + 220, rules, places);
          anchor ??= 'apposition';
        }
      }
    }
    const listed = inCounterpartList(c.start) ?? stateAfterName(c.end);
    if (!anchor && listed && tokens.length >= 2) anchor = 'counterpart-list';
    if (!anchor) {
      const given = (tokens[0] ?? '').toLowerCase();
      const demonymBefore = places.find((g) => g.kind === 'demonym' && /^\p{Lu}/u.test(g.text) && /^\s+$/u.test(text.slice(g.end, c.start)));
      const sentence = sentenceAt(c.start);
      const line = sentence && text.slice(sentence.start, sentence.end) === name;
      const plainWords = (ts: readonly string[]): boolean => !ts.some((t) => rules.commonWords.has(t.toLowerCase()) || rules.stopwords.has(t));
      if (tokens.length >= 2 && rules.givenNames.has(given)) anchor = 'given-name';
      else if (tokens.length >= 2 && tokens.length <= 3 && rules.familyNamesFirst.has(given) && plainWords(tokens.slice(1)) && !/^\p{Lu}+$/u.test(tokens[1] ?? '')) anchor = 'family-name-first';
      else if (demonymBefore) anchor = 'demonym';
      // A line of its own is a byline when it reads as a name: not shouted, no common words ("More News").
      else if (line && tokens.length >= 2 && tokens.length <= 4 && plainWords(tokens) && !tokens.every((t) => /^\p{Lu}{2,}$/u.test(t))) anchor = 'byline';
      else if (tokens.length >= 2 && tokens.length <= 4 && sentence && !tokens.some((t) => rules.commonWords.has(t.toLowerCase())) && text[c.end] !== '(') {
        // The tagger sees a short window around the candidate: its cost grows with the text.
        const window = { start: Math.max(sentence.start, c.start - 40), end: Math.min(sentence.end, c.end + 40), paragraph: sentence.paragraph };
        if (tagPeople(window).some((p) => p.includes(name) || name.includes(p))) anchor = 'nlp';
      }
    }
    if (!anchor) continue;
    // Title words, not names: "… Minister of International Relations", "… Affairs, Emigration and …",
    // "le président de la Transition".
    if (rules.portfolios.some((p) => p.regex.test(name))) continue;
    // After a preposition a capitalised run names a thing ("Union of Comoros"), unless it opens
    // with a known given name ("la candidature de Michelle Bachelet", "el Gobierno de Javier Milei").
    if (anchor !== 'honorific' && anchor !== 'given-name' && /(?:^|\s)(?:de|du|des|of|la|le|the|d['’]|l['’]|del)\s*$/iu.test(text.slice(Math.max(0, c.start - 6), c.start))) continue;
    if (anchor === 'office' && /(?:^|\s)(?:and|et|y)\s+(?:\p{Lu}\p{L}+\s+)?$/u.test(text.slice(Math.max(0, c.start - 20), c.start)) && !/,\s*$/u.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    // Skip candidates that are a title word only ("Président").
    if (tokens.length === 1 && (rules.stopwords.has(name) || name.length < 3)) continue;

    let country: CountryCode | null = null;
    let organization: string | null = null;
    let role: string | null = null;
    let roleOriginal: string | null = null;
    // "a former Chadian prime minister": the title anchors the name but is not a current office.
    const former = office !== null && rules.formerOffice.test(text.slice(Math.max(0, office.start - 40), office.start));
    if (office && !former) {
      // Demonyms and possessives just before the title belong to it ("Australian Foreign Minister", "Iraq's …").
      const leftExt = Math.max(0, office.start - 40);
      const before = countryIn(places, leftExt, office.start, 'last');
      // Within one line, and never across an article ("Singapour\n\nLe ministre turc …").
      const gap = before ? text.slice(before.end, office.start) : '';
      const joined = before && !gap.includes('\n') && !gap.split(/\s+/u).some((w) => rules.stopwords.has(w)) && /^(?:['’]s?)?(?:\s+(?:\p{Lu}[\p{L}-]*|and|et|y))*\s*$/u.test(gap);
      const t0 = joined && before ? before.start : titleStart;
      // A named state is surer than a demonym ("des Congolais … de la République du Congo").
      const inTitle = countryIn(places.filter((g) => g.kind === 'country'), titleStart, titleEnd, 'first') ?? countryIn(places, titleStart, titleEnd, 'first');
      roleOriginal = text.slice(office.start, Math.max(office.end, titleEnd)).replace(/[\s,]+$/u, '');
      role = officeLabel(office.office, roleOriginal, rules);
      if (office.office.international) {
        organization = office.office.organization ?? orgIn(places, t0, titleEnd + 60)?.id ?? null;
        if (!organization) organization = orgIn(places, Math.max(0, t0 - 120), titleEnd)?.id ?? null;
      } else {
        country = (joined ? before?.country : null) ?? inTitle?.country ?? null;
      }
    }
    if (!country && !organization && !former && !office?.office.international) {
      // "son homologue togolais, M. Y" (inside the anchor), "ses homologues du Mali, M. Y",
      // "et du Niger, M. Y" (a country right before the honorific).
      const near = anc ? countryIn(places, anc.start, c.start, 'last') : null;
      const last = countryIn(places, Math.max(0, cursor - 40), cursor, 'last');
      if (near) country = near.country;
      else if (last && /^[\s,]*$/u.test(text.slice(last.end, cursor)) && (hon || anc)) country = last.country;
      else if (listed) country = listed.country;
    }
    // "President Cyril Ramaphosa of South Africa": the state named right after the name.
    if (!country && office && !former && !office.office.international) {
      const of = /^\s+(?:of|de|du|de la|del|de l['’])\s*(?:the\s+)?/iu.exec(text.slice(c.end, c.end + 12));
      if (of) country = places.find((g) => g.kind === 'country' && g.start === c.end + of[0].length)?.country ?? null;
    }
    if (!country && office && !former && !office.office.international) country = office.office.defaultCountry;
    if (office) usedOffices.add(office);
    found.push({ start: c.start, end: c.end, name, personId: '', office: former ? null : (office?.office ?? null), role, roleOriginal, country, organization, anchor });
  }

  // Group: a full name is the longest form; short forms resolve to a full name sharing a token.
  const full = found.filter((f) => f.name.split(/\s+/u).length >= 2).sort((a, b) => b.name.length - a.name.length);
  const canon = new Map<string, string>();
  for (const f of full) {
    const key = slugify(lastToken(f.name));
    if (!canon.has(key)) canon.set(key, f.name);
  }
  // A longer name sharing the family name is the same person only if it holds the other's
  // given names (or their initials): "Ferdinand Marcos Jr" → "Ferdinand R. Marcos Jr", but
  // "Abdullah bin Zayed Al Nahyan" is not "Mohamed bin Zayed Al Nahyan".
  const sameGivenNames = (short: string[], long: string[]): boolean =>
    short.every((t) => long.includes(t) || (t.length === 1 && long.some((u) => u.startsWith(t))));
  const resolve = (name: string): string => {
    const toks = name.split(/\s+/u).map((t) => slugify(t));
    const last = slugify(lastToken(name));
    const byLast = canon.get(last);
    if (byLast && toks.length === 1) return byLast;
    if (byLast && byLast.length >= name.length) {
      const longToks = byLast.split(/\s+/u).map((t) => slugify(t));
      if (sameGivenNames(toks.filter(Boolean), longToks)) return byLast;
      for (const f of full) {
        const ft = f.name.split(/\s+/u).map((t) => slugify(t));
        if (f.name.length >= name.length && slugify(lastToken(f.name)) === last && sameGivenNames(toks.filter(Boolean), ft)) return f.name;
      }
      return name;
    }
    if (toks.length === 1) {
      for (const f of full) if (f.name.split(/\s+/u).some((t) => slugify(t) === toks[0])) return f.name;
    }
    return name;
  };
  // Unanchored short mentions of known persons ("Lavrov said", "Wong invited Jaishankar").
  const knownTokens = new Set<string>();
  for (const f of full) for (const t of f.name.split(/\s+/u)) if (t.length > 2 && !rules.particles.has(t.toLowerCase())) knownTokens.add(t);
  for (const c of candidates) {
    if (found.some((f) => f.start < c.end && c.start < f.end)) continue;
    const name = text.slice(c.start, c.end);
    const parts = name.split(/\s+/u);
    // A run of several known surnames is split ("Lamola Jaishankar" never happens; keep it simple).
    if (!parts.every((p) => knownTokens.has(p))) continue;
    found.push({ start: c.start, end: c.end, name, personId: '', office: null, role: null, roleOriginal: null, country: null, organization: null, anchor: 'second-mention' });
  }
  found.sort((a, b) => a.start - b.start);

  const byId = new Map<string, FoundPerson>();
  for (const f of found) {
    const canonical = resolve(f.name);
    const id = slugify(canonical);
    f.personId = id;
    let p = byId.get(id);
    if (!p) {
      p = { id, name: canonical, aliases: [], role: null, roleOriginal: null, country: null, organization: null, office: null, mentions: [], evidence: [] };
      byId.set(id, p);
    }
    const mutable = p as { -readonly [K in keyof FoundPerson]: FoundPerson[K] };
    if (f.name !== canonical && !p.aliases.includes(f.name)) p.aliases.push(f.name);
    if (!p.role && f.role) {
      mutable.role = f.role;
      mutable.roleOriginal = f.roleOriginal;
      mutable.office = f.office;
    }
    if (!p.country && f.country) mutable.country = f.country;
    if (!p.organization && f.organization) mutable.organization = f.organization;
    p.mentions.push(f);
    if (p.evidence.length < 3) {
      const s = sentenceAt(f.start);
      const start = s?.start ?? f.start;
      const end = s?.end ?? f.end;
      p.evidence.push({ start, end, quote: text.slice(start, end) });
    }
  }
  // A title without a name refers back to an office-holder: "la cheffe de la diplomatie
  // canadienne" gives Canada to the foreign minister named without a country.
  const persons = [...byId.values()];
  // A minister whose title holds the foreign-affairs portfolio among others ("ministre de
  // l'Intégration africaine et des Affaires étrangères") is the foreign minister.
  const foreignAffairs = rules.portfolios.find((p) => p.id === 'foreign-affairs');
  const foreignMinister = (p: FoundPerson): boolean =>
    Boolean(p.office?.foreignMinister || (p.office?.generic && foreignAffairs && p.role?.includes(foreignAffairs.label)));
  for (const o of offices) {
    if (usedOffices.has(o) || o.office.international) continue;
    if (rules.formerOffice.test(text.slice(Math.max(0, o.start - 40), o.start))) continue;
    const end = extendTitle(text, o.end, o.end + 80, rules, places);
    const before = countryIn(places, Math.max(0, o.start - 30), o.start, 'last');
    const c = countryIn(places, o.start, end, 'first') ?? (before && /^(?:['’]s?)?\s*$/u.test(text.slice(before.end, o.start)) ? before : null);
    if (!c?.country) continue;
    // The same post by id or by its English label: "ministre de l'Intégration africaine et des
    // Affaires étrangères" and "cheffe de la diplomatie" are both a foreign minister.
    const label = officeLabel(o.office, text.slice(o.start, end), rules);
    const sameOffice = (p: FoundPerson): boolean => p.office?.id === o.office.id || (p.role !== null && p.role === label) || (o.office.foreignMinister && foreignMinister(p));
    if (persons.some((p) => p.country === c.country && sameOffice(p))) continue;
    const orphan = persons.find((p) => !p.country && !p.organization && sameOffice(p));
    if (orphan) (orphan as { country: CountryCode | null }).country = c.country;
  }
  // "the President also received …": a bare title after a definite article, with no name and no
  // complement, refers back to a person named before it holding that post.
  for (const o of offices) {
    if (usedOffices.has(o) || !rules.titleReference.test(text.slice(Math.max(0, o.start - 6), o.start))) continue;
    if (/^[\s,]*\p{Lu}/u.test(text.slice(o.end, o.end + 3)) || extendTitle(text, o.end, o.end + 80, rules, places) > o.end) continue;
    if (places.some((g) => g.start >= o.end && g.start - o.end <= 2)) continue;
    // With several holders, the one the article names first (its lead's) is "the President".
    const first = (p: FoundPerson): number => p.mentions[0]?.start ?? Infinity;
    const holders = persons.filter((p) => p.office?.id === o.office.id && first(p) < o.start).sort((a, b) => first(a) - first(b));
    const p = holders[0];
    if (!p) continue;
    const m: PersonMention = { start: o.start, end: o.end, name: text.slice(o.start, o.end), personId: p.id, office: o.office, role: p.role, roleOriginal: null, country: p.country, organization: p.organization, anchor: 'title-reference' };
    p.mentions.push(m);
    found.push(m);
  }
  found.sort((a, b) => a.start - b.start);
  // Whole titles with their portfolios ("ministre de l'Intégration africaine et des Affaires
  // étrangères"): their words name a post, not a subject discussed.
  const titles: Span[] = offices.map((o) => ({ start: o.start, end: extendTitle(text, o.end, o.end + 220, rules, places) }));
  return { persons, mentions: found, offices, titles };
}
