import { describe, expect, it } from 'vitest';
import { splitActions, type ActionPart } from '../../../../../ingest/extract/events/splitActions.js';
import { loadRules, type Rules, type Trigger } from '../../../../../ingest/rules/loadRules.js';

// The table below is built when the file is collected, so the rules load then.
const rules: Rules = loadRules();

/** A trigger sentence with the given trigger types (the first is its main one) and named participants; `refersBack`: its triggers refer back to the encounter reported. */
function part(types: readonly Trigger['type'][], own: number, refersBack = false): ActionPart {
  const triggers = types.map((type) => ({ ...(rules.triggerMatchers.en?.entries.find((t) => t.type === type && t.refersBack === refersBack) as Trigger), type }));
  return { trigger: triggers[0] as Trigger, triggers, own };
}

describe('splitActions', () => {
  it.each([
    ['a visit, its talks and a signing in one sentence', [part(['visit', 'meeting', 'agreement'], 2)], false, ['visit', 'meeting', 'agreement'], [false, true, true]],
    ['talks named later without names during a visit', [part(['visit'], 2), part(['meeting'], 0)], false, ['visit', 'meeting'], [false, true]],
    ['a signing reported without names', [part(['meeting'], 2), part(['agreement'], 0)], false, ['meeting', 'agreement'], [false, false]],
    ['a meeting phrase and a phone phrase name one call', [part(['meeting', 'phone_call'], 2)], false, ['phone_call'], [false]],
    ['a later call naming no one is a mention in passing', [part(['meeting'], 2), part(['phone_call'], 0)], false, ['meeting'], [false]],
    ['talks referred back to as held by telephone were a call', [part(['meeting'], 2), part(['phone_call'], 0, true)], false, ['phone_call'], [false]],
    ['a summit that frames talks is their setting', [part(['summit', 'meeting'], 2)], false, ['meeting'], [false]],
    ['a visit on which both sides are named holds talks', [part(['visit'], 2)], true, ['visit', 'meeting'], [false, true]],
    ['a visit with one side named is only a visit', [part(['visit'], 1)], false, ['visit'], [false]],
    ['a call reported first makes a visit beside it a mention', [part(['meeting', 'phone_call'], 2), part(['visit'], 1)], false, ['phone_call'], [false]],
    ['a call beside a reported visit is the trip told another way', [part(['visit'], 2), part(['phone_call'], 1)], false, ['visit'], [false]],
  ] as const)('%s', (_why, parts, bothSides, types, during) => {
    const actions = splitActions(parts, bothSides);
    expect(actions.map((a) => a.type)).toEqual(types);
    expect(actions.map((a) => a.duringVisit)).toEqual(during);
  });
});
