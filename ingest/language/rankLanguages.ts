import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc-min's francAll, computed the other way round and to the same numbers. francAll looks
// every trigram of the sample up in each language's model (an object per language, 44 of them
// for the Latin script): two thirds of detectLanguage's cost. Here each trigram is looked up
// once, in an index holding its weight in every language of the script. Sums are of integers,
// and the sort and the normalisation are francAll's, so ranks and scores are identical (a unit
// test compares both on every kind of text).

/** francAll's sample cap, missing-trigram penalty and `und` answer. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UNDETERMINED: [string, number][] = [['und', 1]];

/** The languages of one script, and each trigram's weight in each (-1: not in its model). */
interface ScriptIndex {
  readonly languages: readonly string[];
  readonly weights: ReadonlyMap<string, Int16Array>;
}

function indexScript(models: Readonly<Record<string, string>>): ScriptIndex {
  const languages = Object.keys(models);
  const weights = new Map<string, Int16Array>();
  languages.forEach((language, k) => {
    const trigrams = models[language]!.split('|');
    // francAll's model keeps the first (lowest) weight of a trigram listed twice.
    trigrams.forEach((trigram, weight) => {
      let row = weights.get(trigram);
      if (!row) weights.set(trigram, (row = new Int16Array(languages.length).fill(-1)));
      if (row[k] === -1) row[k] = weight;
    });
  });
  return { languages, weights };
}

// Built once at load from franc-min's data, never changed afterwards.
const INDEX = new Map(Object.entries(data).map(([script, models]) => [script, indexScript(models)]));

/** francAll's top script: the first with the largest share of the sample's characters. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
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

/** francAll's distance of the sample to every language of the script, in the script's language order. */
function distances(counts: ReadonlyMap<string, number>, index: ScriptIndex): [string, number][] {
  const sums = new Array<number>(index.languages.length).fill(0);
  let missing = 0;
  for (const [trigram, count] of counts) {
    const row = index.weights.get(trigram);
    if (!row) {
      missing++;
      continue;
    }
    for (let k = 0; k < row.length; k++) sums[k]! += row[k] === -1 ? MAX_DIFFERENCE : Math.abs(count - row[k]! - 1);
  }
  return index.languages.map((language, k) => [language, sums[k]! + missing * MAX_DIFFERENCE]);
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
