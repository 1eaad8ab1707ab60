import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { projectRoot } from '../../src/config/projectRoot.js';
import { foldText } from '../lexicons/foldText.js';
import { strings } from './ruleJson.js';

/** ingest/lexicons/givenNames.json (generated from @faker-js/faker's locales): given names and family names that come first. */
function nameLexicon(): { names: string[]; familyNamesFirst: string[] } {
  const file = JSON.parse(readFileSync(join(projectRoot(), 'ingest', 'lexicons', 'givenNames.json'), 'utf8')) as Record<string, unknown>;
  return { names: strings('givenNames.json', file.names, 'names'), familyNamesFirst: strings('givenNames.json', file.familyNamesFirst, 'familyNamesFirst') };
}

/**
 * Lower-case given names that also answer for a name written with other accents: the lists
 * spell "siméon" and "simeon", a Spanish text "Simeón"; a French one "Jose" for "josé". A
 * folded form that is a common word ("thé" → "the") answers for the accented spelling only.
 */
class AccentBlindNames extends Set<string> {
  private readonly folded = new Set<string>();

  constructor(private readonly commonWords: ReadonlySet<string>) {
    super();
  }

  override add(name: string): this {
    super.add(name);
    const folded = foldText(name);
    if (!this.commonWords.has(folded)) this.folded.add(folded);
    return this;
  }

  override has(word: string): boolean {
    return super.has(word) || this.folded.has(foldText(word));
  }
}

/** Lower-case given names, family names that come first and common words, from compromise's lexicon and givenNames.json. */
export function nameWords(): { givenNames: Set<string>; familyNamesFirst: Set<string>; commonWords: Set<string> } {
  const world = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  const commonWords = new Set<string>();
  const givenNames: Set<string> = new AccentBlindNames(commonWords);
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    if (word.includes(' ')) continue;
    const tags = Array.isArray(tag) ? tag.join(',') : String(tag);
    if (/FirstName|MaleName|FemaleName/.test(tags)) givenNames.add(word);
    else if (!/Person|LastName|Honorific/.test(tags)) commonWords.add(word);
  }
  // A word compromise knows as something else ("grace", "will") is no given name on its own.
  const lexicon = nameLexicon();
  for (const name of lexicon.names) if (!commonWords.has(name)) givenNames.add(name);
  // A family name that is also an English word ("Wang", "Long") still opens a name: the
  // words after it must not be common ones.
  return { givenNames, familyNamesFirst: new Set(lexicon.familyNamesFirst), commonWords };
}
