import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { eventNow, seedCorrectionGraph } from '../../helpers/correctionGraph.js';
import { useGraph } from '../../helpers/graph.js';

const run = (args: string[]) =>
  promisify(execFile)('node', ['bin/diplograph.js', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', NEO4J_URI: loadConfig().neo4j.uri } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('diplograph correct', () => {
  useGraph();

  it('corrects an event with a reason and an author, lists the trail and reverts', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const applied = await run(['correct', 'set-event-status', meetingId, 'planned', '--reason', 'announced only', '--author', 'moussa']);
    expect(applied.code, applied.stderr).toBe(0);
    const correction = JSON.parse(applied.stdout) as { id: string; author: string; kind: string };
    expect(correction).toMatchObject({ author: 'moussa', kind: 'set_event_status' });
    expect((await eventNow(meetingId))?.status).toBe('planned');

    const listed = await run(['correct', 'list', '--event', meetingId]);
    expect(listed.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([correction.id]);

    const reverted = await run(['correct', 'revert', correction.id, '--reason', 'it was held']);
    expect(reverted.code, reverted.stderr).toBe(0);
    expect((await eventNow(meetingId))?.status).toBe('occurred');
  });

  it('refuses a correction without a reason or with a bad value, saying why, and changes nothing', async () => {
    const { meetingId } = await seedCorrectionGraph();
    const before = await runQuery('graph.counts', {});
    const noReason = await run(['correct', 'retype-event', meetingId, 'visit']);
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toMatch(/--reason/);
    const badType = await run(['correct', 'retype-event', meetingId, 'party', '--reason', 'x']);
    expect(badType.code).toBe(1);
    expect(badType.stderr).toMatch(/type must be one of meeting, visit/);
    expect(await runQuery('graph.counts', {})).toEqual(before);
  });
});
