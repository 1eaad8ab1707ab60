// STUB — replaced by the persons/events work (helper A2).

/** Offices, honorifics, event triggers and cues, compiled for matching. */
export type Rules = Readonly<Record<string, unknown>>;

/** Loads and checks ingest/rules/*.json. */
export function loadRules(): Rules {
  return Object.freeze({});
}
