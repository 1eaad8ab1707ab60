import { asciiFirstClass, asciiFirstForward } from './asciiFirstClass.js';
import { checkedPattern } from './checkSource.js';
import { cueList } from './cueList.js';
import { multiRules } from './multiPattern.js';
import { nameWords } from './nameWords.js';
import { readJson, strings } from './ruleJson.js';
import type { Rules } from './rules.js';
import { escapeRegExp } from './escapeRegExp.js';

const FILE = 'names.json';

/** The part of Rules that names.json (with the given-name lexicon) makes. */
export type NameRules = Pick<
  Rules,
  | 'nameArticles' | 'stateAfterName' | 'adverb' | 'titleToState' | 'accreditedTo' | 'titleReference' | 'beforeThing' | 'venueBefore' | 'venueFirst' | 'honorifics' | 'anchors' | 'particles' | 'patronymics'
  | 'nameJoiners' | 'namePrefixes' | 'stopwords' | 'headlineVerbs' | 'placePrepositions' | 'titleWords' | 'titleConjunctions' | 'portfolioPrepositions' | 'titleEnds' | 'placeNouns' | 'placeNounsAfter' | 'nameRegex' | 'givenNames' | 'familyNamesFirst' | 'commonWords' | 'paternalSurnameStates' | 'generationSuffixes'
>;

/** Loads and checks ingest/rules/names.json: honorifics, name anchors, particles and the words around names. Throws on a bad file. */
export function loadNames(): NameRules {
  const json = readJson(FILE);
  const honorifics = cueList(FILE, json.honorifics, 'honorifics', 'u');
  const anchors = cueList(FILE, json.anchors, 'anchors', 'u');
  return {
    nameArticles: wordList(json, 'nameArticles'),
    stateAfterName: new RegExp(`^(?:,?\\s+(?:${checkedPattern(FILE, json, 'stateAfterName')})\\s+|\\s*\\(\\s*)`, 'iu'),
    adverb: new RegExp(checkedPattern(FILE, json, 'adverbs'), 'iu'),
    titleToState: new RegExp(`(?<!\\p{L})${checkedPattern(FILE, json, 'titleToState')}\\s*$`, 'iu'),
    accreditedTo: new RegExp(`(?:^|\\s)${checkedPattern(FILE, json, 'accreditedTo')}$`, 'iu'),
    titleReference: new RegExp(`(?:^|[\\s(])${checkedPattern(FILE, json, 'titleReference')}\\s*$`, 'iu'),
    beforeThing: new RegExp(`(?:^|\\s)${checkedPattern(FILE, json, 'beforeThing')}\\s*$`, 'iu'),
    venueBefore: new RegExp(`(?:^|[\\s'’])${checkedPattern(FILE, json, 'venueBefore')}\\s*$`, 'iu'),
    venueFirst: new RegExp(`^${checkedPattern(FILE, json, 'venueBefore')}(?:\\s|$)`, 'iu'),
    honorifics: multiRules(FILE, honorifics, 'gu', true),
    anchors: multiRules(FILE, anchors, 'gu', true),
    particles: new Set(strings(FILE, json.particles, 'particles')),
    patronymics: new Set(wordList(json, 'patronymics')),
    paternalSurnameStates: new Set(wordList(json, 'paternalSurnameStates')),
    generationSuffixes: new Set(wordList(json, 'generationSuffixes')),
    portfolioPrepositions: new Set(wordList(json, 'portfolioPrepositions')),
    nameJoiners: new Set(wordList(json, 'nameJoiners')),
    namePrefixes: strings(FILE, json.namePrefixes, 'namePrefixes'),
    stopwords: new Set(withBareCapitals([...strings(FILE, json.stopwords, 'stopwords'), ...wordList(json, 'postNominals')])),
    headlineVerbs: new Set(wordList(json, 'headlineVerbs')),
    placePrepositions: new Set(wordList(json, 'placePrepositions')),
    titleWords: new Set(wordList(json, 'titleWords')),
    titleConjunctions: new Set(wordList(json, 'titleConjunctions')),
    titleEnds: new Set(wordList(json, 'titleEnds')),
    placeNouns: new Set(wordList(json, 'placeNouns')),
    placeNounsAfter: new Set(wordList(json, 'placeNounsAfter')),
    nameRegex: buildNameRegex(strings(FILE, json.namePrefixes, 'namePrefixes'), strings(FILE, json.particles, 'particles')),
    ...nameWords(),
  };
}

/** The words of an entry `{ reason, words }`. */
function wordList(json: Record<string, unknown>, key: string): string[] {
  return withBareCapitals(strings(FILE, (json[key] as Record<string, unknown> | undefined)?.words, `${key}.words`));
}

/**
 * The words, and each one opening on an accented capital also as French copy often prints it,
 * the accent dropped ("État" and "Etat", "Également" and "Egalement").
 */
function withBareCapitals(words: readonly string[]): string[] {
  const bare = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (w[0] as string).normalize('NFD').replace(/\p{M}+/gu, '') + w.slice(1));
  return [...new Set([...words, ...bare])];
}

/** Name candidates: capitalised tokens, initials ("S.", "L.P."), particles and prefixes from names.json. */
function buildNameRegex(prefixes: readonly string[], particles: readonly string[]): RegExp {
  const prefix = prefixes.map(escapeRegExp).join('|');
  // The scan tests a capital at every word start and a letter at every character of a capitalised
  // word: the classes are written to test ASCII inline (see asciiFirstForward).
  const upper = asciiFirstForward('\\p{Lu}');
  const lower = asciiFirstForward('\\p{Ll}');
  const inWord = asciiFirstForward("\\p{Ll}\\p{Lu}’'\\-");
  // A particle of several words ("de la") joins only a family name that ends the run ("Juan
  // Ramón de la Fuente"), not the words of a title or a place ("… Communautés de la Guinée-Bissau").
  const lastName = String.raw`(?=[ \u00a0]${upper}${lower}+(?![\p{L}’'\-]|[ \u00a0]${upper}))`;
  const particle = particles.map((w) => (/\s/u.test(w) ? escapeRegExp(w) + lastName : escapeRegExp(w))).join('|');
  const tok = `${upper}\\.(?:\\s?${upper}\\.)*(?=\\s${upper})|(?:(?:${prefix}))?${upper}${inWord}*(?:\\.${upper}\\.)?`;
  return new RegExp(`(?<!${asciiFirstClass("\\p{L}’'\\-")})(?:${tok})(?:[ \\u00a0](?:(?:${particle})[ \\u00a0])*(?:${tok}))*`, 'gu');
}
