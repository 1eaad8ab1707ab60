import type { LanguageCode } from '../../src/domain/article.js';
import { flatStep, flattenTrie, mayMatchAt, type CaseCheck, type CompiledPattern } from '../lexicons/compilePatterns.js';
import { foldText, isWordCode } from '../lexicons/foldText.js';
import type { Gazetteer, MentionPayload } from '../lexicons/loadGazetteer.js';

/**
 * One lexicon hit in the text: the matcher's payload (kind, lexicon id — ISO-2 for countries
 * and demonyms —, the country it refers to, demonym gender and number, capital, shared-demonym
 * alternatives, organisation a city stands for, acronym) without its matching-only fields, plus
 * where it stands. Offsets are UTF-16 indexes into the text, end exclusive.
 */
export interface Mention extends Omit<MentionPayload, 'langs' | 'layer'> {
  readonly start: number;
  readonly end: number;
  /** The matched text as written. */
  readonly text: string;
}

const LOWER = /\p{Ll}/u;

function caseHolds(text: string, at: number, checks: readonly CaseCheck[]): boolean {
  for (const c of checks) {
    if (c.allCaps) {
      for (let i = at + c.start; i < at + c.end; i++) if (LOWER.test(text[i]!)) return false;
    } else if (LOWER.test(text[at + c.start]!)) return false;
  }
  return true;
}

const UPPER_WORD = /^\p{Lu}{2,}$/u;

/**
 * A short capitalised acronym inside capitalised running text ("UN ACCORD SIGNÉ") is a word
 * shouted, not an acronym: reject it when the word before or after is in capitals too.
 */
function shouted(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[\s'’]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const after = /^[\s'’]*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return UPPER_WORD.test(before) || UPPER_WORD.test(after);
}

function languageHolds(p: MentionPayload, language: LanguageCode | null): boolean {
  return p.langs === null || language === null || p.langs.includes(language);
}

// Every mention has every field (undefined when it does not apply): one object shape keeps the
// many loops over mentions downstream monomorphic.
function toMention(p: MentionPayload, text: string, start: number, end: number): Mention {
  return {
    kind: p.kind, id: p.id, start, end, text: text.slice(start, end), country: p.country,
    gender: p.gender,
    plural: p.plural,
    capital: p.capital,
    alternatives: p.alternatives ?? undefined,
    standsFor: p.standsFor ?? undefined,
    acronym: p.acronym,
  };
}

/**
 * Finds every gazetteer mention in one pass over a folded copy of the text with the trie built
 * by loadGazetteer, sorted by start. Matches start and end at word boundaries (an elided article
 * such as l'/d' is a boundary), respect the case the lexicon writes, and the longest leftmost
 * match wins; entities and topics are matched independently of each other, except that a topic
 * keyword inside an organisation's name is dropped. `folded` is foldText(text), when the caller
 * already has it.
 */
export function findMentions(text: string, language: LanguageCode | null, gazetteer: Gazetteer, folded: string = foldText(text)): Mention[] {
  const n = text.length;
  const trie = flattenTrie(gazetteer.matcher);
  const out: Mention[] = [];
  const cursor = [0, 0];
  const bestEnd = [-1, -1];
  const bestAt: CompiledPattern<MentionPayload>[][] = [[], []];

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    if (i + 3 < n && !mayMatchAt(trie, folded.charCodeAt(i), folded.charCodeAt(i + 1), folded.charCodeAt(i + 2), folded.charCodeAt(i + 3))) continue;
    let node = 0;
    // No need to empty bestAt here: the first pattern a layer takes is longer than -1 and
    // empties it (setting an array's length is a runtime call, and this runs at every word).
    bestEnd[0] = bestEnd[1] = -1;
    for (let j = i; j < n; ) {
      const step = flatStep(trie, node, folded.charCodeAt(j));
      if (step < 0) break;
      node = step >> 1;
      j++;
      // Most steps end no pattern: the mark in the step spares a read of the outs table.
      if ((step & 1) === 0) continue;
      const outs = trie.outs[node]!;
      const lastIsWord = isWordCode(text.charCodeAt(j - 1));
      for (const p of outs) {
        let end = j;
        if (p.prefix) while (end < n && isWordCode(text.charCodeAt(end))) end++;
        else if (lastIsWord && end < n && isWordCode(text.charCodeAt(end))) continue;
        if (!languageHolds(p.payload, language) || !caseHolds(text, i, p.caseChecks)) continue;
        if (p.payload.acronym && end - i <= 3 && shouted(text, i, end)) continue;
        const layer = p.payload.layer;
        if (end > bestEnd[layer]!) {
          bestEnd[layer] = end;
          bestAt[layer]!.length = 0;
        }
        if (end === bestEnd[layer]) bestAt[layer]!.push(p);
      }
    }
    // Layer 0: one entity per span, the first kind in lexicon order; layer 1: every topic.
    const e = bestEnd[0]!;
    if (e > 0 && i >= cursor[0]!) {
      out.push(toMention(bestAt[0]![0]!.payload, text, i, e));
      cursor[0] = e;
    }
    const t = bestEnd[1]!;
    if (t > 0 && i >= cursor[1]!) {
      const seen = new Set<string>();
      for (const p of bestAt[1]!) {
        if (seen.has(p.payload.id)) continue;
        seen.add(p.payload.id);
        out.push(toMention(p.payload, text, i, t));
      }
      cursor[1] = t;
    }
  }
  return dropTopicsInNames(out);
}

/** A keyword inside an organisation's name ("Conseil de sécurité", "États du Sahel") is no topic. */
function dropTopicsInNames(mentions: Mention[]): Mention[] {
  let orgEnd = -1;
  let orgStart = -1;
  return mentions.filter((m) => {
    if (m.kind === 'organization') {
      orgStart = m.start;
      orgEnd = m.end;
      return true;
    }
    return !(m.kind === 'topic' && m.start >= orgStart && m.end <= orgEnd);
  });
}
