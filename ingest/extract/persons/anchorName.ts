import type { Mention } from '../findMentions.js';
import type { Sentence } from '../splitSentences.js';
import { extendTitle, portfolioListAt } from './extendTitle.js';
import { listedState } from './listedState.js';
import { sentenceAt, type OfficeHit, type PersonDoc, type Span } from './personDoc.js';

/** Why a candidate is a name, and the marks next to it that say more about the person. */
export interface Anchoring {
  /** "honorific", "anchor", "office", "apposition", "counterpart-list", "given-name", … */
  readonly anchor: string;
  readonly office: OfficeHit | null;
  /** The title around the office (with its complements), or -1. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Where the honorific or anchor right before the name starts (the name's start without one). */
  readonly cursor: number;
  readonly honorific: Span | null;
  readonly anchorSpan: Span | null;
  /** The state a list gives the name ("ses homologues de Turquie, X"). */
  readonly listed: Mention | null;
}

/**
 * The NLP tagger's view of a span (English only, bounded by the caller): asking reserves the
 * span, as the tagger's budget counts it, and the names it finds are computed when first read.
 */
export type TagPeople = (sentence: Sentence) => () => readonly string[];

interface Title {
  readonly office: OfficeHit;
  readonly titleStart: number;
  readonly titleEnd: number;
}

/** An honorific ending right before `at`: two characters at most between, spaces or a comma. */
function honorificRightBefore(doc: PersonDoc, at: number): Span | null {
  return doc.honorifics.find((h) => h.end <= at && /^[\s,]*$/u.test(doc.text.slice(h.end, at)) && at - h.end <= 2) ?? null;
}

// The helpers of marksBefore and officeBefore are module functions, not closures: these run for
// every name candidate, and a closure made per call costs its allocation (and, under tsx, a
// call that names it).

/** The last honorific ("M.", "S.E.") and anchor ("son homologue togolais") right before the name. */
function marksBefore(doc: PersonDoc, c: Span): { honorific: Span | null; anchorSpan: Span | null; cursor: number } {
  const honorific = honorificRightBefore(doc, c.start);
  let cursor = honorific?.start ?? c.start;
  // "H.E. Mrs. X", "S.E. M. X": styles stack; the title ends before the first.
  for (let h = honorific && honorificRightBefore(doc, cursor); h; h = honorificRightBefore(doc, cursor)) cursor = h.start;
  const anchorSpan = doc.anchors.find((h) => h.end <= cursor && /^[\s,]*$/u.test(doc.text.slice(h.end, cursor)) && cursor - h.end <= 3) ?? null;
  if (anchorSpan) cursor = anchorSpan.start;
  return { honorific, anchorSpan, cursor };
}

/**
 * A run that ends with an organisation or a place, or follows a preposition ("Sommet de la
 * Francophonie, le président …"), is no name.
 */
function nameLike(doc: PersonDoc, x: Span): boolean {
  return !doc.places.some((g) => g.end === x.end) && !doc.rules.beforeThing.test(doc.text.slice(Math.max(0, x.start - 6), x.start));
}

/** A lone capitalised word that the title goes on after ("… et des Communautés de la Guinée-Bissau, X") is a title word. */
function continuesTitle(doc: PersonDoc, x: Span): boolean {
  return !/\s/u.test(doc.text.slice(x.start, x.end)) && /^\s+(?:de|des|du|d['’]|of|for|del)\b/iu.test(doc.text.slice(x.end, x.end + 6));
}

/** A capitalised word right after a demonym inside a title ("Nigeriens Abroad") is a title word. */
function afterDemonym(doc: PersonDoc, x: Span): boolean {
  return !/\s/u.test(doc.text.slice(x.start, x.end)) && doc.places.some((g) => g.kind === 'demonym' && g.end < x.start && /^\s+$/u.test(doc.text.slice(g.end, x.start)));
}

/** Candidate `x` (not `c`) is a name the office `o` right after it stands in apposition to ("X, le procureur de la CPI, …"). */
function apposedTo(doc: PersonDoc, x: Span, c: Span, o: OfficeHit): boolean {
  return x !== c && x.end <= o.start && o.start - x.end <= 8 && /^\s*,\s*(?:(?:le|la|l['’]|the|el)\s+)?$/iu.test(doc.text.slice(x.end, o.start)) && nameLike(doc, x);
}

/**
 * "viceministra de Relaciones Económicas, X": a capitalised run right after the title's
 * preposition, that its complements (up to `ext`) cover, is a portfolio.
 */
function portfolioRun(doc: PersonDoc, x: Span, o: OfficeHit, ext: number): boolean {
  return x.end <= ext && doc.rules.portfolioPrepositions.has(doc.text.slice(o.end, x.start).trim());
}

/**
 * An office before the name, joined to it by its complements ("ministre … de X, M. Y"). Not an
 * office in apposition to a name before it ("X, ministre burkinabè …, Y"), nor one with another
 * name between it and this one.
 */
function officeBefore(doc: PersonDoc, c: Span, cursor: number, candidates: readonly Span[]): Title | null {
  const { text, places, rules } = doc;
  for (let i = doc.offices.length - 1; i >= 0; i--) {
    const o = doc.offices[i] as OfficeHit;
    if (o.end > cursor) continue;
    if (cursor - o.end > 220) return null;
    // "X, le procureur de la CPI, Y": the title is X's apposition, unless X has a title of its
    // own before it ("le commissaire général de l'UNRWA, M. X, le procureur …, Y": a list).
    if (candidates.some((x) => apposedTo(doc, x, c, o) && !officeBefore(doc, x, marksBefore(doc, x).cursor, candidates))) return null;
    const ext = extendTitle(text, o.end, cursor, rules, places);
    // "ministra de Inclusión, Seguridad Social y Migraciones, X": the run after the comma lists more portfolios.
    const comma = /,\s*$/u.exec(text.slice(o.end, c.start));
    if (comma && portfolioListAt(text, o.end + comma.index + 1, rules)) return null;
    const between = candidates.some((x) => x !== c && x.start >= o.end && x.end <= cursor && !portfolioRun(doc, x, o, ext) && !(x.end <= ext && /,\s*$/u.test(text.slice(o.end, x.start))) && !rules.portfolioAt.test(text.slice(x.start, cursor)) && !places.some((g) => g.start <= x.start && g.end >= x.end) && !afterDemonym(doc, x) && !closesTitle(doc, x, c, cursor) && !continuesTitle(doc, x));
    // A title joins the name on its own line: not a caption under the sentence that ends with it.
    const gap = text.slice(ext, cursor);
    if (!between && !gap.includes('\n') && /^[\s,]*(?:(?:le|la|l['’]|the|el)\s*)?$/iu.test(gap)) return { office: o, titleStart: o.start, titleEnd: cursor };
    return null;
  }
  return null;
}

/**
 * A single capitalised word right before ", Name" (or ", M. Name": `nextFrom` is where the name's
 * honorific starts) ends the title before that name ("… de los Residentes en el Extranjero, X"):
 * a title word, not a name.
 */
function closesTitle(doc: PersonDoc, x: Span, next: Span | undefined, nextFrom = next?.start ?? 0): boolean {
  if (!next || /\s/u.test(doc.text.slice(x.start, x.end)) || !/\s/u.test(doc.text.slice(next.start, next.end))) return false;
  return /^\s*,\s*$/u.test(doc.text.slice(x.end, nextFrom));
}

/**
 * An office after the name, in apposition ("Y, ministre des Affaires étrangères de X"), its
 * state possibly first ("Y, France's Minister for Europe", "Y, the Lithuanian Foreign Minister").
 */
function officeAfter(doc: PersonDoc, c: Span, candidates: readonly Span[]): Title | null {
  const after = /^\s*,\s*(?:(?:le|la|l['’]|the|el)\s+)?/iu.exec(doc.text.slice(c.end, c.end + 8));
  if (!after) return null;
  let at = c.end + after[0].length;
  const state = doc.places.find((g) => g.start === at && (g.kind === 'country' || g.kind === 'demonym'));
  if (state) at = state.end + (/^['’]s\s+|^\s+/u.exec(doc.text.slice(state.end, state.end + 4))?.[0].length ?? 0);
  const o = doc.offices.find((x) => x.start === at);
  if (!o) return null;
  const titleEnd = extendTitle(doc.text, o.end, o.end + 220, doc.rules, doc.places);
  // "… à El Mahbes, le roi Mohammed VI": a title a name follows at once is that name's.
  const owned = candidates.some((x) => x !== c && x.start >= o.end && /^\s+$/u.test(doc.text.slice(o.end, x.start)));
  return owned ? null : { office: o, titleStart: o.start, titleEnd };
}

/** Words none of which is a common word or a stopword. */
function plainWords(rules: PersonDoc['rules'], tokens: readonly string[]): boolean {
  return !tokens.some((t) => rules.commonWords.has(t.toLowerCase()) || rules.stopwords.has(t));
}

/** A name recognised by its own shape: a given name, a family name that comes first, a demonym before it, a byline, the actor dictionary, the tagger. */
function anchorByShape(doc: PersonDoc, c: Span, tokens: readonly string[], tagPeople: TagPeople): string | null {
  const { text, rules } = doc;
  const name = text.slice(c.start, c.end);
  const given = (tokens[0] ?? '').toLowerCase();
  const sentence = sentenceAt(doc, c.start);
  // A compound given name is given names joined by a hyphen ("Jean-Yves", "Marie-Claude").
  if (tokens.length >= 2 && (rules.givenNames.has(given) || (given.includes('-') && given.split('-').every((g) => rules.givenNames.has(g))))) return 'given-name';
  if (tokens.length >= 2 && tokens.length <= 3 && rules.familyNamesFirst.has(given) && plainWords(rules, tokens.slice(1)) && !/^\p{Lu}+$/u.test(tokens[1] ?? '')) return 'family-name-first';
  // "the Indian High Commission": a common word after a demonym is no name.
  if (plainWords(rules, tokens) && doc.places.some((g) => g.kind === 'demonym' && /^\p{Lu}/u.test(g.text) && /^\s+$/u.test(text.slice(g.end, c.start)))) return 'demonym';
  // A line of its own is a byline when it reads as a name: not shouted, no common words ("More News").
  const line = sentence && text.slice(sentence.start, sentence.end) === name;
  if (line && tokens.length >= 2 && tokens.length <= 4 && plainWords(rules, tokens) && !tokens.every((t) => /^\p{Lu}{2,}$/u.test(t))) return 'byline';
  // A name the actor dictionary knows, whole or as the lone family name of one actor in office.
  if (tokens.length >= 2 ? doc.actors.named(name) : !/^\p{Lu}+$/u.test(name) && doc.actors.bySurname(name)) return 'actor';
  if (tokens.length < 2 || tokens.length > 4 || !sentence || tokens.some((t) => rules.commonWords.has(t.toLowerCase())) || text[c.end] === '(') return null;
  // The tagger sees a short window around the candidate: its cost grows with the text.
  const window = { start: Math.max(sentence.start, c.start - 40), end: Math.min(sentence.end, c.end + 40), paragraph: sentence.paragraph };
  const people = tagPeople(window);
  // A run that is no name whatever the tagger says: its names need not be computed (a tagger
  // call costs about two milliseconds), though the window is still asked for, and so counted.
  if (isNoName(doc, c, tokens, 'nlp')) return null;
  return people().some((p) => p.includes(name) || name.includes(p)) ? 'nlp' : null;
}

/**
 * Title words, not names ("… Minister of International Relations"); a capitalised run after a
 * preposition names a thing ("Union of Comoros", "US Ambassador on Areas of Cooperation") unless an honorific or a given name opens it;
 * a name after "and" is not the one an office before it names; a lone title word or adverb.
 */
function isNoName(doc: PersonDoc, c: Span, tokens: readonly string[], anchor: string): boolean {
  const { text, rules } = doc;
  const name = text.slice(c.start, c.end);
  if (rules.portfolioAt.test(name)) return true;
  if (anchor !== 'honorific' && anchor !== 'given-name' && anchor !== 'actor' && rules.beforeThing.test(text.slice(Math.max(0, c.start - 6), c.start))) return true;
  if (anchor !== 'honorific' && (rules.venueBefore.test(text.slice(Math.max(0, c.start - 40), c.start)) || rules.venueFirst.test(name))) return true;
  // "In Capri, Minister X …": a lone word after a locative preposition is a place, whatever follows it.
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, c.start - 6), c.start))?.[1];
  if (anchor !== 'honorific' && anchor !== 'given-name' && tokens.length === 1 && before !== undefined && rules.placePrepositions.has(before.toLowerCase())) return true;
  // "… and Trade Sarah Brown": a portfolio after "and" goes on with the title, whose name follows.
  const afterAnd = /(?:^|\s)(\p{Ll}+)\s+(?:(\p{Lu}\p{L}+)\s+)?$/u.exec(text.slice(Math.max(0, c.start - 20), c.start));
  if (anchor === 'office' && afterAnd && rules.titleConjunctions.has(afterAnd[1] as string) && !rules.titleEnds.has(afterAnd[2] ?? '') && !/,\s*$/u.test(text.slice(Math.max(0, c.start - 12), c.start))) return true;
  // "the Kazakh Minister for Energy and …": a lone word right after a title's preposition is a portfolio.
  if (anchor === 'office' && tokens.length === 1 && before !== undefined && rules.portfolioPrepositions.has(before)) return true;
  // "… President Muizzu. Discusses many areas": a headline verb opening a sentence is no name.
  return tokens.length === 1 && (rules.stopwords.has(name) || name.length < 3 || rules.adverb.test(name) || rules.headlineVerbs.has(name));
}

/** Why a candidate is a person's name, with the marks around it; null when nothing says it is. */
export function anchorName(doc: PersonDoc, c: Span, candidates: readonly Span[], tagPeople: TagPeople): Anchoring | null {
  const tokens = doc.text.slice(c.start, c.end).split(/\s+/u);
  const { honorific, anchorSpan, cursor } = marksBefore(doc, c);
  const title = officeBefore(doc, c, cursor, candidates);
  const apposed = title ? null : officeAfter(doc, c, candidates);
  const listed = listedState(doc, c.start, c.end);
  const anchor =
    (honorific ? 'honorific' : null) ??
    (anchorSpan ? 'anchor' : null) ??
    (title ? 'office' : null) ??
    (apposed ? 'apposition' : null) ??
    (listed && tokens.length >= 2 ? 'counterpart-list' : null) ??
    anchorByShape(doc, c, tokens, tagPeople);
  if (!anchor || isNoName(doc, c, tokens, anchor)) return null;
  if (anchor === 'office' && closesTitle(doc, c, candidates.find((x) => x.start > c.end))) return null;
  const t = title ?? apposed;
  return { anchor, office: t?.office ?? null, titleStart: t?.titleStart ?? -1, titleEnd: t?.titleEnd ?? -1, cursor, honorific, anchorSpan, listed };
}
