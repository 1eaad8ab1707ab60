import { describe, expect, it } from 'vitest';
import { compilePatterns, flatStep, flattenTrie, mayMatchAt } from '../../../../ingest/lexicons/compilePatterns.js';
import { foldText } from '../../../../ingest/lexicons/foldText.js';

const SURFACES = ['UA', 'X', 'Mali', 'Malawi', 'Ma*', 'Addis-Abeba', 'Côte d’Ivoire', 'Le Caire', 'sécurité', 'É'];
const trie = flattenTrie(compilePatterns(SURFACES.map((surface) => ({ surface, payload: surface }))));

/** Whether a walk over `folded` finds a pattern ending within its first three units, or reaches the fourth. */
function walkFinds(folded: string): boolean {
  let node = 0;
  for (let j = 0; j < 4; j++) {
    const step = flatStep(trie, node, folded.charCodeAt(j));
    if (step < 0) return false;
    node = step >> 1;
    if (j === 3 || (step & 1) === 1) return true;
  }
  return false;
}

describe('mayMatchAt', () => {
  it('lets through every walk that finds a pattern or reads three units deep', () => {
    const units = [...new Set([...SURFACES.join(''), 'z', ' ', '’', 'q'].map((c) => foldText(c).charCodeAt(0)))];
    for (const a of units) {
      for (const b of units) {
        for (const c of units) {
          for (const d of units) {
            const folded = String.fromCharCode(a, b, c, d);
            if (walkFinds(folded)) expect(mayMatchAt(trie, a, b, c, d), JSON.stringify(folded)).toBe(true);
          }
        }
      }
    }
  });

  it('stops most walks that cannot find anything', () => {
    const stopped = ['they', 'zzzz', 'quai', 'less', 'mall'].filter((w) => !mayMatchAt(trie, w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3)));
    expect(stopped.length).toBeGreaterThanOrEqual(4);
  });
});
