import { describe, expect, it } from 'vitest';
import { compilePatterns, flatStep, flattenTrie, mayMatchAt } from '../../../../ingest/lexicons/compilePatterns.js';
import { foldText } from '../../../../ingest/lexicons/foldText.js';

const SURFACES = ['UA', 'X', 'Mali', 'Malawi', 'Ma*', 'Addis-Abeba', 'Côte d’Ivoire', 'Le Caire', 'sécurité', 'É'];
const trie = flattenTrie(compilePatterns(SURFACES.map((surface) => ({ surface, payload: surface }))));

/** Whether a walk over `folded` finds a pattern ending within its first three units, or reaches the third. */
function walkFinds(folded: string): boolean {
  let node = 0;
  for (let j = 0; j < 3; j++) {
    const step = flatStep(trie, node, folded.charCodeAt(j));
    if (step < 0) return false;
    node = step >> 1;
    if (j === 2 || (step & 1) === 1) return true;
  }
  return false;
}

describe('mayMatchAt', () => {
  it('lets through every walk that finds a pattern or reads three units deep', () => {
    const units = [...new Set([...SURFACES.join(''), 'z', ' ', '’', 'q'].map((c) => foldText(c).charCodeAt(0)))];
    for (const a of units) {
      for (const b of units) {
        for (const c of units) {
          const folded = String.fromCharCode(a, b, c);
          if (walkFinds(folded)) expect(mayMatchAt(trie, a, b, c), JSON.stringify(folded)).toBe(true);
        }
      }
    }
  });

  it('stops most walks that cannot find anything', () => {
    const stopped = ['the', 'zzz', 'qua', 'les'].filter((w) => !mayMatchAt(trie, w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2)));
    expect(stopped.length).toBeGreaterThanOrEqual(3);
  });
});
