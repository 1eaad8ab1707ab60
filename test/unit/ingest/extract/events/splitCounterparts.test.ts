import { describe, expect, it } from 'vitest';
import { splitCounterparts, type NamedParticipant } from '../../../../../ingest/extract/events/splitCounterparts.js';

const TRIGGER_AT = 50;
const p = (id: string, at: number, state: string | null): NamedParticipant => ({ id, at, state });
const one = { separately: true, jointly: false };

describe('splitCounterparts', () => {
  it.each([
    ['one group per counterpart state, each with the subject', [p('s', 0, 'MA'), p('a', 60, 'ES'), p('b', 80, 'TR')], one, [['s', 'a'], ['s', 'b']]],
    ['two officials of one state are one counterpart', [p('s', 0, 'MA'), p('a', 60, 'ES'), p('a2', 70, 'ES'), p('b', 80, 'TR')], one, [['s', 'a', 'a2'], ['s', 'b']]],
    ['a counterpart whose state is unknown is a party of its own', [p('s', 0, 'IR'), p('a', 60, null), p('b', 80, null)], one, [['s', 'a'], ['s', 'b']]],
    ['an official of the subject\'s own state is not a counterpart', [p('s', 0, 'MA'), p('m', 55, 'MA'), p('a', 60, 'ES'), p('b', 80, 'TR')], one, [['s', 'a'], ['s', 'b']]],
    ['officials of one state received in turn are one counterpart each', [p('s', 0, 'KH'), p('a', 60, 'VN'), p('b', 70, 'VN'), p('c', 80, 'VN')], one, [['s', 'a'], ['s', 'b'], ['s', 'c']]],
  ] as const)('%s', (_why, participants, cues, groups) => {
    expect(splitCounterparts(participants, TRIGGER_AT, cues)).toEqual(groups);
  });

  it.each([
    ['no cue of talks held one after another', [p('s', 0, 'MA'), p('a', 60, 'ES'), p('b', 80, 'TR')], { separately: false, jointly: false }],
    ['a cue of one encounter held together', [p('s', 0, 'MA'), p('a', 60, 'ES'), p('b', 80, 'TR')], { separately: true, jointly: true }],
    ['no subject before the trigger', [p('a', 60, 'ES'), p('b', 80, 'TR')], one],
    ['two subjects before the trigger', [p('s', 0, 'MA'), p('t', 10, 'DZ'), p('a', 60, 'ES'), p('b', 80, 'TR')], one],
    ['a single counterpart', [p('s', 0, 'MA'), p('a', 60, 'ES')], one],
  ] as const)('one encounter when %s', (_why, participants, cues) => {
    expect(splitCounterparts(participants, TRIGGER_AT, cues)).toBeNull();
  });
});
