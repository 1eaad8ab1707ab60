import type { CountryCode } from '../../../src/domain/article.js';
import type { EventLocation, TopicRef } from '../../../src/domain/extraction.js';
import type { MultiPattern, Rules, Trigger } from '../../rules/loadRules.js';
import type { Mention } from '../findMentions.js';
import type { FoundPerson, PersonMention } from '../persons/personDoc.js';
import type { FoundDate } from '../resolveDate.js';
import type { Sentence } from '../splitSentences.js';

/** What the event finder needs to know about the article, all precomputed. */
export interface EventContext {
  readonly text: string;
  /** Where a saved page's own date line before the article ends (0 when there is none): it dates the page, never an encounter. */
  readonly pageDateEnd: number;
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
  /** The topic of talks between states when the article names none: their relations. */
  readonly topicOfTalks?: TopicRef | null;
  readonly placeName: (m: Mention) => string;
  /** The state the article is written from: its dateline's, else its outlet's (address domain). */
  readonly homeState: CountryCode | null;
  /** A state's English name, for a location known only by its state. */
  readonly countryName: (code: CountryCode) => string;
  /** A gazetteer city as a location, or null for an id the gazetteer does not hold. */
  readonly cityLocation: (id: string) => EventLocation | null;
  /** The capital a country mention also names ("in Luxembourg", "in Djibouti"), as a city mention, or null. */
  readonly capitalNamedAs?: (m: Mention) => Mention | null;
  /** The capital of a demonym's state, as a city mention at the demonym ('la capitale sénégalaise': Dakar). */
  readonly capitalOf?: (m: Mention) => Mention | null;
}

/** The rules of the article's language, picked once. */
export interface LanguageCues {
  readonly triggers: MultiPattern<Trigger>;
  readonly passing: RegExp;
  readonly passingAhead: RegExp;
  readonly planned: RegExp;
  readonly attendance: RegExp;
  readonly separately: RegExp;
  readonly talksByState: RegExp;
  readonly bothEncounters: RegExp;
  readonly jointly: RegExp;
  readonly pairAnaphor: RegExp;
  readonly visitBy: RegExp;
  readonly visitOfSubject: RegExp;
  readonly nextDay: RegExp;
  readonly dayBefore: RegExp;
  readonly invitedToVisit: RegExp;
  readonly followingOn: RegExp;
  readonly receivesGuest: RegExp;
  readonly receivedBy: RegExp;
  readonly preparation: RegExp;
  readonly background: RegExp;
  readonly talksSubject: RegExp;
  readonly setAside: RegExp;
  readonly guestBook: RegExp;
  readonly demonymCapital: RegExp;
  readonly arrivedHome: RegExp;
  readonly arrival: RegExp;
  readonly hereAtDateline: RegExp;
  readonly posting: RegExp;
  readonly returnTrip: RegExp;
  readonly tookPlace: RegExp;
  readonly welcomeOnArrival: RegExp;
  readonly gatheringHeld: RegExp;
  readonly collectiveSubject: RegExp;
  readonly otherDate: RegExp;
  readonly anaphoricSubject: RegExp;
  readonly leaderTitle: RegExp;
  readonly locationPreposition: RegExp;
  readonly hostVerb: RegExp;
}

/** One trigger sentence with the persons taking part, before it is grouped into an encounter. */
export interface Candidate {
  readonly trigger: Trigger;
  /** Every trigger of the sentence's strength, one per type: one sentence can report a visit, talks and a signing. */
  readonly triggers: readonly Trigger[];
  readonly sentences: readonly Sentence[];
  readonly at: number;
  /** Where the sentence's visit trigger is, when it has one beside a weightier one ("X's visit to Turkey, where … signed"): the destination follows it. */
  readonly visitAt?: number;
  readonly planned: boolean;
  /** Where the trigger sentence turns to another encounter, one this one prepares ("… ahead of the meeting between A and B") or the story's background ("… comes as envoys travelled to …"), when it does. */
  readonly preparedAt?: number;
  readonly participants: Set<string>;
  /** Those a later sentence says attended or accompanied it (added as it is read): they never make it another audience. */
  attendees?: Set<string>;
  /** Participants named in the trigger sentence itself (not in the sentences after it). */
  readonly own: number;
  /** The trigger sentence's subject is a participant named before, here by title alone ("la canciller colombiana"). */
  readonly titledSubject?: boolean;
  /** One counterpart's talk of a sentence that reports several one after another. */
  readonly separate?: boolean;
  /** The counterpart's state, for talks a sentence lists by state alone ("bilateral meetings with Malaysia, Vietnam and Thailand"). */
  readonly counterpartState?: CountryCode;
  /** The state that holds them, when the sentence names it as the subject rather than an official ("Ghana also held bilateral meetings with …"). */
  readonly subjectState?: CountryCode;
  /** The sentence's talks are the guest's reception on arrival alone ("He was received at the airport by …"). */
  readonly welcome?: boolean;
}

/** An encounter: the candidates that report it, its states, organisations and participants. */
export interface Draft {
  readonly parts: Candidate[];
  readonly states: Set<CountryCode>;
  readonly orgs: Set<string>;
  readonly participants: Set<string>;
  /** One leg of a tour: the state visited, whatever place the shared sentences name first. */
  readonly destination?: CountryCode;
  /** The trip a summary of separate talks reports: the talks are events of their own. */
  readonly tripOnly?: boolean;
}

/** The fields a candidate may go without, as `newCandidate` takes them. */
type CandidateOptions = 'visitAt' | 'preparedAt' | 'attendees' | 'titledSubject' | 'separate' | 'counterpartState' | 'subjectState' | 'welcome';

/**
 * A candidate with every field, in one order (undefined when it does not apply): candidates are
 * copied with changes many times, and one shape keeps the passes that read them from being
 * compiled again for each combination of fields.
 */
export function newCandidate(c: Omit<Candidate, CandidateOptions> & Partial<Pick<Candidate, CandidateOptions>>): Candidate {
  return {
    trigger: c.trigger,
    triggers: c.triggers,
    sentences: c.sentences,
    at: c.at,
    visitAt: c.visitAt,
    planned: c.planned,
    preparedAt: c.preparedAt,
    participants: c.participants,
    attendees: c.attendees,
    own: c.own,
    titledSubject: c.titledSubject,
    separate: c.separate,
    counterpartState: c.counterpartState,
    subjectState: c.subjectState,
    welcome: c.welcome,
  };
}

/** A draft with every field, in one order (see newCandidate). */
export function newDraft(d: Omit<Draft, 'destination' | 'tripOnly'> & Partial<Pick<Draft, 'destination' | 'tripOnly'>>): Draft {
  return { parts: d.parts, states: d.states, orgs: d.orgs, participants: d.participants, destination: d.destination, tripOnly: d.tripOnly };
}

/**
 * The article as the event passes see it: the context, the language's cues, persons by id, and
 * the one annotation passes add to it, the state each participant was placed in when the text
 * gives none (by the venue, by elimination).
 */
export interface EventDoc extends EventContext {
  readonly rules: Rules;
  readonly cues: LanguageCues;
  readonly byId: ReadonlyMap<string, FoundPerson>;
  readonly participantCountry: Map<string, CountryCode>;
}

function cue(table: Readonly<Record<string, RegExp>>, lang: string): RegExp {
  return table[lang] ?? (table['*'] as RegExp);
}

const cuesByRules = new WeakMap<Rules, Map<string, LanguageCues>>();

/**
 * The cues of a trigger language (`lang`) and of the article's own language (`place`, for the
 * cues kept per language only), picked once per rules and pair: every article of a language
 * shares them, where each used to look up its forty tables again.
 */
function languageCues(rules: Rules, lang: string, place: string, triggers: MultiPattern<Trigger>): LanguageCues {
  let byPair = cuesByRules.get(rules);
  if (!byPair) cuesByRules.set(rules, (byPair = new Map()));
  const key = `${lang}|${place}`;
  let cues = byPair.get(key);
  if (!cues) {
    cues = {
      triggers,
      passing: cue(rules.passing, lang),
      passingAhead: cue(rules.passingAhead, lang),
      planned: cue(rules.planned, lang),
      attendance: cue(rules.attendance, lang),
      separately: cue(rules.separately, lang),
      talksByState: cue(rules.talksByState, lang),
      bothEncounters: cue(rules.bothEncounters, lang),
      jointly: cue(rules.jointly, lang),
      pairAnaphor: cue(rules.pairAnaphor, lang),
      visitBy: cue(rules.visitBy, lang),
      visitOfSubject: cue(rules.visitOfSubject, lang),
      nextDay: cue(rules.nextDay, lang),
      dayBefore: cue(rules.dayBefore, lang),
      invitedToVisit: cue(rules.invitedToVisit, lang),
      followingOn: cue(rules.followingOn, lang),
      receivesGuest: cue(rules.receivesGuest, lang),
      receivedBy: cue(rules.receivedBy, lang),
      preparation: cue(rules.preparation, lang),
      background: cue(rules.background, lang),
      talksSubject: cue(rules.talksSubject, lang),
      setAside: cue(rules.setAside, lang),
      guestBook: cue(rules.guestBook, lang),
      demonymCapital: cue(rules.demonymCapital, lang),
      arrivedHome: cue(rules.arrivedHome, lang),
      arrival: cue(rules.arrival, lang),
      hereAtDateline: cue(rules.hereAtDateline, lang),
      posting: cue(rules.posting, lang),
      returnTrip: cue(rules.returnTrip, lang),
      tookPlace: cue(rules.tookPlace, lang),
      welcomeOnArrival: cue(rules.welcomeOnArrival, lang),
      gatheringHeld: cue(rules.gatheringHeld, lang),
      collectiveSubject: cue(rules.collectiveSubject, lang),
      otherDate: cue(rules.otherDate, lang),
      anaphoricSubject: cue(rules.anaphoricSubject, lang),
      leaderTitle: cue(rules.leaderTitle, lang),
      locationPreposition: cue(rules.locationPrepositions, place),
      hostVerb: cue(rules.hostVerbs, place),
    };
    byPair.set(key, cues);
  }
  return cues;
}

/** The event passes' view of an article, or null when no trigger rule covers its language. */
export function createEventDoc(ctx: EventContext, rules: Rules): EventDoc | null {
  const lang = ctx.language && rules.triggerMatchers[ctx.language] ? ctx.language : '*';
  const triggers = rules.triggerMatchers[lang] ?? rules.triggerMatchers['*'];
  if (!triggers) return null;
  // Every field named, not `{ ...ctx, rules, … }`: V8 gives an object spread and then extended a
  // map of its own each time (measured: every article's doc had one), which made every read of
  // the doc in the event passes a megamorphic lookup.
  return {
    text: ctx.text,
    pageDateEnd: ctx.pageDateEnd,
    language: ctx.language,
    published: ctx.published,
    sentences: ctx.sentences,
    mentions: ctx.mentions,
    persons: ctx.persons,
    personMentions: ctx.personMentions,
    dateline: ctx.dateline,
    topicsIn: ctx.topicsIn,
    topicOfTalks: ctx.topicOfTalks,
    placeName: ctx.placeName,
    homeState: ctx.homeState,
    countryName: ctx.countryName,
    cityLocation: ctx.cityLocation,
    capitalNamedAs: ctx.capitalNamedAs,
    capitalOf: ctx.capitalOf,
    rules,
    cues: languageCues(rules, lang, ctx.language ?? '', triggers),
    byId: new Map(ctx.persons.map((p) => [p.id, p])),
    participantCountry: new Map(),
  };
}

/** The article's lead: its first sentence after the dateline. */
export function leadSentence(doc: EventDoc): Sentence | undefined {
  return doc.sentences.find((x) => !doc.dateline || x.start >= doc.dateline.end);
}

/** The state a participant serves: the text's, or the one a pass placed it in. */
export function stateOf(doc: EventDoc, id: string): CountryCode | null {
  return doc.byId.get(id)?.country ?? doc.participantCountry.get(id) ?? null;
}

/** Person mentions inside a sentence. */
export function mentionsIn(doc: EventDoc, s: Sentence): PersonMention[] {
  return doc.personMentions.filter((m) => m.start >= s.start && m.end <= s.end);
}

/** The sentence text of a span. */
export function textOf(doc: EventDoc, s: Sentence): string {
  return doc.text.slice(s.start, s.end);
}

/** How often each person `keep` accepts is named before `from`. */
export function timesNamedBefore(doc: EventDoc, from: number, keep: (id: string) => boolean): Map<string, number> {
  const times = new Map<string, number>();
  for (const m of doc.personMentions) if (m.end <= from && keep(m.personId)) times.set(m.personId, (times.get(m.personId) ?? 0) + 1);
  return times;
}
