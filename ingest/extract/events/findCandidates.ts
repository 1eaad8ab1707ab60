import type { CountryCode } from '../../../src/domain/article.js';
import { foldText } from '../../lexicons/foldText.js';
import { matchedEntryAt, type Trigger } from '../../rules/loadRules.js';
import { wordStartOnly } from '../../rules/wordStartOnly.js';
import { findOfficeHits } from '../persons/findOfficeHits.js';
import type { Sentence } from '../splitSentences.js';
import { leadSentence, mentionsIn, newCandidate, stateOf, textOf, timesNamedBefore, type Candidate, type EventDoc } from './eventDoc.js';
import { coordinatedCounterparts } from './coordinatedCounterparts.js';
import { splitCounterparts, type NamedParticipant } from './splitCounterparts.js';
import { titledStates } from './titledStates.js';
import { packedMap } from '../packedMap.js';

interface Hit {
  readonly trigger: Trigger;
  readonly at: number;
}

/** The subject the last trigger sentence named, which a pronoun or a dropped subject continues. */
interface SubjectThread {
  /** Undefined until a sentence names a subject or one is asked for: then the article's protagonist (see protagonistOf). */
  last: string | null | undefined;
}

/**
 * The subject the thread carries, the article's protagonist before any sentence names one: read
 * only when a sentence's subject is a pronoun or dropped, so most articles never compute it.
 */
function threadSubject(doc: EventDoc, thread: SubjectThread): string | null {
  if (thread.last === undefined) thread.last = protagonistOf(doc);
  return thread.last;
}

/** Characters after a signing verb where the guest book it signs is looked for. */
const GUEST_BOOK_REACH = 60;

/** A letter or digit: a trigger phrase starts with a word, never inside one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every trigger of the article, overlapping ones too ("a eu un entretien téléphonique" is a
 * meeting phrase whose last word starts a phone-call phrase, and the more specific type must be
 * seen), at word starts only ("afirmó" holds no "firmó"). One scan of the whole text: the regex
 * engine steps through it far faster than a call per sentence or per word.
 */
function triggerHits(doc: EventDoc): Hit[] {
  // Only word starts are tried; the test below still decides which one is (see wordStartOnly).
  const regex = wordStartOnly(doc.cues.triggers.regex);
  const hits: Hit[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(doc.text); m; m = regex.exec(doc.text)) {
    const trigger = m.index === 0 || !WORD_CHAR.test(doc.text[m.index - 1] as string) ? matchedEntryAt(m, doc.cues.triggers, doc.text) : null;
    // Signing a guest book ("a signé le livre d'honneur") is a courtesy, not an agreement.
    const guestBook = trigger?.type === 'agreement' && doc.cues.guestBook.test(doc.text.slice(m.index, m.index + GUEST_BOOK_REACH));
    if (trigger && !guestBook) hits.push({ trigger, at: m.index });
    regex.lastIndex = m.index + 1;
  }
  return hits;
}

/** "extended an invitation to X to visit Sri Lanka": the visit is proposed, whatever else the sentence reports. */
function proposedVisit(doc: EventDoc, s: Sentence, h: Hit): boolean {
  return h.trigger.type === 'visit' && doc.cues.invitedToVisit.test(doc.text.slice(s.start, h.at));
}

/**
 * "X a eu des entretiens avec l'ambassadeur Y, suite à la présentation de ses lettres au chef
 * de l'État Z": where the words introducing the ceremony the talks follow start, or -1.
 */
function ceremonyFollowed(doc: EventDoc, inSentence: readonly Hit[], h: Hit): number {
  const talks = h.trigger.type === 'other' ? inSentence.find((x) => x.at < h.at && x.trigger.type !== 'other') : undefined;
  const m = talks ? doc.cues.followingOn.exec(doc.text.slice(talks.at, h.at)) : null;
  return talks && m ? talks.at + m.index : -1;
}

/** The hits inside a sentence, from the article's hits sorted by offset. */
function hitsIn(hits: readonly Hit[], s: Sentence): Hit[] {
  return hits.filter((h) => h.at >= s.start && h.at < s.end);
}

/** What joins two names of one list: a comma, a conjunction (organizationPatterns.json "coordinators") or both. */
function listJoint(doc: EventDoc, between: string): boolean {
  const word = between.replace(/^\s*,?\s*/u, '').trim();
  return word === '' ? /^\s*,?\s*$/u.test(between) && between.length > 0 : /^\s*,?\s+\S+\s+$/u.test(between) && doc.rules.organizationPatterns.coordinators.has(foldText(word));
}

const absentCues = new WeakMap<EventDoc, Map<string, boolean>>();

/** Characters after a name read for the possessive of a post or a message held for it ("X's special envoy"). */
const PRINCIPAL_REACH = 40;

/**
 * A cue right before a name says it is not present ("un message du président …, le général X"),
 * and so does the possessive of an envoy or a message right after it ("X's personal envoy").
 * Read once per name and sentence: the cues end in `$`, which the engine tries from every
 * position of the reach, and every trigger sentence asks again about the names it holds.
 */
function cuedAsAbsent(doc: EventDoc, s: Sentence, m: { readonly start: number; readonly end: number }): boolean {
  let seen = absentCues.get(doc);
  if (!seen) absentCues.set(doc, (seen = new Map()));
  const key = `${s.start}:${m.start}`;
  let absent = seen.get(key);
  if (absent === undefined) {
    absent = doc.rules.nonParticipant.some(({ regex, reach }) => regex.test(doc.text.slice(Math.max(s.start, m.start - reach), m.start))) || doc.rules.principalOf.test(doc.text.slice(m.end, m.end + PRINCIPAL_REACH));
    seen.set(key, absent);
  }
  return absent;
}

/**
 * Persons a sentence names as present, before `until`: not the sender of a message, not a source
 * quoted, not the holder of a post that reports encounters (a spokesperson). A name listed right
 * after an excluded one ("on behalf of X and Y") is excluded with it.
 */
export function presentIn(doc: EventDoc, s: Sentence, until = s.end): string[] {
  const out: string[] = [];
  let excludedEnd = -1;
  for (const m of mentionsIn(doc, s)) {
    if (m.start >= until) break;
    const listedAfterExcluded = excludedEnd >= 0 && listJoint(doc, doc.text.slice(excludedEnd, m.start));
    if (listedAfterExcluded || cuedAsAbsent(doc, s, m)) {
      excludedEnd = m.end;
      continue;
    }
    if (doc.byId.get(m.personId)?.office?.reporter) continue;
    if (!out.includes(m.personId)) out.push(m.personId);
  }
  return out;
}

/**
 * "The meeting was attended by X, Minister of State, and Y": office-holders attending the
 * encounter of the sentence before (same paragraph or the next; anywhere after it when the
 * sentence refers back to it, "the meeting") take part in it.
 */
function addAttendees(doc: EventDoc, si: number, hits: readonly Hit[], candidates: readonly Candidate[]): void {
  const s = doc.sentences[si] as Sentence;
  if (hits.some((h) => h.trigger.strength === 'strong')) return;
  const prev = candidates[candidates.length - 1];
  const last = prev?.sentences[prev.sentences.length - 1];
  const prevIdx = last ? doc.sentences.indexOf(last) : -1;
  if (!prev || !last || prevIdx < 0) return;
  // The attendance cue is read last: most sentences follow no encounter closely enough.
  if (!((si - prevIdx <= 2 && s.paragraph - last.paragraph <= 1) || hits.length > 0) || !doc.cues.attendance.test(textOf(doc, s))) return;
  for (const id of presentIn(doc, s)) {
    if (!doc.byId.get(id)?.office || prev.participants.has(id)) continue;
    prev.participants.add(id);
    prev.attendees = (prev.attendees ?? new Set()).add(id);
  }
}

/**
 * Where a sentence turns to another encounter the one it reports prepares ("X held a call with Y
 * ahead of the meeting between A and B"): its triggers, names and cues of the future from there
 * on are that encounter's. The sentence's end when it names no one and has no trigger before
 * such a turn ("Ahead of the summit, X met Y"); "Both leaders met … ahead of the forum to take
 * place on Monday" turns there.
 */
function preparedFrom(doc: EventDoc, s: Sentence, firstHit: number): number {
  const m = doc.cues.preparation.exec(textOf(doc, s));
  const at = m ? s.start + m.index : s.end;
  return firstHit < at || mentionsIn(doc, s).some((p) => p.start < at) ? at : s.end;
}

/**
 * Where a sentence turns to the story's background ("The visit comes as envoys travelled to
 * Israel", "La rencontre intervient alors que …"): what it tells from there on is another
 * encounter, whoever the sentence names before. The sentence's end when it does not.
 */
function backgroundFrom(doc: EventDoc, s: Sentence, firstHit: number): number {
  const text = textOf(doc, s);
  const m = doc.cues.background.exec(text);
  if (!m) return s.end;
  // "Avant de s'envoler pour New York, X a été reçu à l'Élysée": a sentence that opens on the
  // next leg tells the encounter after it; only a cue after its first trigger turns away.
  if (s.start + m.index < firstHit && /^[\s«"“-]*$/u.test(text.slice(0, m.index))) {
    const later = doc.cues.background.exec(doc.text.slice(firstHit, s.end));
    return later ? firstHit + later.index : s.end;
  }
  return s.start + m.index;
}

/** Characters after a trigger a cue of the future may stand and still tell its tense ("El encuentro, que se celebrará el lunes"). */
const PLANNED_REACH = 150;

/**
 * A cue of the future before the trigger or close after it: "X will meet Y", "the meeting, to be
 * held on Monday". One far after it belongs to another clause ("during a working meeting with Y,
 * X said … for the session the country will host in June").
 */
function plannedAround(doc: EventDoc, from: number, at: number, until: number): boolean {
  const m = doc.cues.planned.exec(doc.text.slice(from, until));
  return m !== null && from + m.index <= at + PLANNED_REACH;
}

/** An aside set off by dashes or parentheses, to the next dash or the sentence's end. */
const ASIDE = /\s[–—]\s[^–—]*(?:\s[–—]\s|$)|\s-\s[^–—]*$|\([^()]*\)/gu;

/**
 * A sentence without its asides: "X reçoit Y pour une visite d'État – la dernière remontant à
 * 1998" reports this visit; the aside recalls the earlier one.
 */
function withoutAsides(sentence: string): string {
  return sentence.replace(ASIDE, ' ');
}

/**
 * Where a relative clause after the first trigger opens the subject of the talks ("X received Y,
 * with whom he reviewed his last visit to Rome"): a past encounter named from there on is what
 * they talked about. The sentence's length when there is none.
 */
function talksSubjectFrom(doc: EventDoc, sentence: string, first: number): number {
  const m = doc.cues.talksSubject.exec(sentence.slice(first));
  return m ? first + m.index : sentence.length;
}

/**
 * A sentence that mentions its encounters in passing (a past one recalled, an invitation). An
 * announcement is no past encounter, whatever past it recalls after its trigger as background
 * ("X will meet Y, re-elected earlier this month"); a past told before the trigger ("Back from
 * Damascus, where he went last Friday to meet …") still is one.
 */
function mentionedInPassing(doc: EventDoc, s: Sentence, sentence: string, firstHit: number): boolean {
  const first = firstHit - s.start;
  if (!doc.cues.planned.test(sentence)) return doc.cues.passing.test(withoutAsides(sentence.slice(0, talksSubjectFrom(doc, sentence, first))));
  return doc.cues.passing.test(withoutAsides(sentence.slice(0, first))) || doc.cues.passingAhead.test(withoutAsides(sentence));
}

/** Sentences back where "the two leaders" looks for the two it stands for. */
const PAIR_REACH = 3;

/**
 * "Les deux chefs d'État ont échangé sur …", "the two leaders discussed …": a plural subject
 * stands for the officials of two states named last in the sentences before; they join the
 * parties until two states take part.
 */
function addNamedPair(doc: EventDoc, si: number, participants: Set<string>): void {
  const s = doc.sentences[si] as Sentence;
  const from = (doc.sentences[Math.max(0, si - PAIR_REACH)] as Sentence).start;
  const states = new Set([...participants].map((id) => doc.byId.get(id)?.country).filter(Boolean));
  const before = doc.personMentions.filter((m) => m.start >= from && m.end <= s.start);
  for (let i = before.length - 1; i >= 0 && states.size < 2; i--) {
    const id = (before[i] as { personId: string }).personId;
    const state = doc.byId.get(id)?.country;
    if (!state || states.has(state) || doc.byId.get(id)?.office?.reporter) continue;
    states.add(state);
    participants.add(id);
  }
}

/**
 * Whom an anaphoric subject stands for: the thread's subject, unless the subject names a state
 * that is not that person's ("el jefe de Estado chileno", "the Kenyan leader"), or names a
 * leader when the thread's subject is none ("el mandatario salvadoreño", "le chef de l'État"):
 * then the person of that state (of any, when it names none) the text has named before, its
 * head of state when the title is a leader's, and of those the one named most often (the last
 * on a tie).
 */
function subjectOfState(doc: EventDoc, from: number, verbAt: number, last: string | null): string | null {
  const state = doc.mentions.find((m) => m.start >= from && m.end <= verbAt && m.country && (m.kind === 'country' || m.kind === 'demonym'))?.country;
  const leader = doc.cues.leaderTitle.test(doc.text.slice(from, verbAt));
  const isHead = (id: string): boolean => doc.byId.get(id)?.office?.headOfState === true;
  if (!state && (!leader || !last || isHead(last))) return last;
  if (last && stateOf(doc, last) === state && (!leader || isHead(last))) return last;
  // "Puis le chef de l'État a conféré avec …" after a sentence about his guest: the head of
  // state the text has named, whatever state.
  const times = timesNamedBefore(doc, from, (id) => !state || stateOf(doc, id) === state);
  const heads = [...times.keys()].filter(isHead);
  if (!state && !heads.length) return last;
  let best: string | null = null;
  for (const id of leader && heads.length ? heads : times.keys()) if (!best || (times.get(id) ?? 0) >= (times.get(best) ?? 0)) best = id;
  return best ?? last;
}

/**
 * Whom a bare title stands for when the thread's subject is the sentence's counterpart: the
 * official named most often before it (the first on a tie) of a state no party serves.
 */
function otherSubject(doc: EventDoc, from: number, participants: ReadonlySet<string>): string | null {
  const taken = new Set([...participants].map((id) => stateOf(doc, id)));
  const times = timesNamedBefore(doc, from, (id) => {
    const state = stateOf(doc, id);
    return state !== null && !taken.has(state) && !doc.byId.get(id)?.office?.reporter;
  });
  let best: string | null = null;
  for (const [id, n] of times) if (!best || n > (times.get(best) ?? 0)) best = id;
  return best;
}

/**
 * The parties of a trigger sentence: those it names; its subject when a pronoun, a bare title
 * or a dropped subject stands for the one named before ("Il a ensuite reçu X", "Se reunió con
 * X"); and those the next sentences name when it names fewer than two.
 */
function gatherParticipants(doc: EventDoc, si: number, verbAt: number, strong: boolean, thread: SubjectThread, until: number) {
  const s = doc.sentences[si] as Sentence;
  const sentence = textOf(doc, s);
  const used = [s];
  const participants = new Set(presentIn(doc, s, until));
  const own = participants.size;
  // "El jefe de Estado y su delegación, integrada por A y B, fue recibido por X": the
  // subject is the title before the delegation its companions are listed in.
  const subjectEnd = delegationAt(doc, s, verbAt);
  // The subject comes before the sentence's first trigger ("Mardi, elle a été reçue par X dans le cadre d'une visite").
  const subjectHere = mentionsIn(doc, s).find((m) => m.start < subjectEnd && participants.has(m.personId))?.personId ?? null;
  const anaphoric = doc.cues.anaphoricSubject.test(doc.text.slice(s.start, subjectEnd));
  const resolved = !subjectHere && anaphoric && strong ? subjectOfState(doc, s.start, subjectEnd, threadSubject(doc, thread)) : null;
  // "Le président de la République a eu mardi un échange avec son homologue X": a leader's
  // bare title before the verb is never the counterpart the sentence names after it.
  const named = mentionsIn(doc, s);
  const counterpart = resolved !== null && !named.some((m) => m.start < verbAt) && named.find((m) => m.start > verbAt)?.personId === resolved;
  const subject = counterpart && doc.cues.leaderTitle.test(doc.text.slice(s.start, verbAt)) ? otherSubject(doc, s.start, participants) : resolved;
  const inherited = subject && !participants.has(subject) ? subject : null;
  if (subjectHere ?? subject) thread.last = subjectHere ?? subject;
  if (inherited) participants.add(inherited);
  if (participants.size === 0) {
    const subjects = titledStates(doc, s.start, verbAt);
    if (subjects.length >= 2) for (const id of subjects) participants.add(id);
  }
  // "X met the ambassadors of Ghana and Nigeria": counterparts the sentence names by office and state alone.
  if (!named.some((m) => m.start > verbAt)) for (const id of titledStates(doc, verbAt, s.end)) participants.add(id);
  if (participants.size < 2 && doc.cues.pairAnaphor.test(sentence)) addNamedPair(doc, si, participants);
  const firstParagraph = doc.sentences.find((x) => !doc.dateline || x.end > doc.dateline.end)?.paragraph ?? -1;
  let separately: boolean | undefined;
  for (let k = si + 1; participants.size < 2 && k < doc.sentences.length && k <= si + 2; k++) {
    const n = doc.sentences[k] as Sentence;
    const lead = s.paragraph === firstParagraph;
    // A lead that names no one ("Les ministres … se sont réunis à Niamey") is followed by a
    // paragraph that does; otherwise the parties are in the trigger's own paragraph. A series
    // of talks announced in one sentence lists its counterparts in the next, or, past a
    // sentence naming no one ("The meetings took place at …"), in a list of two names at least.
    let named: string[] | undefined;
    const namedHere = (): string[] => (named ??= presentIn(doc, n));
    if (n.paragraph !== s.paragraph) {
      const listFollows = (separately ??= doc.cues.separately.test(sentence)) && (k === si + 1 || (participants.size === own && namedHere().filter((id) => !participants.has(id)).length >= 2));
      if (!listFollows && (participants.size > 0 || !lead || (doc.sentences[k - 1] as Sentence).paragraph !== s.paragraph)) {
        // "Le secrétaire d'État français sera reçu par X. ¶ Le secrétaire d'État français, Y, est à Libreville":
        // a lead whose subject is a title alone is followed by the paragraph that names its holder.
        const title = lead && k === si + 1 ? subjectTitle(doc, s, verbAt) : null;
        const holders = title ? namedHere().filter((id) => holdsTitle(doc, title, id)) : [];
        for (const id of holders) participants.add(id);
        if (holders.length) used.push(n);
        break;
      }
    }
    used.push(n);
    for (const id of namedHere()) participants.add(id);
  }
  return { used, participants, own, inherited };
}

/** The offices and states of a sentence's subject written as an office alone, with no one named before its trigger; null when someone is. */
function subjectTitle(doc: EventDoc, s: Sentence, verbAt: number): { offices: Set<string>; states: Set<string> } | null {
  if (doc.personMentions.some((m) => m.start >= s.start && m.start < verbAt)) return null;
  const offices = new Set(findOfficeHits(doc.text.slice(s.start, verbAt), doc.language, doc.rules).map((h) => h.office.id));
  const states = new Set(doc.mentions.filter((m) => m.start >= s.start && m.end <= verbAt && m.country && (m.kind === 'country' || m.kind === 'demonym')).map((m) => m.country as string));
  return offices.size ? { offices, states } : null;
}

/** `id` holds the subject's office, of the state the title writes when it writes one ("le ministre français"). */
function holdsTitle(doc: EventDoc, title: { offices: ReadonlySet<string>; states: ReadonlySet<string> }, id: string): boolean {
  const office = doc.byId.get(id)?.office?.id;
  const state = stateOf(doc, id);
  return office !== undefined && title.offices.has(office) && (!title.states.size || (state !== null && title.states.has(state)));
}

/** Where a subject's delegation is listed before the trigger ("X y su comitiva, integrada por A"), when no one is named before it; else the trigger. */
function delegationAt(doc: EventDoc, s: Sentence, verbAt: number): number {
  const cue = doc.rules.companions[doc.language ?? '*'];
  if (!cue) return verbAt;
  cue.lastIndex = 0;
  const m = cue.exec(doc.text.slice(s.start, verbAt));
  const at = m ? s.start + m.index : verbAt;
  return m && !doc.personMentions.some((p) => p.start >= s.start && p.start < at) ? at : verbAt;
}

/** Each participant of a candidate's sentences with the place it is first named and its state. */
function namedIn(doc: EventDoc, spans: readonly Sentence[], ids: ReadonlySet<string>, subject: string | null): NamedParticipant[] {
  return [...ids].map((id) => {
    const first = doc.personMentions.find((m) => m.personId === id && spans.some((s) => m.start >= s.start && m.end <= s.end));
    const person = doc.byId.get(id);
    return { id, at: id === subject ? -1 : (first?.start ?? Infinity), state: person?.country ?? null, affiliated: Boolean(person?.organization) };
  });
}

/** Most states a sentence can list as separate talks: more is a membership, not a series of audiences. */
const MAX_LISTED_TALKS = 12;

/**
 * "She held bilateral meetings with her counterparts from Malaysia, Vietnam and Thailand": a sentence
 * of separate talks that names no counterpart lists their states after its trigger; one talk
 * each, with the subject. Returns the candidates, or null when it lists fewer than two states.
 */
function talksByState(doc: EventDoc, c: Candidate, subject: string): Candidate[] | null {
  const s = c.sentences[0] as Sentence;
  // "Ghana also held bilateral meetings with …": a state named as the subject holds them, not the
  // official the sentences before were about.
  const subjectState = stateAsSubject(doc, s, c.at);
  const by = subjectState && subjectState !== doc.byId.get(subject)?.country ? [] : [subject];
  const own = subjectState ?? doc.byId.get(subject)?.country ?? null;
  const states = new Set<CountryCode>();
  for (const m of doc.mentions) {
    if (m.start < c.at || m.end > s.end || !m.country || (m.kind !== 'country' && m.kind !== 'demonym') || m.country === own) continue;
    states.add(m.country);
  }
  if (states.size < 2 || states.size > MAX_LISTED_TALKS) return null;
  return [...states].map((state) => {
    const counterpart = counterpartNamedAfter(doc, s, state);
    return { ...c, participants: new Set(counterpart ? [...by, counterpart] : by), own: 1, separate: true, counterpartState: state, subjectState: subjectState ?? undefined };
  });
}

/** The state a sentence opens on as the subject of its trigger, when no one is named before the trigger. */
function stateAsSubject(doc: EventDoc, s: Sentence, at: number): CountryCode | null {
  if (doc.personMentions.some((m) => m.start >= s.start && m.start < at)) return null;
  const m = doc.mentions.find((x) => x.start >= s.start && x.end <= at && x.kind === 'country' && x.country);
  return m?.country ?? null;
}

/** Sentences after a list of talks where the official met in each is looked for. */
const COUNTERPART_REACH = 6;

/**
 * "… five bilateral meetings with Barbados, Senegal and Greece. With Greek Prime Minister X, he
 * discussed …": the first official of a listed state the next sentences name is the counterpart.
 */
function counterpartNamedAfter(doc: EventDoc, s: Sentence, state: CountryCode): string | null {
  const si = doc.sentences.indexOf(s);
  const end = (doc.sentences[Math.min(doc.sentences.length - 1, si + COUNTERPART_REACH)] as Sentence).end;
  const m = doc.personMentions.find((x) => x.start >= s.end && x.end <= end && doc.byId.get(x.personId)?.office && stateOf(doc, x.personId) === state);
  return m?.personId ?? null;
}

/** Most items of a list a trigger sentence introduces that are read as its counterparts. */
const MAX_LIST_ITEMS = 12;

/** A line that opens on a bullet or a dash: an item of a list. */
const LIST_ITEM = /^[-–•·▪*]\s/u;

/**
 * The items of the list a trigger sentence introduces with a colon ("… a rencontré plusieurs
 * dirigeants, parmi lesquels :" then "• Le président X.", "• Le chancelier Y."), each by its
 * first sentence, which names the counterpart, and where and when; the item's next sentences
 * tell what was said. Items run up to the first line that is neither an item nor an item's
 * continuation. Empty when no list follows, or a longer one than talks are listed in.
 */
function listItems(doc: EventDoc, si: number): Sentence[] {
  const s = doc.sentences[si] as Sentence;
  if (!textOf(doc, s).endsWith(':')) return [];
  const heads: Sentence[] = [];
  for (let k = si + 1; k < doc.sentences.length; k++) {
    const n = doc.sentences[k] as Sentence;
    if (LIST_ITEM.test(textOf(doc, n))) heads.push(n);
    else if (heads[heads.length - 1]?.paragraph !== n.paragraph) break;
  }
  return heads.length > MAX_LIST_ITEMS ? [] : heads;
}

/**
 * The talks of a trigger sentence that lists its counterparts after a colon: one per item with
 * the sentence's own parties when they are someone meeting them in turn; one encounter of them
 * all when the sentence names no one. A list of who attends ("En el encuentro participarán,
 * entre ellos: …") adds them to the encounter reported before (`previous`), when there is one.
 * Null when no list follows or its items name no one.
 */
function listedTalks(doc: EventDoc, si: number, c: Candidate, inherited: string | null, jointly: boolean, previous: Candidate | undefined): Candidate[] | null {
  const heads = listItems(doc, si);
  if (!heads.length) return null;
  const s = doc.sentences[si] as Sentence;
  const own = new Set(presentIn(doc, s, c.preparedAt ?? s.end));
  if (inherited) own.add(inherited);
  const named = heads.map((head) => presentIn(doc, head).filter((id) => !own.has(id)));
  if (!named.some((ids) => ids.length)) return null;
  const attends = doc.cues.attendance.test(textOf(doc, s));
  if (attends && previous) {
    for (const id of named.flat()) previous.participants.add(id);
    return [];
  }
  if (!own.size || jointly || attends) return [{ ...c, sentences: [s, ...heads], participants: new Set([...own, ...named.flat()]) }];
  return heads.flatMap((head, i) => (named[i]?.length ? [{ ...c, sentences: [s, head], participants: new Set([...own, ...(named[i] as string[])]), own: own.size, separate: true }] : []));
}

/** The person mentions not cued as absent (a source quoted, a message's sender), in text order. */
function namedAsPresent(doc: EventDoc): EventDoc['personMentions'] {
  let si = 0;
  return doc.personMentions.filter((m) => {
    while (si < doc.sentences.length - 1 && (doc.sentences[si] as Sentence).end <= m.start) si++;
    return !cuedAsAbsent(doc, doc.sentences[si] as Sentence, m);
  });
}

/**
 * Whom a pronoun ("He hosted …") refers to before any sentence names a subject: the article's
 * protagonist, the person it names most often (twice at least), else the first official it
 * names (a byline's author has no state). Read before the passes after findCandidates place
 * participants in states (stateOf reads only the text's states here).
 */
function protagonistOf(doc: EventDoc): string | null {
  const present = namedAsPresent(doc);
  const mentionsOf = new Map<string, number>();
  for (const m of present) mentionsOf.set(m.personId, (mentionsOf.get(m.personId) ?? 0) + 1);
  const count = (id: string): number => mentionsOf.get(id) ?? 0;
  const protagonist = [...doc.persons].sort((a, b) => count(b.id) - count(a.id))[0];
  const firstOfficial = present.find((m) => stateOf(doc, m.personId) || doc.byId.get(m.personId)?.office)?.personId ?? null;
  return protagonist && count(protagonist.id) >= 2 ? protagonist.id : firstOfficial;
}

/** Characters between the start of a reception on arrival and the trigger that reads it ("He was received at the airport by"). */
const WELCOME_REACH = 20;

/** "He was received at the airport by the Foreign Minister": the sentence's talks are the guest's reception on arrival, and nothing more. */
function welcomeOnly(doc: EventDoc, s: Sentence, sentence: string, hits: readonly Hit[]): boolean {
  const m = doc.cues.welcomeOnArrival.exec(sentence);
  if (!m) return false;
  const from = s.start + m.index - WELCOME_REACH;
  const to = s.start + m.index + m[0].length;
  const talks = hits.filter((h) => h.trigger.type === 'meeting');
  return talks.length > 0 && talks.every((h) => h.at >= from && h.at <= to);
}

/**
 * One candidate per group of counterparts a sentence lists. "During his visit to Azerbaijan, X also
 * met the Presidents of Iran and Uzbekistan": one trip, by the subject, and the talks with each
 * counterpart held during it; the trip is not one per counterpart.
 */
function perCounterpart(c: Candidate, groups: readonly string[][], subject: string | undefined): Candidate[] {
  const trip = c.visitAt !== undefined && subject !== undefined && groups.length > 1 ? c.triggers.find((t) => t.type === 'visit') : undefined;
  const talks = c.triggers.filter((t) => t.type !== 'visit');
  const apart = (group: readonly string[]): Candidate => ({ ...c, participants: new Set(group), own: group.length, separate: true });
  if (!trip || !talks.length || subject === undefined || c.visitAt === undefined) return groups.map(apart);
  return [
    { ...c, trigger: trip, triggers: [trip], at: c.visitAt, participants: new Set([subject]), own: 1 },
    ...groups.map((group) => ({ ...apart(group), trigger: talks[0] as Trigger, triggers: talks })),
  ];
}

/**
 * The article's trigger sentences (not mentions in passing) with the persons taking part, one
 * candidate per counterpart when talks are reported one after another. Strong triggers name an
 * encounter; weak ones (nouns referring back) count only when no sentence has a strong one.
 */
export function findCandidates(doc: EventDoc): Candidate[] {
  const strongOnes: Candidate[] = [];
  const weakOnes: Candidate[] = [];
  const thread: SubjectThread = { last: undefined };
  const all = triggerHits(doc);
  // A lead that sets the article on a summit's sidelines frames every sentence's talks.
  const lead = leadSentence(doc);
  const leadOnSidelines = lead !== undefined && doc.rules.setting.test(textOf(doc, lead));
  doc.sentences.forEach((s, si) => {
    if (doc.dateline && s.end <= doc.dateline.end) return;
    const sentence = textOf(doc, s);
    const inSentence = hitsIn(all, s);
    const followed = Math.max(...inSentence.map((h) => ceremonyFollowed(doc, inSentence, h)));
    const hits = inSentence.filter((h) => !proposedVisit(doc, s, h) && (followed < 0 || h.at < followed));
    addAttendees(doc, si, hits, strongOnes);
    if (!hits.length) return;
    const firstHit = Math.min(...hits.map((h) => h.at));
    if (mentionedInPassing(doc, s, sentence, firstHit)) return;
    // The ceremony the talks follow is their background too: its officials took no part in them.
    const prepared = Math.min(preparedFrom(doc, s, firstHit), backgroundFrom(doc, s, firstHit), s.start + talksSubjectFrom(doc, sentence, firstHit - s.start), followed < 0 ? Infinity : followed);
    // "En dehors de la réception des lettres de créance, X s'est entretenu avec Y": the
    // opening clause sets another activity aside.
    const asideEnd = s.start + (doc.cues.setAside.exec(sentence)?.[0].length ?? 0);
    const reported = hits.filter((h) => h.at < prepared && h.at >= asideEnd);
    if (!reported.length) return;
    const strong = reported.filter((h) => h.trigger.strength === 'strong');
    // "Following the signing, X and Y exchanged views": talks a pair holds beside a signing are an action of their own.
    const pairTalks = strong.every((h) => h.trigger.type === 'agreement') ? reported.filter((h) => h.trigger.strength !== 'strong' && h.trigger.pairSubject) : [];
    const kept = strong.length ? [...strong, ...pairTalks] : reported;
    const best = kept.reduce((a, b) => (doc.rules.types[b.trigger.type].priority > doc.rules.types[a.trigger.type].priority ? b : a));
    const { used, participants, own, inherited } = gatherParticipants(doc, si, Math.min(...kept.map((h) => h.at)), strong.length > 0, thread, prepared);
    const triggers = packedMap(kept, (h) => h.trigger).filter((t, k, all) => all.findIndex((u) => u.type === t.type) === k);
    const visitAt = kept.find((h) => h.trigger.type === 'visit')?.at;
    const welcome = welcomeOnly(doc, s, sentence, reported) || undefined;
    const c = newCandidate({ trigger: best.trigger, triggers, sentences: used, at: best.at, visitAt, planned: plannedAround(doc, s.start, best.at, prepared), preparedAt: prepared < s.end ? prepared : undefined, participants, own, titledSubject: inherited ? true : undefined, welcome });
    // "… Ambas recepciones se han desarrollado en presencia de …": the next sentence counts them.
    const next = doc.sentences[si + 1];
    const separately = doc.cues.separately.test(sentence) || (next !== undefined && doc.cues.bothEncounters.test(textOf(doc, next)));
    const jointly = used.some((u) => doc.cues.jointly.test(textOf(doc, u)));
    const into = strong.length ? strongOnes : weakOnes;
    const listed = listedTalks(doc, si, c, inherited, jointly, into[into.length - 1]);
    if (listed) {
      into.push(...listed);
      return;
    }
    const sidelines = leadOnSidelines || doc.rules.setting.test(sentence);
    // A guest received with others is one audience; officials the subject meets one after another are not.
    // "En visite à Maurice, X a eu des tête-à-tête avec A, B et C": the talks' subject is named before the talks, not before the trip.
    const talk = kept.find((h) => h.trigger.type === 'meeting');
    const splitAt = talk && talk.at > best.at ? talk.at : best.at;
    const coordinated = !separately && !sidelines && !jointly && !doc.cues.receivesGuest.test(sentence) && coordinatedCounterparts(doc, s, splitAt, participants);
    const groups = splitCounterparts(namedIn(doc, used, participants, inherited), splitAt, { separately, jointly, sidelines, coordinated });
    const subject = [...participants][0];
    // "X held five bilateral meetings with A, B and C": the sentence names X alone, whoever the next ones name.
    const byState = !groups && !jointly && own + (inherited ? 1 : 0) === 1 && subject && talk && doc.cues.talksByState.test(sentence) ? talksByState(doc, { ...c, trigger: talk.trigger, triggers: [talk.trigger], at: talk.at, participants: new Set([subject]) }, subject) : null;
    if (byState) into.push(...byState);
    else into.push(...(groups ? perCounterpart(c, groups, subject) : [c]));
  });
  return strongOnes.length ? withNewPairs(doc, strongOnes, weakOnes) : weakOnes;
}

/**
 * "X and his Norwegian counterpart B likewise discussed …": a pair of parties as one subject,
 * naming two itself of whom no strong encounter has one, reports talks of their own; so does a
 * pair that only signed so far ("after the signing, X and Y exchanged views"). Other weak
 * triggers tell again an encounter the strong ones report. In the text's order.
 */
function withNewPairs(doc: EventDoc, strongOnes: Candidate[], weakOnes: readonly Candidate[]): Candidate[] {
  const seen = new Set(strongOnes.flatMap((c) => [...c.participants]));
  const talked = new Set(strongOnes.filter((c) => c.triggers.some((t) => t.type !== 'agreement')).flatMap((c) => [...c.participants]));
  const added = weakOnes.filter((c) => c.trigger.pairSubject && c.own >= 2 && [...c.participants].some((id) => !seen.has(id) || !talked.has(id)));
  if (!added.length) return strongOnes;
  const at = (c: Candidate): number => c.sentences[0]?.start ?? 0;
  return [...strongOnes, ...added].sort((a, b) => at(a) - at(b));
}
