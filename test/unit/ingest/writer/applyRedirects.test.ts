import { describe, expect, it } from 'vitest';
import { applyRedirects, eventRedirectKey, type Redirects } from '../../../../ingest/writer/applyRedirects.js';
import { planBatch } from '../../../../ingest/writer/planBatch.js';
import { article, encounter, person } from '../../../helpers/extractionFixtures.js';

const first = person('Nadia Haddad', 'TN');
const second = person('Kofi Mensah', 'GH');
const plan = planBatch([article('r-1', { persons: [first, second], events: [encounter('meeting', '2024-04-02', [first, second])] })], { persons: [], events: [] });
const eventId = plan.newEvents[0]!.id;
const none: Redirects = { persons: new Map(), events: new Map(), rejectedEvents: new Set() };

describe('applyRedirects', () => {
  it('returns the plan as it is when no correction applies', () => {
    expect(applyRedirects(plan, none)).toBe(plan);
  });

  it('sends a merged person to the one kept: its row, mentions, offices and participations', () => {
    const out = applyRedirects(plan, { ...none, persons: new Map([['nadia-haddad', 'n-haddad']]) });
    expect(out.persons.map((p) => p.id).sort()).toEqual(['kofi-mensah', 'n-haddad']);
    expect(out.mentions.persons.map((m) => m.id).sort()).toEqual(['kofi-mensah', 'n-haddad']);
    expect(out.offices.map((o) => o.personId).sort()).toEqual(['kofi-mensah', 'n-haddad']);
    expect(out.newEvents[0]!.participants.map((p) => p.personId).sort()).toEqual(['kofi-mensah', 'n-haddad']);
  });

  it('drops the reports of a rejected event', () => {
    const out = applyRedirects(plan, { ...none, rejectedEvents: new Set([eventId]) });
    expect([...out.newEvents, ...out.mergedEvents]).toEqual([]);
    expect(out.eventsCreated).toBe(0);
  });

  it.each([
    ['merged into another', eventRedirectKey(eventId), 'ev-kept', (m: string) => m],
    ['split off by its article', eventRedirectKey(eventId, 'r-1'), 'ev-split', (m: string) => `${m}#ev-split`],
  ])('joins the event a report was %s, with the merge key of that event', (_, key, target, mergeKeyOf) => {
    const out = applyRedirects(plan, { ...none, events: new Map([[key, target]]) });
    expect(out.newEvents).toEqual([]);
    expect(out.mergedEvents.map((e) => [e.id, e.mergeKey])).toEqual([[target, mergeKeyOf(plan.newEvents[0]!.mergeKey)]]);
  });
});
