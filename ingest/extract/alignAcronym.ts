/** One word before a parenthesised acronym, as alignAcronym reads it. */
export interface AcronymWord {
  /** Folded text (foldText): hyphens are spaces, so "Sud-Est" gives two parts. */
  readonly fold: string;
  /** Written with a capital initial. */
  readonly cap: boolean;
  /** A connector ("of", "de", "la") may give its initial to the acronym or none. */
  readonly connector: boolean;
}

/** The longest phrase alignAcronym looks at, in words. */
const MAX_WORDS = 14;

interface Part {
  readonly text: string;
  readonly connector: boolean;
}

/** Whether `parts[pi..]` spell `letters[li..]`: each part gives a prefix of itself, connectors may give none. */
function spells(parts: readonly Part[], pi: number, letters: string, li: number): boolean {
  if (pi === parts.length) return li === letters.length;
  const part = parts[pi]!;
  if (part.connector && spells(parts, pi + 1, letters, li)) return true;
  for (let k = 1; k <= part.text.length && li + k <= letters.length; k++) {
    if (part.text[k - 1] !== letters[li + k - 1]) break;
    if (spells(parts, pi + 1, letters, li + k)) return true;
  }
  return false;
}

/**
 * Index in `words` of the first word of the shortest phrase ending at the last word whose
 * initials spell `acronym` ("Organisation de coopération islamique" → "OCI"; a word may give
 * more than its initial: "Agencia MEXicana …" → "AMEXCID"), or null. The phrase starts with a
 * capitalised word that is no connector, and every non-connector word gives at least one letter.
 */
export function alignAcronym(words: readonly AcronymWord[], acronym: string): number | null {
  const letters = acronym.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return null;
  for (let s = words.length - 1; s >= Math.max(0, words.length - MAX_WORDS); s--) {
    const first = words[s]!;
    if (!first.cap || first.connector || first.fold[0] !== letters[0]) continue;
    const parts: Part[] = words.slice(s).flatMap((w) => w.fold.split(' ').filter(Boolean).map((text) => ({ text, connector: w.connector })));
    if (spells(parts, 0, letters, 0)) return s;
  }
  return null;
}
