// `npm run bench:synthetic [-- --articles 500 --seed 7 --show 5]`: extracts generated articles
// (bench/generateCorpus.ts, with their ground truth) and prints precision / recall / F1 of event
// detection, events, type, status, participants, participant countries, event countries, date
// and venue country, then a few failures of each kind. The texts come from templates: use it to
// find general failures, never tune a rule to a template sentence.
import { parseArgs } from 'node:util';
import type { Article } from '../src/domain/article.js';
import type { ExtractedEvent } from '../src/domain/extraction.js';
import { extractArticle } from '../ingest/extract/extractArticle.js';
import { foldText } from '../ingest/lexicons/foldText.js';
import { loadLexicons } from '../ingest/lexicons/loadLexicons.js';
import { generateCorpusWithTruth, type SyntheticMeeting } from './generateCorpus.js';

const say = (line: string) => process.stdout.write(line + '\n');

/** tp / fp / fn of one measure, with a few examples of what went wrong. */
class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  readonly misses: string[] = [];
  add(tp: number, fp: number, fn: number, why?: () => string): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
    if ((fp || fn) && why && this.misses.length < 50) this.misses.push(why());
  }
  row(name: string): string {
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${name.padEnd(24)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}  (${this.tp}/${this.fp}/${this.fn})`;
  }
}

const MEASURES = ['event detected', 'events', 'event type', 'event status', 'event countries', 'event participants', 'participant country', 'event date', 'event location country'] as const;
type Measure = (typeof MEASURES)[number];

/** Folded name tokens, so that "Sergueï Lavrov" and "Sergey Lavrov" share "lavrov". */
const tokens = (name: string): string[] => foldText(name).split(/[\s'-]+/u).filter((t) => t.length > 1);
const lastToken = (name: string): string => tokens(name).pop() ?? '';

/** True when a predicted name is the participant (either spelling, or the same surname). */
function samePerson(predicted: string, truth: { name: string; nameFr: string }): boolean {
  const p = foldText(predicted);
  if (p === foldText(truth.name) || p === foldText(truth.nameFr)) return true;
  const last = lastToken(predicted);
  return last !== '' && (last === lastToken(truth.name) || last === lastToken(truth.nameFr));
}

/** Pairs each true meeting with the predicted event sharing most countries (at least one). */
function align(truth: readonly SyntheticMeeting[], events: readonly ExtractedEvent[]): { pairs: [SyntheticMeeting, ExtractedEvent][]; extra: ExtractedEvent[]; missed: SyntheticMeeting[] } {
  const free = new Set(events);
  const pairs: [SyntheticMeeting, ExtractedEvent][] = [];
  const missed: SyntheticMeeting[] = [];
  for (const m of truth) {
    const codes = new Set(m.participants.map((p) => p.countryCode));
    let best: ExtractedEvent | null = null;
    let bestShared = 0;
    for (const e of free) {
      const shared = e.countries.filter((c) => codes.has(c)).length;
      if (shared > bestShared) {
        best = e;
        bestShared = shared;
      }
    }
    if (best) {
      free.delete(best);
      pairs.push([m, best]);
    } else missed.push(m);
  }
  return { pairs, extra: [...free], missed };
}

function setScore(tally: Tally, predicted: readonly string[], truth: readonly string[], why: () => string): void {
  const t = new Set(truth);
  const p = new Set(predicted);
  const tp = [...p].filter((x) => t.has(x)).length;
  tally.add(tp, p.size - tp, t.size - tp, why);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '500' },
      seed: { type: 'string', default: '7' },
      show: { type: 'string', default: '3' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  const show = Number(values.show);
  const lexicons = loadLexicons();
  const tallies = Object.fromEntries(MEASURES.map((m) => [m, new Tally()])) as Record<Measure, Tally>;
  // Generated first, extracted in one timed loop (a CPU-time reading per article would cost
  // more than a short article's extraction), scored after.
  const generated = [...generateCorpusWithTruth({ articles, seed })];
  const bytes = generated.reduce((n, g) => n + Buffer.byteLength(g.article.text, 'utf8'), 0);
  const before = process.cpuUsage();
  const extracted = generated.map(({ article: raw }) => {
    const article: Article = { id: raw.id, url: raw.url, title: raw.title, published: raw.published, language: raw.language, author: null, source: raw.id, text: raw.text };
    return extractArticle(article, lexicons).events;
  });
  const used = process.cpuUsage(before);
  const cpu = (used.user + used.system) / 1e6;

  for (const [k, { article: raw, meetings }] of generated.entries()) {
    const events = extracted[k] ?? [];
    const where = `${raw.id} (${raw.language})`;
    const brief = (e: ExtractedEvent) => `${e.type} ${e.status} ${e.date ?? '-'} [${e.countries.join(',')}] {${e.participants.map((p) => `${p.name}:${p.country ?? p.organization ?? '?'}`).join(', ')}} @${e.location?.country ?? '-'}`;
    const truthBrief = (m: SyntheticMeeting) => `${m.type} ${m.status} ${m.date} {${m.participants.map((p) => `${p.name}:${p.countryCode}`).join(', ')}} @${m.place ?? '-'}`;

    tallies['event detected'].add(meetings.length && events.length ? 1 : 0, !meetings.length && events.length ? 1 : 0, meetings.length && !events.length ? 1 : 0, () => `${where}: truth ${meetings.length}, predicted ${events.map(brief).join(' | ') || 'none'}\n    ${raw.text.slice(0, 300)}`);
    const { pairs, extra, missed } = align(meetings, events);
    tallies.events.add(pairs.length, extra.length, missed.length, () => `${where}: missed ${missed.map(truthBrief).join(' | ') || '-'}; extra ${extra.map(brief).join(' | ') || '-'}`);
    for (const [m, e] of pairs) {
      const why = () => `${where}: truth ${truthBrief(m)}\n    predicted ${brief(e)}`;
      const ok = (good: boolean) => (good ? [1, 0, 0] : [0, 1, 1]) as [number, number, number];
      tallies['event type'].add(...ok(e.type === m.type), why);
      tallies['event status'].add(...ok(e.status === m.status), why);
      setScore(tallies['event countries'], e.countries, m.participants.map((p) => p.countryCode), why);
      // One predicted participant per true one: two ministers may share a surname.
      const taken = new Set<number>();
      const found = m.participants.map((t) => {
        const exact = e.participants.findIndex((p, k) => !taken.has(k) && (foldText(p.name) === foldText(t.name) || foldText(p.name) === foldText(t.nameFr)));
        const k = exact >= 0 ? exact : e.participants.findIndex((p, j) => !taken.has(j) && samePerson(p.name, t));
        if (k < 0) return null;
        taken.add(k);
        return e.participants[k] ?? null;
      });
      const tp = found.filter(Boolean).length;
      tallies['event participants'].add(tp, e.participants.length - tp, m.participants.length - tp, why);
      const tpc = m.participants.filter((t, i) => found[i]?.country === t.countryCode).length;
      tallies['participant country'].add(tpc, e.participants.filter((p) => p.country).length - tpc, m.participants.length - tpc, why);
      if (e.date === m.date) tallies['event date'].add(1, 0, 0);
      else tallies['event date'].add(0, e.date ? 1 : 0, 1, why);
      const host = m.place ? (m.participants[0]?.countryCode ?? null) : null;
      const venue = e.location?.country ?? null;
      if (host && venue === host) tallies['event location country'].add(1, 0, 0);
      else tallies['event location country'].add(0, venue ? 1 : 0, host ? 1 : 0, why);
    }
  }

  say(`bench:synthetic — ${articles} generated articles (seed ${seed}), ${(bytes / 1e6).toFixed(2)} MB, extraction ${(bytes / 1e6 / cpu).toFixed(2)} MB/s of CPU time (JIT warm-up included)`);
  say(`${'measure'.padEnd(24)} P      R      F1     (tp/fp/fn)`);
  for (const m of MEASURES) say(tallies[m].row(m));
  if (show > 0) {
    for (const m of MEASURES) {
      const t = tallies[m];
      if (!t.misses.length) continue;
      say(`\n— ${m}: ${t.misses.length} failure(s) recorded, first ${Math.min(show, t.misses.length)}:`);
      for (const line of t.misses.slice(0, show)) say(`  ${line}`);
    }
  }
}

await main();
