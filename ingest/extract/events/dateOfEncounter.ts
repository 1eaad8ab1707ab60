import { findDates, type FoundDate } from '../resolveDate.js';
import type { Draft, EventDoc } from './eventDoc.js';

/** Characters read before and after a date cue (a date expression is rarely longer). */
const DATE_WINDOW_BEFORE = 30;
const DATE_WINDOW_AFTER = 45;

interface Window {
  a: number;
  b: number;
}

/** Short windows of a span around each date cue (a month or day word, a numeric date), merged when they touch. */
function dateWindows(doc: EventDoc, span: string): Window[] {
  const hint = doc.rules.dateHintAll;
  const windows: Window[] = [];
  hint.lastIndex = 0;
  for (let m = hint.exec(span); m; m = hint.exec(span)) {
    let a = Math.max(0, m.index - DATE_WINDOW_BEFORE);
    while (a > 0 && !/\s/u.test(span[a - 1] as string)) a--;
    let b = Math.min(span.length, m.index + m[0].length + DATE_WINDOW_AFTER);
    while (b < span.length && !/\s/u.test(span[b] as string)) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last.b) last.b = Math.max(last.b, b);
    else windows.push({ a, b });
    if (m[0].length === 0) hint.lastIndex++;
  }
  return windows;
}

const parsed = new WeakMap<EventDoc, Map<string, FoundDate[]>>();

/** The dates of text[from, to), parsed once per article: encounters split by counterpart share their sentences. */
function datesIn(doc: EventDoc, from: number, to: number, planned: boolean): FoundDate[] {
  let cache = parsed.get(doc);
  if (!cache) parsed.set(doc, (cache = new Map()));
  const key = `${from}:${to}:${planned}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = findDates(doc.text.slice(from, to), doc.language, doc.published, planned, doc.rules)));
  return found;
}

/** Characters before a date where what it dates is read ("quien asumirá el cargo el 15 de agosto"). */
const OTHER_DATE_REACH = 30;

/** A date that dates an inauguration, an election or a birth, not the encounter. */
function ofSomethingElse(doc: EventDoc, index: number): boolean {
  const before = doc.text.slice(Math.max(0, index - OTHER_DATE_REACH), index);
  const m = doc.cues.otherDate.exec(before);
  if (!m) return false;
  // Only when at most three words ("el cargo el", "le", "on") come between the cue and the date.
  const between = before.slice(m.index + m[0].length);
  return !/[.;]/u.test(between) && between.split(/\s+/u).filter(Boolean).length <= 3;
}

/** A clock time right after a date: "24.5.2017 12:49", "05/02/2026 6:55". */
const CLOCK_AFTER = /^\s*(?:[|,–-]\s*)?\d{1,2}:\d{2}(?!\d)/u;

/** A date with a clock time right after it is a page's or a wire's time stamp, not the encounter's date. */
function timeStamp(doc: EventDoc, index: number, length: number): boolean {
  return CLOCK_AFTER.test(doc.text.slice(index + length, index + length + 12));
}

/** A date word that is part of a place's name: "domingo" in "Santo Domingo" is no Sunday. */
function inPlaceName(doc: EventDoc, index: number, length: number): boolean {
  return doc.mentions.some((m) => (m.kind === 'city' || m.kind === 'country') && m.start < index + length && index < m.end);
}

/** How far a window of the span starting at `from` lies from `at` (0 when it holds it). */
function windowDistance(w: Window, from: number, at: number): number {
  return at < from + w.a ? from + w.a - at : at > from + w.b ? at - from - w.b : 0;
}

/**
 * The date nearest `at` in text[from, to). The date parser costs about as much as the rest of
 * the extractor: it reads only the windows around date cues, nearest the trigger first, and
 * stops at the first window that holds a date.
 */
function nearestDate(doc: EventDoc, from: number, to: number, at: number, planned: boolean): FoundDate | null {
  const span = doc.text.slice(from, to);
  for (const w of dateWindows(doc, span).sort((x, y) => windowDistance(x, from, at) - windowDistance(y, from, at))) {
    let best: FoundDate | null = null;
    let bestDist = Infinity;
    for (const f of datesIn(doc, from + w.a, from + w.b, planned)) {
      const index = from + w.a + f.index;
      if (ofSomethingElse(doc, index) || inPlaceName(doc, index, f.text.length) || timeStamp(doc, index, f.text.length)) continue;
      if (Math.abs(index - at) < bestDist) {
        bestDist = Math.abs(index - at);
        best = { ...f, index };
      }
    }
    if (best) return shiftedWhenSaid(doc, best, at);
  }
  return null;
}

/** Characters after a trigger where 'the next day' may still stand ("a débarqué le lendemain à Paris"). */
const NEXT_DAY_REACH = 30;

/**
 * "Parti le 27 mai, il a débarqué le lendemain à Paris", "qu'il avait rencontré la veille": a
 * day after, or before, a date that 'the next day' or 'the day before' follows up to the trigger.
 */
function shiftedWhenSaid(doc: EventDoc, date: FoundDate, at: number): FoundDate {
  const after = doc.text.slice(date.index + date.text.length, at + NEXT_DAY_REACH);
  if ((date.precision !== 'day' && date.precision !== 'month-day') || date.index >= at || /[.;]/u.test(after)) return date;
  const shift = doc.cues.nextDay.test(after) ? 1 : doc.cues.dayBefore.test(after) ? -1 : 0;
  if (!shift) return date;
  const partial = date.date.startsWith('--');
  // A day and month without a year steps in a leap year, so that 28 February is followed by 29 February.
  const day = new Date(`${partial ? '2000' : date.date.slice(0, 4)}-${date.date.slice(-5)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + shift);
  const iso = day.toISOString().slice(0, 10);
  return { ...date, date: partial ? `--${iso.slice(5)}` : iso };
}

/** Sentences after an undated encounter where it may be told again with its date. */
const RETOLD_REACH = 2;

/**
 * "X held a phone call with his counterpart Y. … X and Y spoke for an hour on Tuesday", "The
 * meeting took place in Jakarta on Friday": a sentence right after an undated encounter that
 * names two of its participants again, or opens on it to say it took place, tells the same
 * encounter, and its date is the encounter's.
 */
function dateRetold(doc: EventDoc, d: Draft, planned: boolean): FoundDate | null {
  for (const p of d.parts) {
    const last = p.sentences.at(-1);
    const i = last ? doc.sentences.indexOf(last) : -1;
    if (i < 0) continue;
    for (let k = i + 1; k <= i + RETOLD_REACH && k < doc.sentences.length; k++) {
      const s = doc.sentences[k] as (typeof doc.sentences)[number];
      const named = new Set(doc.personMentions.filter((m) => m.start >= s.start && m.end <= s.end && d.participants.has(m.personId)).map((m) => m.personId));
      if (named.size < 2 && !doc.cues.tookPlace.test(doc.text.slice(s.start, s.end))) continue;
      const date = nearestDate(doc, s.start, s.end, s.start, planned);
      if (date) return date;
    }
  }
  return null;
}

/** Sentences of the lead read for the date a report opens on. */
const LEAD_SENTENCES = 2;

/**
 * "Le président X s'est engagé hier devant Y à … . À l'occasion de sa visite, …": a report opens
 * on when the news happened; the lead encounter told later without a date of its own took place
 * then, not on the day of publication. Only sentences before the encounter's first are read.
 */
function leadDate(doc: EventDoc, d: Draft): FoundDate | null {
  const first = Math.min(...d.parts.map((p) => p.sentences[0]?.start ?? Infinity));
  const opening = Math.max(doc.dateline?.end ?? 0, doc.pageDateEnd);
  for (const s of doc.sentences.filter((x) => x.end > opening && x.start < first).slice(0, LEAD_SENTENCES)) {
    const from = Math.max(s.start, opening);
    const date = nearestDate(doc, from, s.end, from, false);
    if (date) return date;
  }
  return null;
}

/**
 * An encounter's date: the one nearest its first trigger, else the previous encounter's, else
 * for the lead encounter the date its report opens on or the dateline's, else, for one that
 * took place, the publication date: news reports what happened on the day it was published, as
 * GDELT dates its events.
 */
export function dateOfEncounter(doc: EventDoc, d: Draft, planned: boolean, previous: FoundDate | null | undefined, lead: boolean): FoundDate | null {
  for (const p of d.parts) {
    for (const s of p.sentences) {
      // A saved page's own date line ("date 2016-12-15 The AU Commission …") dates the page, never the encounter.
      const from = Math.max(s.start, doc.dateline?.end ?? 0, doc.pageDateEnd);
      const to = Math.min(s.end, p.preparedAt ?? s.end);
      // A date in a sentence told in the future is ahead of publication, whatever the encounter's status.
      const date = from < to ? nearestDate(doc, from, to, p.at, planned || p.planned) : null;
      if (date) return date;
    }
  }
  const told = dateRetold(doc, d, planned);
  if (told) return told;
  if (previous) return previous;
  const opened = lead && !planned ? leadDate(doc, d) : null;
  if (opened) return opened;
  if (doc.dateline?.date && lead) return doc.dateline.date;
  if (!planned && doc.published && /^\d{4}-\d{2}-\d{2}$/u.test(doc.published)) return { date: doc.published, precision: 'day', index: -1, text: '' };
  return null;
}
