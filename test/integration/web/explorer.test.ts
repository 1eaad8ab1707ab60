import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtWebRoot } from '../../../src/api/explorerRouter.js';
import { startApiServer, type RunningApi } from '../../../src/api/createApiServer.js';
import { loadConfig } from '../../../src/config/config.js';
import { projectRoot } from '../../../src/config/projectRoot.js';
import { connect, disconnect } from '../../../src/graph/driver.js';
import { runQuery } from '../../../src/graph/runQuery.js';
import { loadLexicons } from '../../../ingest/lexicons/loadLexicons.js';
import { runIngest } from '../../../ingest/runIngest.js';
import { writeExtractions } from '../../../ingest/writer/writeExtractions.js';
import { writeReferenceData } from '../../../ingest/writer/writeReferenceData.js';
import { apiConfig } from '../../helpers/apiGraph.js';
import { launchChromium, saveScreenshot, SCREENSHOT_DIR, seriousAxeViolations, VIEWPORTS, watchPage, type PageProblems } from '../../helpers/browser.js';

// The explorer end to end in headless Chromium, on the sample graph (samples/articles), served
// by the real HTTP server from the build in dist/web (scripts/test.sh builds before testing).

let api: RunningApi;
let browser: Browser;
let origin: string;
const timings: Record<string, number> = {};

beforeAll(async () => {
  const webRoot = builtWebRoot(projectRoot());
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`the explorer is not built in ${webRoot}: run \`npm run build\` first`);
  await connect(loadConfig().neo4j);
  await runQuery('graph.wipe', {});
  const lexicons = loadLexicons();
  await writeReferenceData(lexicons.gazetteer);
  const result = await runIngest({
    inputs: [join(projectRoot(), 'samples', 'articles')],
    lexicons,
    batchSize: 100,
    dryRun: false,
    write: writeExtractions,
    rejectsPath: null,
  });
  expect(result.rejected).toBe(0);
  api = await startApiServer({ config: apiConfig({ landingPage: true }), ingestArticles: () => Promise.reject(new Error('not wired')), webRoot });
  origin = api.url.replace(/\/graphql$/, '');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await disconnect();
  if (Object.keys(timings).length > 0) writeFileSync(join(SCREENSHOT_DIR, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

/** A fresh page at a viewport, watched for console errors and requests leaving the server. */
async function openPage(viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
  return { page, problems: watchPage(page, origin) };
}

function expectClean(problems: PageProblems): void {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
}

async function eventIdOf(a: string, b: string): Promise<string> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ bilateralRelation(a: "${a}", b: "${b}") { events(first: 1, orderBy: DATE_ASC) { edges { node { id } } } } }` }),
  });
  const body = (await response.json()) as { data: { bilateralRelation: { events: { edges: { node: { id: string } }[] } } } };
  const id = body.data.bilateralRelation.events.edges[0]?.node.id;
  if (!id) throw new Error(`no event between ${a} and ${b} in the sample graph`);
  return id;
}

describe('the web explorer', () => {
  it('searches "Lavrov", opens the person, one of his events, and its quote with its source', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/`);
    await page.getByRole('combobox').fill('Lavrov');
    const option = page.getByRole('option', { name: /Lavrov/ }).first();
    await option.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/person\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Lavrov/);
    await page.locator('.event-list .event-title').first().click();
    await page.waitForURL(/\/event\//);
    const mark = page.locator('.excerpt mark').first();
    await mark.waitFor();
    expect((await mark.textContent())?.length).toBeGreaterThan(20);
    await expect(page.locator('.source-head strong').first().textContent()).resolves.toBeTruthy();
    await expect(page.locator('.source p.small').first().textContent()).resolves.toMatch(/Read the source article|no address/);
    expectClean(problems);
    await page.close();
  });

  it('shows Russia among the partners of Mali, on the map and in the list', async () => {
    const { page, problems } = await openPage();
    const started = Date.now();
    await page.goto(`${origin}/country/ML`);
    await page.locator('.ranked li[data-code="RU"]').waitFor();
    await page.locator('a.map-partner[data-code="RU"] path').waitFor();
    timings.countryPageFirstRenderMs = Date.now() - started;
    expect(await page.locator('.ranked li[data-code="RU"] a').textContent()).toBe('Russia');
    expect(await page.locator('a.map-partner[data-code="RU"]').getAttribute('aria-label')).toMatch(/^Russia: \d+ events? with Mali$/);
    expectClean(problems);
    await page.close();
  });

  it('draws the ML–RU timeline with at least one bar', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/relation/ML-RU`);
    await page.locator('.timeline svg').waitFor();
    expect(await page.locator('.timeline .bar rect').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#people-title').count()).toBe(1);
    expectClean(problems);
    await page.close();
  });

  it('draws the graph of Mali and expands a node clicked on the canvas', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/graph/country/ML`);
    const canvas = page.locator('.graph-canvas');
    // Browser-side code is given as text: the tests are type-checked without the DOM's types.
    const nodeCount = `Number(document.querySelector('.graph-canvas')?.getAttribute('data-nodes'))`;
    await page.waitForFunction(`${nodeCount} > 0`);
    const before = Number(await canvas.getAttribute('data-nodes'));
    // cytoscape keeps its instance on its container; the test reads a node's place on screen from it.
    const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const container = document.querySelector('.graph-canvas');
      const position = container._cyreg?.cy?.getElementById('country:RU').renderedPosition();
      const box = container.getBoundingClientRect();
      return position ? { x: box.left + position.x, y: box.top + position.y } : null;
    })()`);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(`${nodeCount} > ${before}`);
    await expect(page.locator('.graph-side .selected strong').textContent()).resolves.toBe('Russia');
    expectClean(problems);
    await page.close();
  });

  it('reloads a deep link to the same view and goes back with the back button', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/relation/ML-RU?by=YEAR`);
    await page.getByRole('button', { name: 'Year' }).waitFor();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Year' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('link', { name: 'Mali' }).first().click();
    await page.waitForURL(/\/country\/ML$/);
    await page.goBack();
    await page.waitForURL(/\/relation\/ML-RU\?by=YEAR$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Mali – Russia/);
    expectClean(problems);
    await page.close();
  });

  it.each(['/event/no-such-event', '/person/no-such-person', '/country/ZZ', '/relation/ML-ML', '/no/such/page'])('shows a not-found view at %s', async (path) => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}${path}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Not found');
    expectClean(problems);
    await page.close();
  });

  it('keeps the JavaScript the explorer loads first under 300 KB gzipped', () => {
    const webRoot = builtWebRoot(projectRoot());
    const index = readFileSync(join(webRoot, 'index.html'), 'utf8');
    // The entry script and the modules it preloads; lazy chunks (the graph view, the map's shapes) are not initial.
    const scripts = [...index.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(webRoot, file)), { level: 9 }).length, 0);
    timings.initialJsGzipBytes = bytes;
    expect(bytes).toBeLessThan(300 * 1024);
  });

  it('serves an offline GraphiQL to a browser at /graphql, with every asset local', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(5);
    expectClean(problems);
    await page.close();
  });

  it('has no serious or critical accessibility violation, and photographs every page at desktop and phone width', async () => {
    const eventId = await eventIdOf('ML', 'RU');
    const views: [string, string, string][] = [
      ['home', '/', '.stats'],
      ['country', '/country/ML', 'a.map-partner'],
      ['relation', '/relation/ML-RU', '.timeline svg'],
      ['person', '/person/serguei-lavrov', '.event-list'],
      ['event', `/event/${eventId}`, '.excerpt mark'],
      ['topic', '/events?topic=energy&name=energy', '.event-list'],
      ['graph', '/graph/country/ML', '.node-list li'],
      ['not-found', '/event/no-such-event', '.not-found'],
    ];
    const violations: Record<string, unknown> = {};
    for (const viewport of ['desktop', 'phone'] as const) {
      const { page, problems } = await openPage(viewport);
      for (const [name, path, ready] of views) {
        await page.goto(`${origin}${path}`);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        // Nothing wider than the screen: a phone must never scroll sideways.
        expect(await page.evaluate<number>('document.documentElement.scrollWidth'), `${name} at ${viewport} width`).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
        await saveScreenshot(page, viewport, name);
        if (viewport === 'desktop') {
          const found = await seriousAxeViolations(page);
          if (found.length > 0) violations[name] = found;
        }
      }
      expectClean(problems);
      await page.close();
    }
    expect(violations).toEqual({});
  });
});
