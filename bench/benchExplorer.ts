// npm run bench:explorer -- URL [COUNTRY] — time to first render of the explorer's country page
// (from the start of navigation, on the page's clock, until the ranked partners and the map are drawn) in a fresh headless
// Chromium context each run (nothing cached), median and worst of BENCH_EXPLORER_RUNS (default
// 5). URL is a running `diplograph serve` (e.g. the one bench:api builds, or `npm run up`'s).
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const country = process.argv[3] ?? 'ML';
const runs = Number(process.env.BENCH_EXPLORER_RUNS ?? 5);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/country/${country}`);
    await page.locator('.ranked li').first().waitFor({ timeout: 60_000 });
    await page.locator('a.map-partner path').first().waitFor({ timeout: 60_000 });
    // The page's own clock: milliseconds since its navigation started (browser start-up excluded).
    times.push(await page.evaluate<number>('performance.now()'));
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  console.log(`country page ${country} at ${base}: first render median ${median.toFixed(0)} ms, worst ${(times[times.length - 1] ?? NaN).toFixed(0)} ms over ${runs} cold loads`);
} finally {
  await browser.close();
}
