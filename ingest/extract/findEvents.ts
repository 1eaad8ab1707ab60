import type { CountryCode } from '../../src/domain/article.js';
import type { EventLocation, Evidence, ExtractedEvent, Participant, Side, TopicRef } from '../../src/domain/extraction.js';
import { matchedEntry, type Rules, type Trigger } from '../rules/loadRules.js';
import type { Mention } from './findMentions.js';
import type { FoundPerson, PersonMention } from './findPersons.js';
import { findDates, type FoundDate } from './resolveDate.js';
import { splitActions } from './splitActions.js';
import { splitCounterparts, type NamedParticipant } from './splitCounterparts.js';
import { stateByElimination } from './stateByElimination.js';
import type { Sentence } from './splitSentences.js';

/** What the event finder needs to know about the article, all precomputed. */
export interface EventContext {
  readonly text: string;
  readonly language: string | null;
  readonly published: string | null;
  /** Body sentences (the headline is not a source of events: it only names a type when the body has no trigger). */
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly persons: readonly FoundPerson[];
  readonly personMentions: readonly PersonMention[];
  /** The dateline ("NIAMEY, 18 février 2025 –"): its end offset, its place and its date, when there is one. */
  readonly dateline: { readonly end: number; readonly location: EventLocation | null; readonly date: FoundDate | null } | null;
  /** Topics of a span of text (whole article when there is one event). */
  readonly topicsIn: (start: number, end: number) => TopicRef[];
  readonly placeName: (m: Mention) => string;
  /** The capital a country mention also names ("in Luxembourg", "in Djibouti"), as a city mention, or null. */
  readonly capitalNamedAs?: (m: Mention) => Mention | null;
}

interface Candidate {
  trigger: Trigger;
  /** Every trigger of the sentence's strength, one per type: one sentence can report a visit, talks and a signing. */
  triggers: Trigger[];
  sentences: Sentence[];
  at: number;
  planned: boolean;
  participants: Set<string>;
  /** Participants named in the trigger sentence itself (not in the sentences after it). */
  own: number;
}

const MAX_EVIDENCE = 3;
/** Most states an encounter takes from its sentence's text when its participants do not name them. */
const MAX_TEXT_PARTIES = 4;
/** Characters after a visit trigger where its destination state is looked for ("paid a state visit to Egypt"). */
const VISIT_REACH = 60;
/** Characters read before and after a date cue (a date expression is rarely longer). */
const DATE_WINDOW_BEFORE = 30;
const DATE_WINDOW_AFTER = 45;

function personById(persons: readonly FoundPerson[]): Map<string, FoundPerson> {
  return new Map(persons.map((p) => [p.id, p]));
}

/** States and organisations a set of participants stands for. */
function sidesOf(ids: Iterable<string>, byId: Map<string, FoundPerson>): { states: Set<CountryCode>; orgs: Set<string> } {
  const states = new Set<CountryCode>();
  const orgs = new Set<string>();
  for (const id of ids) {
    const p = byId.get(id);
    if (p?.country) states.add(p.country);
    if (p?.organization) orgs.add(p.organization);
    else if (p?.office?.international) orgs.add(p.office.id);
  }
  return { states, orgs };
}

const subset = <T>(a: Set<T>, b: Set<T>): boolean => [...a].every((x) => b.has(x));

/**
 * Finds the article's diplomatic events: trigger sentences (not mentioned in passing, not in
 * sports or disaster news) with the persons they name, merged into one event per encounter
 * (a visit absorbs its meetings, a signing turns a meeting into an agreement), each with its
 * countries, sides, place, date, setting, topics, status, codes, confidence and evidence.
 */
export function findEvents(ctx: EventContext, rules: Rules): ExtractedEvent[] {
  const { text, sentences, mentions } = ctx;
  const lang = ctx.language && rules.triggerMatchers[ctx.language] ? ctx.language : '*';
  const matcher = rules.triggerMatchers[lang] ?? rules.triggerMatchers['*'];
  if (!matcher) return [];
  const domainHits = new Map<string, number>();
  const domains = rules.nonDiplomaticAll;
  domains.regex.lastIndex = 0;
  for (let m = domains.regex.exec(text); m; m = domains.regex.exec(text)) {
    const id = matchedEntry(m, domains).id;
    domainHits.set(id, (domainHits.get(id) ?? 0) + 1);
    if (m[0].length === 0) domains.regex.lastIndex++;
  }
  // Sports and disaster news name countries and even "meetings" of teams; they carry no
  // diplomatic event unless a strong trigger names two states' officials (checked below).
  const offDomain = [...domainHits.entries()].some(([id, n]) => id !== 'economy' && n >= 3);

  const byId = personById(ctx.persons);
  const passing = rules.passing[lang] ?? rules.passing['*'] as RegExp;
  const planned = rules.planned[lang] ?? rules.planned['*'] as RegExp;
  const mentionsIn = (s: Sentence): PersonMention[] => ctx.personMentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const presentIn = (s: Sentence): string[] => {
    const out: string[] = [];
    for (const m of mentionsIn(s)) {
      const before = text.slice(Math.max(s.start, m.start - 60), m.start);
      if (rules.nonParticipant.test(before)) continue;
      if (!out.includes(m.personId)) out.push(m.personId);
    }
    return out;
  };

  const attendance = rules.attendance[lang] ?? rules.attendance['*'] as RegExp;
  const separately = rules.separately[lang] ?? rules.separately['*'] as RegExp;
  const jointly = rules.jointly[lang] ?? rules.jointly['*'] as RegExp;
  const anaphoricSubject = rules.anaphoricSubject[lang] ?? rules.anaphoricSubject['*'] as RegExp;
  // Each participant of a candidate's sentences with the place it is first named and its state.
  const namedIn = (spans: readonly Sentence[], ids: ReadonlySet<string>, subject: string | null): NamedParticipant[] =>
    [...ids].map((id) => {
      const first = ctx.personMentions.find((m) => m.personId === id && spans.some((s) => m.start >= s.start && m.end <= s.end));
      return { id, at: id === subject ? -1 : (first?.start ?? Infinity), state: byId.get(id)?.country ?? null };
    });
  // Before any sentence names a subject, a pronoun ("He hosted …") refers to the article's
  // protagonist: the person it names most often (twice at least).
  const protagonist = [...ctx.persons].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  let lastSubject: string | null = protagonist && protagonist.mentions.length >= 2 ? protagonist.id : null;
  const candidates: Candidate[] = [];
  const weak: Candidate[] = [];
  const firstParagraph = sentences.find((s) => !ctx.dateline || s.end > ctx.dateline.end)?.paragraph ?? -1;
  sentences.forEach((s, si) => {
    if (ctx.dateline && s.end <= ctx.dateline.end) return;
    const sentence = text.slice(s.start, s.end);
    matcher.regex.lastIndex = 0;
    const hits: { trigger: Trigger; at: number }[] = [];
    for (let m = matcher.regex.exec(sentence); m; m = matcher.regex.exec(sentence)) {
      hits.push({ trigger: matchedEntry(m, matcher), at: s.start + m.index });
      // Overlapping triggers too: "a eu un entretien téléphonique" is a meeting phrase whose
      // last word starts a phone-call phrase, and the more specific type must be seen.
      matcher.regex.lastIndex = m.index + 1;
    }
    const strongHere = hits.some((h) => h.trigger.strength === 'strong');
    // "The meeting was attended by X, Minister of State, and Y": office-holders attending the
    // encounter of the sentence before (same paragraph or the next; anywhere after it when the
    // sentence refers back to it, "the meeting") take part in it.
    if (!strongHere && attendance.test(sentence)) {
      const prev = candidates[candidates.length - 1];
      const last = prev?.sentences[prev.sentences.length - 1];
      const prevIdx = last ? sentences.indexOf(last) : -1;
      if (prev && last && prevIdx >= 0 && ((si - prevIdx <= 2 && s.paragraph - last.paragraph <= 1) || hits.length > 0)) {
        for (const id of presentIn(s)) if (byId.get(id)?.office) prev.participants.add(id);
      }
    }
    if (!hits.length) return;
    if (passing.test(sentence)) return;
    const strong = hits.filter((h) => h.trigger.strength === 'strong');
    const best = (strong.length ? strong : hits).reduce((a, b) => (rules.types[b.trigger.type].priority > rules.types[a.trigger.type].priority ? b : a));
    const used = [s];
    const participants = new Set(presentIn(s));
    const own = participants.size;
    // The subject named before the trigger; a sentence naming none ("Il a ensuite reçu X",
    // "Se reunió luego con X", "He also met X") continues the subject of the one before.
    const subjectHere = mentionsIn(s).find((m) => m.start < best.at && participants.has(m.personId))?.personId ?? null;
    const anaphoric = anaphoricSubject.test(text.slice(s.start, best.at));
    const inherited = !subjectHere && anaphoric && strong.length && lastSubject && !participants.has(lastSubject) ? lastSubject : null;
    if (subjectHere) lastSubject = subjectHere;
    if (inherited) participants.add(inherited);
    // A meeting announced in one sentence often names its parties in the next ones.
    for (let k = si + 1; participants.size < 2 && k < sentences.length && k <= si + 2; k++) {
      const n = sentences[k] as Sentence;
      const lead = s.paragraph === firstParagraph;
      // A lead that names no one ("Les ministres … se sont réunis à Niamey") is followed by a
      // paragraph that does; otherwise the parties are in the trigger's own paragraph.
      // A series of talks ("une série d'entretiens avec ses homologues") lists them next.
      const listFollows = separately.test(sentence) && k === si + 1;
      if (n.paragraph !== s.paragraph && !listFollows && (participants.size > 0 || !lead || (sentences[k - 1] as Sentence).paragraph !== s.paragraph)) break;
      used.push(n);
      for (const id of presentIn(n)) participants.add(id);
    }
    const kept = strong.length ? strong : hits;
    const triggers = kept.map((h) => h.trigger).filter((t, k, all) => all.findIndex((u) => u.type === t.type) === k);
    const c: Candidate = { trigger: best.trigger, triggers, sentences: used, at: best.at, planned: planned.test(sentence), participants, own };
    const groups = splitCounterparts(namedIn(used, participants, inherited), best.at, {
      separately: separately.test(sentence),
      jointly: used.some((u) => jointly.test(text.slice(u.start, u.end))),
    });
    for (const group of groups ?? [[...participants]]) {
      (strong.length ? candidates : weak).push(groups ? { ...c, participants: new Set(group), own: group.length } : c);
    }
  });
  const pool = candidates.length ? candidates : weak;

  const prep = rules.locationPrepositions[ctx.language ?? ''] ?? (rules.locationPrepositions['*'] as RegExp);
  const host = rules.hostVerbs[ctx.language ?? ''] ?? (rules.hostVerbs['*'] as RegExp);
  // A city after a locative preposition ("à Moscou", "in Moscow") or before a hosting verb
  // ("Ouagadougou a abrité") in the candidate's sentences.
  const cityOf = (c: Candidate): Mention | null => {
    for (const s of c.sentences) {
      for (const found of mentions) {
        if (found.start < s.start || found.end > s.end || !found.country) continue;
        // A city-state's capital is written as the country ("talks in Luxembourg").
        const m = found.kind === 'city' ? found : found.kind === 'country' ? (ctx.capitalNamedAs?.(found) ?? null) : null;
        if (!m) continue;
        if (prep.test(text.slice(Math.max(s.start, m.start - 6), m.start)) || host.test(text.slice(m.end, m.end + 20))) return m;
      }
    }
    return null;
  };
  // A visit's destination written as a state right after its trigger ("arrived in Poland",
  // "une visite d'État au Maroc"): the venue when no city comes before it.
  const visitedState = (c: Candidate): Mention | null => {
    if (c.trigger.type !== 'visit') return null;
    for (const m of mentions) {
      if (m.kind !== 'country' || !m.country || m.start < c.at || m.start - c.at > VISIT_REACH) continue;
      if (prep.test(text.slice(Math.max(c.at, m.start - 6), m.start))) return m;
    }
    return null;
  };
  const venueMention = (c: Candidate): Mention | null => {
    const city = cityOf(c);
    const state = visitedState(c);
    return state && (!city || city.start > state.start) ? state : city;
  };
  const venueOf = (c: Candidate): CountryCode | null => venueMention(c)?.country ?? null;
  const participantCountry = new Map<string, CountryCode>();

  // States the text names (by name or demonym), per sentence span and over the whole article.
  const isState = (m: Mention): boolean => (m.kind === 'country' || m.kind === 'demonym') && Boolean(m.country);
  const statesNamedIn = (spans: readonly Sentence[]): CountryCode[] =>
    mentions.filter((m) => isState(m) && spans.some((s) => m.start >= s.start && m.end <= s.end)).map((m) => m.country as CountryCode);
  const articleStates = new Map<CountryCode, number>();
  for (const m of mentions) if (isState(m)) articleStates.set(m.country as CountryCode, (articleStates.get(m.country as CountryCode) ?? 0) + 1);

  // Countries of a candidate: its participants' states, or the states its sentence names.
  const statesOf = (c: Candidate): { states: Set<CountryCode>; orgs: Set<string> } => {
    const { states, orgs } = sidesOf(c.participants, byId);
    // Officials named by a bare national title ("received by President X") in a story set in
    // one country are that country's: foreigners get a demonym or "of X" in the text.
    const venue = venueOf(c) ?? ctx.dateline?.location?.country ?? null;
    if (venue) {
      // A state has one head of state and one holder of each post: a second one at the venue is a guest.
      const hosts = [...c.participants].map((id) => byId.get(id)).filter((p) => p?.country === venue && p.office);
      const taken = (o: NonNullable<FoundPerson['office']>): boolean => hosts.some((h) => h?.office?.id === o.id || (o.headOfState && h?.office?.headOfState));
      for (const id of c.participants) {
        const p = byId.get(id);
        if (p && !p.country && !p.organization && p.office && !p.office.international && !taken(p.office)) {
          states.add(venue);
          participantCountry.set(id, venue);
          hosts.push(p);
        }
      }
    }
    const unplaced = [...c.participants].filter((id) => {
      const p = byId.get(id);
      return p && !p.country && !p.organization && !p.office?.international && !participantCountry.has(id);
    });
    const eliminated = stateByElimination(unplaced.length, states, venue, statesNamedIn(c.sentences), articleStates);
    if (eliminated && unplaced[0]) {
      states.add(eliminated);
      participantCountry.set(unplaced[0], eliminated);
    }
    // A visit is to a state: a guest named alone ("X est attendu à N'Djamena") meets its host.
    const visited = c.trigger.type === 'visit' ? venueOf(c) : null;
    if (visited && states.size === 1 && !orgs.size && !states.has(visited)) states.add(visited);
    // An official of an international organisation meets the state where the encounter is held.
    const venueState = venueOf(c);
    if (orgs.size && !states.size && venueState) states.add(venueState);
    if (states.size < 2 && !orgs.size) {
      const named = new Set<CountryCode>();
      for (const s of c.sentences.slice(0, 1)) {
        for (const m of mentions) {
          if (m.start < s.start || m.end > s.end || !m.country) continue;
          if (rules.subjectState.test(text.slice(Math.max(s.start, m.start - 30), m.start))) continue;
          if (m.kind === 'country' || m.kind === 'demonym') named.add(m.country);
        }
      }
      // A long list of states ("leaders of Brazil, Russia, India, China and South Africa") is a
      // membership, not the parties of one encounter.
      if (named.size <= MAX_TEXT_PARTIES) for (const x of named) states.add(x);
    }
    return { states, orgs };
  };

  interface Draft { parts: Candidate[]; states: Set<CountryCode>; orgs: Set<string>; participants: Set<string> }
  const drafts: Draft[] = [];
  for (const c of pool) {
    const { states, orgs } = statesOf(c);
    if (states.size < 2 && !(states.size >= 1 && orgs.size)) {
      // "Les deux chefs d'État ont signé …", "cette visite à Tunis": a sentence naming no one and
      // no state but the encounter's, right after it, reports one more action of it.
      const last = drafts[drafts.length - 1];
      const lastSentence = last?.parts[last.parts.length - 1]?.sentences[0];
      const near = lastSentence && sentences.indexOf(c.sentences[0] as Sentence) - sentences.indexOf(lastSentence) <= 2;
      const within = [...states].every((x) => last?.states.has(x));
      if (last && near && within && [...c.participants].every((id) => last.participants.has(id))) last.parts.push(c);
      continue;
    }
    // In sports or disaster news only a sentence that itself names two officials counts.
    if (offDomain && c.own < 2) continue;
    // Officials placed by the venue ("Foreign Adviser X" in a story set in Dhaka) count as named.
    const isNamed = (id: string): boolean => Boolean(byId.get(id)?.country || byId.get(id)?.organization || participantCountry.has(id));
    const named = new Set([...c.participants].filter(isNamed));
    const into = drafts.find((d) => {
      if (!(subset(states, d.states) || subset(d.states, states))) return false;
      const kinds = new Set([d.parts[0]?.trigger.type, c.trigger.type]);
      if (kinds.has('visit')) return true;
      const dn = new Set([...d.participants].filter(isNamed));
      return named.size < 2 || dn.size < 2 || subset(named, dn) || subset(dn, named);
    });
    if (into) {
      into.parts.push(c);
      for (const s of states) into.states.add(s);
      for (const o of orgs) into.orgs.add(o);
      for (const p of c.participants) into.participants.add(p);
    } else {
      drafts.push({ parts: [c], states: new Set(states), orgs: new Set(orgs), participants: new Set(c.participants) });
    }
  }
  if (offDomain && drafts.every((d) => d.participants.size < 2)) return [];

  // The date parser costs about as much as the rest of the extractor: it reads only short
  // windows around a date cue (a month or day word, a numeric date), merged when they touch,
  // nearest the trigger first, and stops at the first window that holds a date.
  const nearestDate = (from: number, to: number, at: number, isPlanned: boolean): FoundDate | null => {
    const hint = rules.dateHintAll;
    const span = text.slice(from, to);
    const windows: { a: number; b: number }[] = [];
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
    const distance = (w: { a: number; b: number }): number => (at < from + w.a ? from + w.a - at : at > from + w.b ? at - from - w.b : 0);
    windows.sort((x, y) => distance(x) - distance(y));
    for (const w of windows) {
      let best: FoundDate | null = null;
      let bestDist = Infinity;
      for (const f of findDates(span.slice(w.a, w.b), ctx.language, ctx.published, isPlanned)) {
        const index = from + w.a + f.index;
        if (Math.abs(index - at) < bestDist) {
          bestDist = Math.abs(index - at);
          best = { ...f, index };
        }
      }
      if (best) return best;
    }
    return null;
  };

  // A venue named elsewhere in the encounter's paragraphs ("à Tunis", "in Vilnius") in one of
  // its states, when its own sentences name none.
  const venueElsewhere = (d: Draft): EventLocation | null => {
    const paragraphs = new Set(d.parts.flatMap((p) => p.sentences.map((x) => x.paragraph)));
    for (const m of mentions) {
      if (m.kind !== 'city' || !m.country || !d.states.has(m.country) || (ctx.dateline && m.start < ctx.dateline.end)) continue;
      const at = sentences.find((x) => m.start >= x.start && m.end <= x.end);
      if (!at || !paragraphs.has(at.paragraph)) continue;
      if (prep.test(text.slice(Math.max(0, m.start - 6), m.start))) return { placeId: m.id, name: ctx.placeName(m), country: m.country };
    }
    return null;
  };
  // Officials of at least two of the encounter's states are named among its participants.
  const bothSidesNamed = (d: Draft): boolean => {
    const served = new Set([...d.participants].map((id) => byId.get(id)?.country ?? participantCountry.get(id)).filter(Boolean));
    return served.size >= 2;
  };
  const events: ExtractedEvent[] = [];
  let previous: { date: FoundDate | null; location: EventLocation | null } | null = null;
  drafts.forEach((d, i) => {
    const first = d.parts[0] as Candidate;
    const isPlanned = d.parts.every((p) => p.planned);
    // An announced visit is one event: its programme (talks, signings) has not happened yet.
    const actions = splitActions(d.parts, bothSidesNamed(d)).filter((a) => !(isPlanned && a.duringVisit));
    const onlyCalls = actions.every((a) => a.type === 'phone_call');
    const segStart = first.sentences[0]?.start ?? 0;
    const nextDraft = drafts[i + 1];
    const segEnd = nextDraft ? (nextDraft.parts[0]?.sentences[0]?.start ?? text.length) : text.length;

    // Date: the one nearest the first trigger, else the dateline's, else the previous event's.
    let date: FoundDate | null = null;
    for (const p of d.parts) {
      for (const s of p.sentences) {
        const from = Math.max(s.start, ctx.dateline?.end ?? 0);
        if (from < s.end) date = nearestDate(from, s.end, p.at, isPlanned);
        if (date) break;
      }
      if (date) break;
    }
    if (!date && i > 0 && previous) date = previous.date;
    if (!date && ctx.dateline?.date && (drafts.length === 1 || i === 0)) date = ctx.dateline.date;
    // News reports what happened on the day it was published, as GDELT dates its events: an
    // encounter the text gives no date for takes the publication's (an announced one stays undated).
    if (!date && !isPlanned && ctx.published && /^\d{4}-\d{2}-\d{2}$/u.test(ctx.published)) date = { date: ctx.published, precision: 'day', index: -1, text: '' };

    // Place: a city after a locative preposition in the event's sentences; phone calls have none.
    let location: EventLocation | null = null;
    if (!onlyCalls) {
      for (const p of d.parts) {
        const m = venueMention(p);
        if (m?.country) {
          location = m.kind === 'country' ? { placeId: null, name: ctx.placeName(m), country: m.country } : { placeId: m.id, name: ctx.placeName(m), country: m.country };
          break;
        }
      }
      if (!location && i > 0 && previous) location = previous.location;
      if (!location) location = venueElsewhere(d);
      if (!location && ctx.dateline?.location) location = ctx.dateline.location;
    }

    const setting = rules.setting.exec(d.parts.map((p) => p.sentences.map((s) => text.slice(s.start, s.end)).join(' ')).join(' '))?.[0]?.trim() ?? null;

    const hostCountry = location?.country && d.states.has(location.country) ? location.country : null;
    const sideOf = (c: CountryCode | null): Side => (!hostCountry || !c ? 'party' : c === hostCountry ? 'host' : 'guest');
    const participants: Participant[] = [...d.participants].map((id) => {
      const p = byId.get(id) as FoundPerson;
      const country = p.country ?? participantCountry.get(id) ?? null;
      return { personId: p.id, name: p.name, role: p.role, country, organization: p.organization, side: sideOf(country) };
    });
    const countries = [...d.states].sort();
    const countrySides: Record<CountryCode, Side> = {};
    for (const c of countries) countrySides[c] = sideOf(c);

    const topics = drafts.length === 1 ? ctx.topicsIn(0, text.length) : ctx.topicsIn(segStart, segEnd);
    const named = participants.filter((p) => p.country || p.organization).length;
    const visitIndex = events.length;
    for (const action of actions) {
      const { type, trigger } = action;
      const codes = rules.types[type];
      const evidence: Evidence[] = [];
      for (const p of action.parts) {
        const s = p.sentences[0] as Sentence;
        if (evidence.length < MAX_EVIDENCE && !evidence.some((e) => e.start === s.start)) evidence.push({ start: s.start, end: s.end, quote: text.slice(s.start, s.end) });
      }
      const where = type === 'phone_call' ? null : location;
      let confidence = 0.45 + (trigger.strength === 'strong' ? 0.2 : 0) + Math.min(named, 2) * 0.1 + (date ? 0.05 : 0) + (where ? 0.05 : 0);
      if (isPlanned) confidence -= 0.1;
      events.push({
        type,
        status: isPlanned ? 'planned' : 'occurred',
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        location: where,
        setting,
        participants,
        countries,
        countrySides,
        topics,
        plover: codes.plover,
        ploverMode: codes.mode,
        cameo: type === 'visit' && !hostCountry ? '042' : codes.cameo,
        confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
        evidence,
        rule: trigger.id,
        during: action.duringVisit ? visitIndex : null,
      });
    }
    previous = { date, location };
  });
  return events;
}
