import { loadActors, type ActorIndex } from './loadActors.js';
import { loadGazetteer, type Gazetteer } from './loadGazetteer.js';
import { loadRules, type Rules } from '../rules/loadRules.js';

/** Every lexicon and rule set the extractor needs, checked and frozen. */
export interface Lexicons {
  /** Countries, demonyms, cities, organisations, topics (ingest/lexicons/*.json). */
  readonly gazetteer: Gazetteer;
  /** Offices/titles, honorifics, event triggers, date and status cues (ingest/rules/*.json). */
  readonly rules: Rules;
  /** Who held which top office, when (ingest/lexicons/actors/*.json). */
  readonly actors: ActorIndex;
}

/** Loads the lexicons from disk; call once per process and pass the result along. */
export function loadLexicons(): Lexicons {
  const rules = loadRules();
  return Object.freeze({ gazetteer: loadGazetteer(), rules, actors: loadActors(rules.nameArticles, rules.paternalSurnameStates) });
}
