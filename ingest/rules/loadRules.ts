import { loadCues } from './loadCues.js';
import { loadNames } from './loadNames.js';
import { loadOffices } from './loadOffices.js';
import { loadOrganizationPatterns } from './loadOrganizationPatterns.js';
import { loadTriggers } from './loadTriggers.js';
import type { Rules } from './rules.js';

// The rules' types and matching helpers, where the extractor has always imported them from.
export type {
  CueRule,
  EventTypeCodes,
  HeadPosition,
  MultiPattern,
  Office,
  OrganizationCredit,
  OrganizationCue,
  OrganizationHead,
  OrganizationPatterns,
  OrganizationSeed,
  Portfolio,
  Rules,
  Trigger,
} from './rules.js';
export { fastBoundaries } from './checkSource.js';
export { matchedEntry, matchedEntryAt } from './multiPattern.js';

/** Loads and checks ingest/rules/*.json and compiles every regex once. Throws on a bad file. */
export function loadRules(): Rules {
  // Triggers first: their languages are those the office and cue patterns are compiled for.
  const triggers = loadTriggers();
  return Object.freeze({
    ...loadOffices(triggers.languages),
    ...loadNames(),
    ...triggers,
    ...loadCues(triggers.languages),
    organizationPatterns: loadOrganizationPatterns(),
  });
}
