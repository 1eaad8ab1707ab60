// STUB — replaced by the gazetteer work (helper A1).

/** Countries, demonyms, cities, organisations and topics, compiled for matching. */
export type Gazetteer = Readonly<Record<string, unknown>>;

/** Loads and checks ingest/lexicons/*.json. */
export function loadGazetteer(): Gazetteer {
  return Object.freeze({});
}
