import { describe, expect, it } from 'vitest';
import type { CorrectionFilter, CorrectionRequest } from '../../../src/domain/correction.js';
import { applyCorrection } from '../../../src/graph/corrections/applyCorrection.js';
import { listCorrections } from '../../../src/graph/corrections/listCorrections.js';
import { revertCorrection } from '../../../src/graph/corrections/revertCorrection.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { useGraph } from '../../helpers/graph.js';
import { analyst, eventNow, seedCorrectionGraph } from '../../helpers/correctionGraph.js';

const everything: CorrectionFilter = { subject: null, kind: null, author: null, inForce: false };

/** What a refused correction must leave as it was: node and edge counts, and the audit trail. */
async function snapshot() {
  return { counts: await runQuery('graph.counts', {}), trail: await listCorrections(everything, { offset: 0, limit: 100 }, {}) };
}

describe('correction rules', () => {
  useGraph();

  it.each<[string, (ids: { meetingId: string }) => CorrectionRequest, string, RegExp]>([
    ['an unknown event', () => ({ kind: 'retype_event', eventId: 'ev-nothing', type: 'visit' }), analyst.reason, /no event with id "ev-nothing"/],
    ['an unknown person', ({ meetingId }) => ({ kind: 'add_participant', eventId: meetingId, personId: 'nobody', side: 'party', role: null, country: null }), analyst.reason, /no person with id "nobody"/],
    ['a person who took no part', ({ meetingId }) => ({ kind: 'remove_participant', eventId: meetingId, personId: 'issa-sawadogo' }), analyst.reason, /not a participant/],
    ['an unknown place', ({ meetingId }) => ({ kind: 'set_event_place', eventId: meetingId, placeId: 'xx-nowhere' }), analyst.reason, /no place with id/],
    ['a missing reason', ({ meetingId }) => ({ kind: 'retype_event', eventId: meetingId, type: 'visit' }), '  ', /reason is required/],
    ['a reason too long', ({ meetingId }) => ({ kind: 'retype_event', eventId: meetingId, type: 'visit' }), 'x'.repeat(2001), /reason is 2001 characters long; at most 2000/],
    ['a bad date', ({ meetingId }) => ({ kind: 'set_event_date', eventId: meetingId, date: '2024-02-30' }), analyst.reason, /date must be YYYY-MM-DD/],
    ['a bad type', ({ meetingId }) => ({ kind: 'retype_event', eventId: meetingId, type: 'party' as never }), analyst.reason, /type must be one of/],
    ['an unknown country', () => ({ kind: 'set_person_country', personId: 'awa-konate', country: 'XX' }), analyst.reason, /country "XX" is not/],
    ['an office never held', () => ({ kind: 'end_office', personId: 'awa-konate', country: 'ML', title: 'President', on: '2024-01-01' }), analyst.reason, /holds no office/],
  ])('%s is refused with a clear error and changes nothing', async (_, request, reason, error) => {
    const ids = await seedCorrectionGraph();
    const before = await snapshot();
    await expect(applyCorrection(request(ids), { author: analyst.author, reason })).rejects.toThrow(error);
    expect(await snapshot()).toEqual(before);
  });

  it('an unknown correction cannot be reverted, nor a revert, nor one reverted already', async () => {
    const { meetingId } = await seedCorrectionGraph();
    await expect(revertCorrection('cor-nothing', analyst)).rejects.toThrow(/no correction with id "cor-nothing"/);
    const c = await applyCorrection({ kind: 'set_event_status', eventId: meetingId, status: 'planned' }, analyst);
    const r = await revertCorrection(c.id, analyst);
    await expect(revertCorrection(c.id, analyst)).rejects.toThrow(/already reverted/);
    await expect(revertCorrection(r.id, analyst)).rejects.toThrow(/is a revert/);
  });

  it('two analysts correcting one event at once are both recorded, in order, and the graph holds the later change', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const [a, b] = await Promise.all([
      applyCorrection({ kind: 'retype_event', eventId: meetingId, type: 'visit' }, { author: 'analyst-a', reason: 'a state visit per the communiqué' }),
      applyCorrection({ kind: 'retype_event', eventId: meetingId, type: 'summit' }, { author: 'analyst-b', reason: 'held at the regional summit' }),
    ]);
    expect(new Set([a!.seq, b!.seq])).toEqual(new Set([1, 2]));
    const later = a!.seq > b!.seq ? a! : b!;
    const earlier = later === a ? b! : a!;
    expect((await eventNow(meetingId))?.type).toBe(JSON.parse(later.after).type);
    // The later one recorded what the earlier one had made: they were applied one after the other.
    expect(JSON.parse(later.before).type).toBe(JSON.parse(earlier.after).type);
    const trail = await listCorrections({ ...everything, subject: `event:${meetingId}` }, { offset: 0, limit: 10 }, {});
    expect(trail.items.map((c) => c.id)).toEqual([later.id, earlier.id]);
  });

  it('lists the trail with filters and pages', async () => {
    const { meetingId, callId } = await seedCorrectionGraph();
    await applyCorrection({ kind: 'set_event_status', eventId: meetingId, status: 'planned' }, { author: 'analyst-a', reason: 'announced only' });
    const c2 = await applyCorrection({ kind: 'set_event_status', eventId: callId, status: 'planned' }, { author: 'analyst-b', reason: 'announced only' });
    await revertCorrection(c2.id, { author: 'analyst-a', reason: 'it did happen' });
    await applyCorrection({ kind: 'retype_event', eventId: callId, type: 'meeting' }, { author: 'analyst-b', reason: 'held in person' });
    const list = (f: Partial<typeof everything>, offset = 0, limit = 10) => listCorrections({ ...everything, ...f }, { offset, limit }, {});
    expect((await list({})).total).toBe(4);
    expect((await list({ author: 'analyst-b' })).items.map((c) => c.kind)).toEqual(['retype_event', 'set_event_status']);
    expect((await list({ kind: 'set_event_status' })).total).toBe(2);
    expect((await list({ inForce: true })).items.map((c) => [c.kind, c.author])).toEqual([['retype_event', 'analyst-b'], ['set_event_status', 'analyst-a']]);
    expect((await list({ subject: `event:${callId}` })).total).toBe(3);
    const page = await list({}, 1, 2);
    expect(page.items.map((c) => c.seq)).toEqual([3, 2]);
  });
});
