import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc-min's francAll, computed the other way round and to the same numbers. francAll looks
// every trigram of the sample up in each language's model (an object per language, 44 of them
// for the Latin script): two thirds of detectLanguage's cost. Here each trigram is looked up
// once, in an index of the languages whose model holds it and its weight there. Sums are of integers,
// and the sort and the normalisation are francAll's, so ranks and scores are identical (a unit
// test compares both on every kind of text).

/** francAll's sample cap, missing-trigram penalty and `und` answer. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UNDETERMINED: [string, number][] = [['und', 1]];

/**
 * The languages of one script, and for each trigram the languages whose model holds it, each
 * entry `language index * 1024 + weight` (weights are below MAX_DIFFERENCE).
 */
interface ScriptIndex {
  readonly languages: readonly string[];
  readonly weights: ReadonlyMap<string, Int32Array>;
}

function indexScript(models: Readonly<Record<string, string>>): ScriptIndex {
  const languages = Object.keys(models);
  const lists = new Map<string, number[]>();
  languages.forEach((language, k) => {
    const trigrams = models[language]!.split('|');
    // francAll's model keeps the first (lowest) weight of a trigram listed twice.
    trigrams.forEach((trigram, weight) => {
      const list = lists.get(trigram) ?? [];
      if (!list.some((entry) => entry >> 10 === k)) list.push(k * 1024 + weight);
      lists.set(trigram, list);
    });
  });
  return { languages, weights: new Map([...lists].map(([trigram, list]) => [trigram, Int32Array.from(list)])) };
}

// Built once at load from franc-min's data, never changed afterwards.
const INDEX = new Map(Object.entries(data).map(([script, models]) => [script, indexScript(models)]));

/** Whether a regex can never match the empty string: no quantifier that allows none, no group, no assertion. */
const neverEmpty = (expression: RegExp): boolean => !/[?*()^$]|\{0|\\[bB]/.test(expression.source);

// franc-min's script expressions, each with whether its matches can be counted by test().
const SCRIPTS = Object.entries(expressions).map(([script, expression]) => ({ script, expression, countable: neverEmpty(expression) }));

/**
 * How many matches `value.match(expression)` holds for a global regex, without making the array:
 * francAll's expressions are character classes, and the array held one string per character.
 * A regex that could match the empty string (`countable` false) is counted by match() itself.
 */
function countMatches(value: string, expression: RegExp, countable: boolean): number {
  if (!countable) return value.match(expression)?.length ?? 0;
  let count = 0;
  expression.lastIndex = 0;
  while (expression.test(value)) count++;
  return count;
}

/** francAll's top script: the first with the largest share of the sample's characters. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const { script, expression, countable } of SCRIPTS) {
    const count = countMatches(value, expression, countable) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Each distinct trigram of the cleaned, padded sample with its count (trigram-utils' asDictionary). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * francAll's distance of the sample to every language of the script, in the script's language
 * order: MAX_DIFFERENCE per trigram, less what each trigram its model holds saves (integers).
 */
function distances(counts: ReadonlyMap<string, number>, index: ScriptIndex): [string, number][] {
  const saved = new Float64Array(index.languages.length);
  for (const [trigram, count] of counts) {
    const entries = index.weights.get(trigram);
    if (!entries) continue;
    for (const entry of entries) saved[entry >> 10]! += MAX_DIFFERENCE - Math.abs(count - (entry & 1023) - 1);
  }
  return index.languages.map((language, k) => [language, counts.size * MAX_DIFFERENCE - saved[k]!]);
}

/**
 * The languages `value` may be written in, best first, each with francAll's score (1 for the
 * best): exactly `francAll(value, { minLength })` of franc-min, faster.
 */
export function rankLanguages(value: string, minLength: number): [string, number][] {
  if (!value || value.length < minLength) return UNDETERMINED.map(([l, s]) => [l, s]);
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const index = script === undefined ? undefined : INDEX.get(script);
  if (!script || !index) return !script || share === 0 ? UNDETERMINED.map(([l, s]) => [l, s]) : [[script, 1]];
  const ranked = distances(trigramCounts(sample), index).sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
