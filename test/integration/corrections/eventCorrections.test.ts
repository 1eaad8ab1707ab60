import { describe, expect, it } from 'vitest';
import type { CorrectionRequest } from '../../../src/domain/correction.js';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { applyCorrection } from '../../../src/graph/corrections/applyCorrection.js';
import { revertCorrection } from '../../../src/graph/corrections/revertCorrection.js';
import { listCorrections } from '../../../src/graph/corrections/listCorrections.js';
import { listMeetings } from '../../../src/graph/listMeetings.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { EMPTY_EVENT_FILTER } from '../../../src/domain/eventFilter.js';
import { useGraph } from '../../helpers/graph.js';
import { analyst, eventNow, expectToSurviveRederivation, meeting, ml, ru, seedCorrectionGraph } from '../../helpers/correctionGraph.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article } from '../../helpers/extractionFixtures.js';

type Ids = { meetingId: string; callId: string };
type Now = NonNullable<Awaited<ReturnType<typeof eventNow>>>;

/** One correction of an event: the request, what holds once applied, and what holds before it. */
interface EventCase {
  readonly request: (ids: Ids) => CorrectionRequest;
  readonly corrected: (e: Now) => unknown;
  readonly expected: unknown;
}

const participantIds = (e: Now) => e.details.participants.map((p) => p.person.id).sort();

const CASES: Record<string, EventCase> = {
  retype: { request: ({ meetingId }) => ({ kind: 'retype_event', eventId: meetingId, type: 'visit' }), corrected: (e) => [e.type, e.cameo], expected: ['visit', '042'] },
  date: {
    request: ({ meetingId }) => ({ kind: 'set_event_date', eventId: meetingId, date: '2024-03-04' }),
    corrected: (e) => [e.date, e.datePrecision, e.sortDate],
    expected: ['2024-03-04', 'day', '2024-03-04'],
  },
  'date without a year': {
    request: ({ meetingId }) => ({ kind: 'set_event_date', eventId: meetingId, date: '--03-04' }),
    corrected: (e) => [e.date, e.sortDate],
    expected: ['--03-04', null],
  },
  status: { request: ({ meetingId }) => ({ kind: 'set_event_status', eventId: meetingId, status: 'planned' }), corrected: (e) => e.status, expected: 'planned' },
  'place cleared': { request: ({ meetingId }) => ({ kind: 'set_event_place', eventId: meetingId, placeId: null }), corrected: (e) => e.details.place, expected: null },
  'participant removed': {
    request: ({ meetingId }) => ({ kind: 'remove_participant', eventId: meetingId, personId: 'awa-konate' }),
    corrected: participantIds,
    expected: ['pavel-orlovsky'],
  },
  'participant added': {
    request: ({ meetingId }) => ({ kind: 'add_participant', eventId: meetingId, personId: 'issa-sawadogo', side: 'party', role: 'Minister of Defence', country: 'BF' }),
    corrected: participantIds,
    expected: ['awa-konate', 'issa-sawadogo', 'pavel-orlovsky'],
  },
};

describe('event corrections', () => {
  useGraph();

  it.each(Object.entries(CASES))('%s: applied, recorded, kept through every re-derivation, then reverted', async (_, c) => {
    const ids = await seedCorrectionGraph();
    const original = c.corrected((await eventNow(ids.meetingId))!);
    expect(original).not.toEqual(c.expected);

    const correction = await applyCorrection(c.request(ids), analyst);
    expect(c.corrected((await eventNow(ids.meetingId))!)).toEqual(c.expected);
    expect(await checkGraph()).toEqual([]);
    expect(correction).toMatchObject({ author: 'analyst-a', reason: analyst.reason, subjects: expect.arrayContaining([`event:${ids.meetingId}`]) });
    expect(JSON.parse(correction.before)).not.toEqual(JSON.parse(correction.after));

    await expectToSurviveRederivation(async () => expect(c.corrected((await eventNow(ids.meetingId))!)).toEqual(c.expected));

    const revert = await revertCorrection(correction.id, { author: 'analyst-b', reason: 'the communiqué was about another meeting' });
    expect(revert).toMatchObject({ kind: 'revert', revertOf: correction.id, author: 'analyst-b' });
    expect(c.corrected((await eventNow(ids.meetingId))!)).toEqual(original);
    expect(await checkGraph()).toEqual([]);
    const trail = await listCorrections({ subject: `event:${ids.meetingId}`, kind: null, author: null, inForce: false }, { offset: 0, limit: 10 }, {});
    expect(trail.items.map((x) => [x.kind, x.revertedBy])).toEqual([
      ['revert', null],
      [correction.kind, revert.id],
    ]);
  });

  it('a rejected event leaves every query and count, stays rejected through re-derivation, and comes back on revert', async () => {
    const ids = await seedCorrectionGraph();
    const relation = async () => (await runQuery('relations.recompute', {})).find((r) => r.id === 'ML-RU')?.eventCount ?? 0;
    expect(await relation()).toBe(1);
    const correction = await applyCorrection({ kind: 'reject_event', eventId: ids.meetingId }, analyst);

    const gone = async () => {
      expect(await eventNow(ids.meetingId)).toBeNull();
      const page = await listMeetings(EMPTY_EVENT_FILTER, { offset: 0, limit: 20 }, 'DATE_DESC', {}, false);
      expect(page.items.map((e) => e.id)).toEqual([ids.callId]);
      expect(await relation()).toBe(0);
    };
    await gone();
    await expectToSurviveRederivation(gone);

    await revertCorrection(correction.id, { author: 'analyst-b', reason: 'it was a meeting after all' });
    const back = await eventNow(ids.meetingId);
    expect(back?.details.participants.map((p) => p.person.id).sort()).toEqual(['awa-konate', 'pavel-orlovsky']);
    expect(await relation()).toBe(1);
    expect(await checkGraph()).toEqual([]);
  });

  const sourcesOf = async (id: string) => (await eventNow(id))?.details.sources.map((x) => x.article.id).sort() ?? null;
  const relationCount = async () => (await runQuery('relations.recompute', {})).find((r) => r.id === 'ML-RU')?.eventCount ?? 0;

  it('two events that are one are merged, stay merged through re-derivation of both, and come apart on revert', async () => {
    const { meetingId } = await seedCorrectionGraph();
    // The same meeting reported with a date a week off: the writer keeps it apart.
    const duplicate = (version: string) => article('c-dup', { persons: [ru, ml], events: [{ ...meeting, date: '2024-03-07' }], published: '2024-03-08', version });
    await writeExtractions([duplicate('test-1')]);
    const dupId = (await listMeetings(EMPTY_EVENT_FILTER, { offset: 0, limit: 20 }, 'DATE_DESC', {}, false)).items.find((e) => e.date === '2024-03-07')!.id;
    expect(await relationCount()).toBe(2);

    const merge = await applyCorrection({ kind: 'merge_events', keepId: meetingId, mergeId: dupId }, analyst);
    const merged = async () => {
      expect(await eventNow(dupId)).toBeNull();
      expect(await sourcesOf(meetingId)).toEqual(expect.arrayContaining(['c-dup', 'c-en', 'c-fr']));
      expect(await relationCount()).toBe(1);
    };
    await merged();
    await writeExtractions([duplicate('test-2')]);
    await merged();
    await expectToSurviveRederivation(merged);

    await revertCorrection(merge.id, { author: 'analyst-b', reason: 'two meetings after all' });
    expect(await sourcesOf(dupId)).toEqual(['c-dup']);
    expect(await sourcesOf(meetingId)).not.toContain('c-dup');
    expect(await relationCount()).toBe(2);
    expect(await checkGraph()).toEqual([]);
  });

  it('a wrongly merged event is split by its articles, stays split through re-derivation, and is one again on revert', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const split = await applyCorrection({ kind: 'split_event', eventId: meetingId, articleIds: ['c-en'] }, analyst);
    const newId = (JSON.parse(split.after) as { newId: string }).newId;
    const apart = async () => {
      expect(await sourcesOf(newId)).toEqual(['c-en']);
      expect(await sourcesOf(meetingId)).not.toContain('c-en');
      expect(await relationCount()).toBe(2);
    };
    await apart();
    await expectToSurviveRederivation(apart);

    await revertCorrection(split.id, { author: 'analyst-b', reason: 'one meeting after all' });
    expect(await eventNow(newId)).toBeNull();
    expect(await sourcesOf(meetingId)).toEqual(expect.arrayContaining(['c-en', 'c-fr']));
    expect(await relationCount()).toBe(1);
    expect(await checkGraph()).toEqual([]);
  });
});
