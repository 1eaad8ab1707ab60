import { foldText } from '../../lexicons/foldText.js';
import type { OrganizationPatterns } from '../../rules/loadRules.js';
import type { Mention } from '../findMentions.js';
import { lowerWordBefore } from './lowerWordBefore.js';
import { overlapsAny, type PersonDoc, type Span } from './personDoc.js';
import { packedMap } from '../packedMap.js';

/** A piece of a capitalised run; `afterWords`: it follows a mention that has words of the run before it. */
interface RunPiece extends Span {
  readonly afterWords: boolean;
}

/**
 * Cuts a capitalised run at the gazetteer mentions inside it ("Sergueï Lavrov Moscou" → the
 * name; "The US Ambassador Jeffrey Feltman" → "The", "Ambassador Jeffrey Feltman"), keeping
 * organisations glued to a word ("RwandAir") and a place that is a family name ("Carlos Alberto
 * Lima"). `from` is the index of the first mention that can
 * still reach this run: mentions are sorted by start, and the ones that end before this run end
 * before every later run too.
 */
function cutAtMentions(doc: PersonDoc, run: Span, from: { index: number }): RunPiece[] {
  const places = doc.places;
  const pieces: RunPiece[] = [];
  let s = run.start;
  let afterWords = false;
  while (from.index < places.length && (places[from.index] as Mention).end <= s) from.index++;
  for (let gi = from.index; gi < places.length; gi++) {
    const g = places[gi] as Mention;
    if (g.start >= run.end) break;
    if (g.end <= s) continue;
    const glued = g.kind === 'organization' && !/\s/u.test(g.text) && /\p{Ll}\p{Lu}/u.test(g.text);
    if (glued || surnameAfterGivenNames(doc, g, run, s) || givenNameBeforeName(doc, g, run, s)) continue;
    if (g.start > s) {
      pieces.push({ start: s, end: g.start, afterWords });
      afterWords = true;
    }
    s = Math.max(s, g.end);
  }
  if (s < run.end) pieces.push({ start: s, end: run.end, afterWords });
  return pieces;
}

/**
 * "Victoria Villarruel", "Santiago Peña", "Israel Katz", "Maurice Kamto": a one-word city or
 * country that is a given name, opening a run that goes on with a name, is the given name,
 * unless a place preposition puts the place there ("à Victoria", "in Santiago Friday").
 */
function givenNameBeforeName(doc: PersonDoc, g: Mention, run: Span, from: number): boolean {
  if ((g.kind !== 'city' && g.kind !== 'country') || g.start !== from || g.start !== run.start || g.end >= run.end || /\s/u.test(g.text) || !doc.rules.givenNames.has(g.text.toLowerCase())) return false;
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(doc.text.slice(g.end, run.end))?.[1];
  const before = /(\p{L}+)\s*$/u.exec(doc.text.slice(Math.max(0, g.start - 20), g.start))?.[1];
  return next !== undefined && !doc.rules.stopwords.has(next) && !doc.places.some((p) => p.start === g.end + 1) && !(before && doc.rules.placePrepositions.has(before.toLowerCase()));
}

/**
 * "Carlos Alberto Lima", "Ana Paris": a one-word place ending a run of given names is the family
 * name, not a place.
 */
function surnameAfterGivenNames(doc: PersonDoc, g: Mention, run: Span, from: number): boolean {
  if (g.end !== run.end || g.start <= from || (g.kind !== 'city' && g.kind !== 'country') || /\s/u.test(g.text)) return false;
  // An abbreviated style before them ("Mme", "Sr.", "Dr") is no name.
  const before = doc.text.slice(from, g.start).trim().split(/\s+/u).filter((w, i) => i > 0 || !/^\p{Lu}\p{Ll}{0,2}\.?$/u.test(w));
  return before.length > 0 && before.every((w) => doc.rules.givenNames.has(w.toLowerCase()));
}

/** "Minister Johnson Smith Meets New US Ambassador": a headline's verb inside a capitalised run ends the name before it. */
function cutAtHeadlineVerbs(doc: PersonDoc, piece: RunPiece): RunPiece[] {
  const out: RunPiece[] = [];
  let s = piece.start;
  for (const w of doc.text.slice(piece.start, piece.end).matchAll(/\S+/gu)) {
    const start = piece.start + (w.index as number);
    if (start === piece.start || !doc.rules.headlineVerbs.has(w[0].replace(/[.,’']+$/u, ''))) continue;
    if (start > s) out.push({ start: s, end: start, afterWords: piece.afterWords || out.length > 0 });
    s = start + w[0].length;
  }
  if (s < piece.end) out.push({ start: s, end: piece.end, afterWords: piece.afterWords || out.length > 0 });
  return out;
}

/**
 * "Theresa May", "Thomas West": a month, a weekday or a compass word right after a given name
 * is a family name, unless a day follows ("… Ruth May 5"). `piece` is the whole span, `length`
 * long, that ends at `end`.
 */
function familyAfterGiven(doc: PersonDoc, piece: string, length: number, end: number): boolean {
  const m = /(\S+)\s+(\p{Lu}\p{Ll}+)$/u.exec(piece);
  return Boolean(m) && piece.length === length && doc.rules.givenNames.has((m?.[1] as string).toLowerCase()) && !/^\s*\d/u.test(doc.text.slice(end));
}

/** "Julio César Arriola", "Domingo Cavallo": a month or a weekday that is also a given name opens a name when a name word follows it. */
function givenBeforeName(rules: PersonDoc['rules'], word: string, rest: string): boolean {
  return rules.givenNames.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(rest) && rules.dateHint.test(word);
}

/** A word that ends no name: a stopword, a particle, an elided article before a lower-case noun ("… Didier Burkhalter L'annonce de …"). */
function closesName(rules: PersonDoc['rules'], w: string): boolean {
  return rules.stopwords.has(w) || rules.particles.has(w) || /^\p{Lu}['’]\p{Ll}/u.test(w);
}

// trimName's helpers are module functions, not closures: it runs for every piece of every
// capitalised run, and a closure made per call costs its allocation (and, under tsx, a call
// that names it).

/**
 * Trims what cannot begin or end a name: spaces, a possessive left by a cut country ("India's
 * External Affairs Minister …"), stopwords, particles, honorifics and office words at both ends,
 * and an English possessive at the end ("Raila Odinga's bid"). Null when nothing is left.
 */
function trimName(doc: PersonDoc, span: Span): Span | null {
  const { text, rules } = doc;
  let { start: s, end: e } = span;
  while (s < e && /[\s,]/u.test(text[s] as string)) s++;
  const possessive = /^['’]s?(?=\s)/u.exec(text.slice(s, s + 3));
  if (possessive) {
    s += possessive[0].length;
    while (s < e && /[\s,]/u.test(text[s] as string)) s++;
  }
  let piece = text.slice(s, e);
  // "… Diaspora Affairs Musalia Mudavadi": the name starts after the last word closing a title,
  // when two words at least are left.
  const words = piece.split(/\s+/u);
  const titleEnd = words.findLastIndex((w, i) => i <= words.length - 3 && rules.titleEnds.has(w));
  if (titleEnd >= 0) {
    const cut = words.slice(0, titleEnd + 1).join(' ').length;
    const gap = /^\s+/u.exec(piece.slice(cut))?.[0].length ?? 0;
    s += cut + gap;
    piece = piece.slice(cut + gap);
  }
  // "FS Dr Misri": an honorific inside the run opens the name; the words before it are no name.
  const inner = doc.honorifics.filter((h) => h.start > s && h.end < e).at(-1);
  if (inner) {
    s = inner.end + (/^[.\s]*/u.exec(text.slice(inner.end, e))?.[0].length ?? 0);
    piece = text.slice(s, e);
  }
  for (let first = /^(\S+)\s+/u.exec(piece); ; first = /^(\S+)\s+/u.exec(piece)) {
    const firstWord = (first?.[1] ?? piece).replace(/[.’']+$/u, '');
    const stopword = rules.stopwords.has(firstWord) && !givenBeforeName(rules, firstWord, piece.slice(first?.[0].length ?? piece.length));
    if (!(stopword || rules.particles.has(firstWord) || overlapsAny(doc.honorifics, s, s + 1) || overlapsAny(doc.offices, s, s + 1))) break;
    if (!first) return null;
    s += first[0].length;
    piece = piece.slice(first[0].length);
  }
  // "Juan Pérez de Chile": a run cut before a place keeps the particle and the space before it; a
  // person's name (a given name first, no office word) ends before them. Other runs keep them,
  // which marks them as no one's name ("Aeropuerto Internacional de …").
  const firstGiven = rules.givenNames.has((/^\S+/u.exec(piece)?.[0] ?? '').toLowerCase());
  if (firstGiven && /\s$/u.test(piece) && !piece.split(/\s+/u).some((w) => rules.titleWords.has(w) || rules.titleWords.has(w.toLowerCase()))) piece = piece.trimEnd();
  for (let last = /\s+(\S+)$/u.exec(piece); last && closesName(rules, last[1] as string) && !familyAfterGiven(doc, piece, e - s, e); last = /\s+(\S+)$/u.exec(piece)) {
    piece = piece.slice(0, piece.length - last[0].length);
  }
  piece = piece.replace(/['’]s$/u, '').replace(/[.’'\-\s]+$/u, '');
  e = s + piece.length;
  if (!piece || rules.stopwords.has(piece) || piece.length < 2) return null;
  // Short all-capital words are acronyms; a single word inside an office title is a title word.
  if (/^\p{Lu}+$/u.test(piece) && piece.length <= 6) return null;
  if (overlapsAny(doc.offices, s, e) && !/\s/u.test(piece)) return null;
  return { start: s, end: e };
}

/**
 * "el Gobierno de Pedro Sánchez", "Labour leader Keir Starmer", "Gobierno de Sánchez": a run that
 * ends with a name the actor dictionary knows, after capitalised words that are not part of it,
 * is that name. The longest such ending; the run itself when none.
 */
function actorEnding(doc: PersonDoc, span: Span): Span {
  const piece = doc.text.slice(span.start, span.end);
  if (doc.actors.named(piece)) return span;
  const words = piece.split(/\s+/u);
  const starts = packedMap([...piece.matchAll(/\s+(?=\S)/gu)], (m) => (m.index as number) + m[0].length);
  for (const [i, at] of starts.entries()) {
    const rest = piece.slice(at);
    // A lone family name only after a particle ("Gobierno de Sánchez"): after a capitalised word
    // it may be someone else's ("Anwar Hossain", "Chidi Okonkwo").
    const lone = !/\s/u.test(rest);
    const before = (words[i] ?? '').toLowerCase();
    // "Ismail Ould Cheikh Ahmed" is one name: what follows "ould" or "bin" is never another's.
    if (doc.rules.patronymics.has(before) || (lone && !doc.rules.particles.has(before))) continue;
    const known = lone ? doc.actors.bySurname(rest) : doc.actors.named(rest);
    if (known && !doc.rules.particles.has(rest.split(/\s+/u)[0]?.toLowerCase() ?? '')) return { start: span.start + at, end: span.end };
  }
  return span;
}

/** "… de la Unión de Naciones Suramericanas (Unasur)": one word in parentheses after a name is its short form. */
function acronymInParentheses(doc: PersonDoc, span: Span): boolean {
  return doc.text[span.start - 1] === '(' && doc.text[span.end] === ')';
}

/**
 * "Ministerio de Relaciones Exteriores", "Banque africaine …": a run that opens with an
 * organisation's head word (organizationPatterns.json "heads" that may start a name), or of two
 * words or more that ends with one that may end it, names a body, never a person, whatever title
 * an apposition gives it; so does a run of two words or more that ends with a site's noun
 * ("Kenneth Kaunda International Airport").
 */
function namesABodyOrSite(doc: PersonDoc, span: Span): boolean {
  const words = doc.text.slice(span.start, span.end).split(/\s/u);
  const last = words[words.length - 1] as string;
  const { heads, headForms } = doc.rules.organizationPatterns;
  if (headAt(heads, headForms, words[0] as string, HEAD_OPENING)) return true;
  // "the Indonesian Presidential Secretariat": a run of two words or more that ends with a head word names a body too.
  return words.length >= 2 && (headAt(heads, headForms, last, HEAD_CLOSING) || doc.rules.placeNounsAfter.has(last.toLowerCase()));
}

/** Positions of a head word that may open a name, and that may close one. */
const HEAD_OPENING: readonly string[] = ['any', 'start'];
const HEAD_CLOSING: readonly string[] = ['any', 'end'];

/** An organisation's head word, written as listed, that may stand at one of `positions` in a name. */
function headAt(heads: OrganizationPatterns['heads'], headForms: OrganizationPatterns['headForms'], word: string, positions: readonly string[]): boolean {
  return headForms.has(word.toLowerCase()) && (heads['*']?.get(foldText(word)) ?? []).some((h) => positions.includes(h.position));
}

/** "la plaza Murillo", "avenue Habib Bourguiba": a run right after a lower-case noun of a place is that place's name. */
function namesAPlace(doc: PersonDoc, start: number): boolean {
  const before = lowerWordBefore(doc.text, start, 20);
  return before !== null && doc.rules.placeNouns.has(before);
}

/** Name candidates: maximal runs of capitalised tokens, initials and particles, cut at gazetteer mentions and trimmed. */
export function findNameCandidates(doc: PersonDoc): Span[] {
  const out: Span[] = [];
  // The rules' own regex, restarted: nothing else reads it, and a copy per article costs a compile-cache lookup.
  const re = doc.rules.nameRegex;
  re.lastIndex = 0;
  const from = { index: 0 };
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (namesAPlace(doc, m.index)) continue;
    for (const piece of cutAtMentions(doc, { start: m.index, end: m.index + m[0].length }, from).flatMap((p) => cutAtHeadlineVerbs(doc, p))) {
      const trimmed = trimName(doc, piece);
      const whole = trimmed && /\s/u.test(doc.text.slice(trimmed.start, trimmed.end));
      // Between a mention and the words before it only a whole name: a lone word there ends the
      // name of a thing ("The Canadian Press"); after a demonym opening the run it may be a name.
      if (!trimmed || !(whole || !piece.afterWords) || (!whole && acronymInParentheses(doc, trimmed))) continue;
      const name = whole ? actorEnding(doc, trimmed) : trimmed;
      if (!namesABodyOrSite(doc, name)) out.push(name);
    }
  }
  return withoutCutOffEnd(doc, out);
}

/**
 * A saved page often stops mid-word ("… President Emb"): a name running into the end of the
 * text loses its last word when that word begins a longer word of another name ("Embalo").
 */
function withoutCutOffEnd(doc: PersonDoc, candidates: Span[]): Span[] {
  const last = candidates[candidates.length - 1];
  if (!last || doc.text.slice(last.end).trim() !== '') return candidates;
  const name = doc.text.slice(last.start, last.end);
  const word = /\S+$/u.exec(name)?.[0] ?? '';
  const cutOff = candidates.some((c) => c !== last && doc.text.slice(c.start, c.end).split(/\s+/u).some((w) => w.length > word.length && w.startsWith(word)));
  if (!cutOff) return candidates;
  const kept = name.slice(0, name.length - word.length).trimEnd();
  return kept ? [...candidates.slice(0, -1), { start: last.start, end: last.start + kept.length }] : candidates.slice(0, -1);
}
