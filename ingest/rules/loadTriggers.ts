import { EVENT_TYPES, type EventType } from '../../src/domain/extraction.js';
import { literalBeforeLookbehind, slowLookbehind } from './literalBeforeLookbehind.js';
import { multi } from './multiPattern.js';
import { arrayOf, fail, readJson, str } from './ruleJson.js';
import type { EventTypeCodes, MultiPattern, Rules, Trigger } from './rules.js';

const FILE = 'triggers.json';

/** The part of Rules that triggers.json makes. */
export type TriggerRules = Pick<Rules, 'types' | 'triggerMatchers' | 'languages'>;

/**
 * Loads and checks ingest/rules/triggers.json: event types and their codes, and the triggers of
 * each language (and '*' for all) in one alternation. Throws on a bad file.
 */
export function loadTriggers(): TriggerRules {
  const json = readJson(FILE);
  const rawTriggers = arrayOf(FILE, json.triggers, 'triggers');
  const languages = [...new Set(rawTriggers.map((t) => str(FILE, t, 'lang')))];
  const types = eventTypes(json.types);
  const triggers = rawTriggers.map((t) => {
    const id = str(FILE, t, 'id');
    const type = str(FILE, t, 'type') as Trigger['type'];
    if (!(type in types)) fail(FILE, `entry ${id}: unknown type ${type}`);
    const strength = t.strength === 'weak' ? 'weak' : 'strong';
    // Triggers are scanned over the whole text: a look-behind opening an alternative would be read at every word start.
    const slow = slowLookbehind(literalBeforeLookbehind(str(FILE, t, 'pattern')));
    if (slow) fail(FILE, `entry ${id}: the alternative ${slow.slice(0, 60)}… opens with a look-behind of several characters and no literal after it; put the look-behind after its literal`);
    return { id, sources: [str(FILE, t, 'pattern')], entry: Object.freeze({ id, type, lang: str(FILE, t, 'lang'), strength, refersBack: t.refersBack === true, pairSubject: t.pairSubject === true, reason: str(FILE, t, 'reason') }) as Trigger };
  });
  const triggerMatchers: Record<string, MultiPattern<Trigger>> = {};
  for (const lang of [...languages, '*']) {
    triggerMatchers[lang] = multi(FILE, triggers.filter((t) => lang === '*' || t.entry.lang === lang), 'giu');
  }
  return { types: Object.freeze(types), triggerMatchers, languages };
}

/** The file's "types": PLOVER / CAMEO codes and priority of every event type. */
function eventTypes(raw: unknown): Record<EventType, EventTypeCodes> {
  const rawTypes = raw as Record<string, Record<string, unknown>> | undefined;
  if (!rawTypes) fail(FILE, '"types" missing');
  const types = {} as Record<EventType, EventTypeCodes>;
  for (const t of EVENT_TYPES) {
    const c = rawTypes[t];
    if (!c) fail(FILE, `type ${t} missing`);
    types[t] = Object.freeze({ plover: str(FILE, c, 'plover'), mode: typeof c.mode === 'string' ? c.mode : null, cameo: str(FILE, c, 'cameo'), priority: Number(c.priority ?? 0) });
  }
  return types;
}
