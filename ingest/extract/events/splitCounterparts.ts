import type { CountryCode } from '../../../src/domain/article.js';

/** One participant of a trigger sentence: where it is first named and the state it serves, if known. */
export interface NamedParticipant {
  readonly id: string;
  readonly at: number;
  readonly state: CountryCode | null;
  /** Named with an organisation: a party of its own when the text gives no state. */
  readonly affiliated?: boolean;
}

/**
 * Splits the parties of one sentence that reports several bilateral talks ("il a reçu tour à
 * tour ses homologues X, Y et Z", "met separately with …") into one group per counterpart
 * state, each with the subject named before the trigger, or one per counterpart when they all
 * serve one state. Returns null when the sentence reports one encounter: no single subject,
 * a single counterpart, no cue of talks held one after another (nor the sidelines of a summit,
 * for counterparts of several states), or a cue of one encounter held together ("trilateral").
 */
export function splitCounterparts(
  participants: readonly NamedParticipant[],
  triggerAt: number,
  cues: { readonly separately: boolean; readonly jointly: boolean; readonly sidelines?: boolean; readonly coordinated?: boolean },
): string[][] | null {
  if ((!cues.separately && !cues.sidelines && !cues.coordinated) || cues.jointly) return null;
  const subjects = participants.filter((p) => p.at < triggerAt);
  if (subjects.length !== 1) return null;
  const subject = subjects[0] as NamedParticipant;
  const foreign = new Set(participants.filter((p) => p !== subject && p.state && p.state !== subject.state).map((p) => p.state));
  // "le Premier ministre français, X, ainsi que le président du Sénat, Y": beside officials of
  // one foreign state, a counterpart the text gives no state serves that state.
  const sole = foreign.size === 1 ? ([...foreign][0] as CountryCode) : null;
  const byState = new Map<string, string[]>();
  for (const p of participants) {
    if (p === subject) continue;
    // A counterpart whose state is unknown is otherwise a party of its own.
    const key = p.state && p.state !== subject.state ? p.state : p.state === subject.state ? '' : sole && !p.affiliated ? sole : `?${p.id}`;
    if (!key) continue;
    byState.set(key, [...(byState.get(key) ?? []), p.id]);
  }
  // On a summit's sidelines, leaders of several states met in one sentence are met one by one;
  // officials of one state named together there are one delegation.
  // "il a rencontré le président X et le Premier ministre Y": officials of the one state met, listed
  // one after the other, are met one by one.
  if (!cues.separately && !cues.sidelines) {
    const only = [...byState.values()][0];
    return byState.size === 1 && only && only.length >= 2 ? only.map((id) => [subject.id, id]) : null;
  }
  if (!cues.separately) return byState.size >= 2 && [...byState.keys()].every((k) => !k.startsWith('?')) ? [...byState.values()].map((ids) => [subject.id, ...ids]) : null;
  if (byState.size < 2) {
    // "fera des visites de courtoisie au président, au Premier ministre et à la présidente de
    // l'Assemblée": officials of one state received in turn, one audience each.
    const only = [...byState.values()][0];
    return only && only.length >= 2 ? only.map((id) => [subject.id, id]) : null;
  }
  return [...byState.values()].map((ids) => [subject.id, ...ids]);
}
