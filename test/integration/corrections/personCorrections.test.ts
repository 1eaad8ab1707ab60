import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../../src/graph/checkGraph.js';
import { applyCorrection } from '../../../src/graph/corrections/applyCorrection.js';
import { revertCorrection } from '../../../src/graph/corrections/revertCorrection.js';
import { loadOffices } from '../../../src/graph/loadPersonDetails.js';
import { searchEntities } from '../../../src/graph/readOverview.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { article, encounter, person } from '../../helpers/extractionFixtures.js';
import { useGraph } from '../../helpers/graph.js';
import { analyst, correctionArticles, eventNow, expectToSurviveRederivation, personNow, seedCorrectionGraph } from '../../helpers/correctionGraph.js';

const undo = { author: 'analyst-b', reason: 'the first reading was right' };

describe('person corrections', () => {
  useGraph();

  it('a rename is shown on the person, in event details and by the full-text index, and survives re-derivation', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const correction = await applyCorrection({ kind: 'rename_person', personId: 'pavel-orlovsky', name: 'Pavel I. Orlovsky' }, analyst);
    const holds = async () => {
      const p = await personNow('pavel-orlovsky');
      expect(p?.name).toBe('Pavel I. Orlovsky');
      expect(p?.aliases).toContain('Pavel Orlovsky');
      const names = (await eventNow(meetingId))!.details.participants.map((x) => x.person.name);
      expect(names).toContain('Pavel I. Orlovsky');
      const hits = await searchEntities('Orlovsky', 5, {});
      expect(JSON.stringify(hits)).toContain('Pavel I. Orlovsky');
    };
    await holds();
    await expectToSurviveRederivation(holds);
    await revertCorrection(correction.id, undo);
    expect((await personNow('pavel-orlovsky'))?.name).toBe('Pavel Orlovsky');
    expect(await checkGraph()).toEqual([]);
  });

  it('a cleared country stays cleared through re-derivation (the extraction keeps saying RU)', async () => {
    await seedCorrectionGraph();
    const correction = await applyCorrection({ kind: 'set_person_country', personId: 'pavel-orlovsky', country: null }, analyst);
    await expectToSurviveRederivation(async () => expect((await personNow('pavel-orlovsky'))?.countryCode).toBeNull());
    await revertCorrection(correction.id, undo);
    expect((await personNow('pavel-orlovsky'))?.countryCode).toBe('RU');
  });

  it('an office added and then ended keeps its dates through re-derivation; reverts remove them in turn', async () => {
    await seedCorrectionGraph();
    const office = { personId: 'awa-konate', country: 'ML', title: 'Minister of Defence' };
    const added = await applyCorrection({ kind: 'add_office', ...office, from: '2021-06-11', until: null }, analyst);
    const ended = await applyCorrection({ kind: 'end_office', ...office, on: '2023-01-31' }, analyst);
    const defence = async () => (await loadOffices(['awa-konate'], {}))[0]!.find((o) => o.title === 'Minister of Defence');
    await expectToSurviveRederivation(async () => expect(await defence()).toMatchObject({ since: '2021-06-11', until: '2023-01-31', sourceCount: 0 }));
    await expect(revertCorrection(added.id, undo)).rejects.toThrow(/changed the same subject later; revert it first/);
    await revertCorrection(ended.id, undo);
    expect(await defence()).toMatchObject({ since: '2021-06-11', until: null });
    await revertCorrection(added.id, undo);
    expect(await defence()).toBeUndefined();
  });

  it('merging two persons moves events, offices and mentions; later reports of the merged one go to the kept one; undo restores both', async () => {
    const short = person('P. Orlovskiy', 'RU', 'Foreign Minister');
    const other = person('Moussa Keita', 'ML', 'Ambassador');
    const { meetingId } = await seedCorrectionGraph();
    const visit = encounter('visit', '2024-07-02', [short, other]);
    const extra = article('c-short', { persons: [short, other], events: [visit], published: '2024-07-03' });
    await writeExtractions([extra]);
    expect(await personNow('p-orlovskiy')).not.toBeNull();

    const merge = await applyCorrection({ kind: 'merge_persons', keepId: 'pavel-orlovsky', mergeId: 'p-orlovskiy' }, analyst);
    const holds = async () => {
      expect(await personNow('p-orlovskiy')).toBeNull();
      expect((await personNow('pavel-orlovsky'))?.aliases).toContain('P. Orlovskiy');
      const offices = (await loadOffices(['pavel-orlovsky'], {}))[0]!.map((o) => o.title).sort();
      expect(offices).toEqual(['Foreign Minister', 'Minister of Foreign Affairs']);
      expect(await checkGraph()).toEqual([]);
    };
    await holds();
    await writeExtractions([{ ...extra, extraction: { ...extra.extraction, extractorVersion: 'test-2' } }]);
    await holds();

    await revertCorrection(merge.id, undo);
    expect((await personNow('p-orlovskiy'))?.name).toBe('P. Orlovskiy');
    expect((await personNow('pavel-orlovsky'))?.aliases).not.toContain('P. Orlovskiy');
    expect((await eventNow(meetingId))!.details.participants.map((p) => p.person.id)).not.toContain('p-orlovskiy');
    expect(await checkGraph()).toEqual([]);
  });

  it('an article marked not relevant loses its facts and is not derived again; the revert derives it on the next ingest', async () => {
    const { callId } = await seedCorrectionGraph();
    const correction = await applyCorrection({ kind: 'mark_article_irrelevant', articleId: 'c-call' }, analyst);
    expect(await eventNow(callId)).toBeNull();
    await expectToSurviveRederivation(async () => expect(await eventNow(callId)).toBeNull());
    await revertCorrection(correction.id, undo);
    await writeExtractions(correctionArticles().filter((a) => a.extraction.id === 'c-call'));
    expect(await eventNow(callId)).not.toBeNull();
  });
});
