import type { Trigger } from '../../rules/loadRules.js';
import { packedMap } from '../packedMap.js';

/** What splitActions needs of one trigger sentence of an encounter. */
export interface ActionPart {
  /** The sentence's main trigger. */
  readonly trigger: Trigger;
  /** Every trigger of the sentence, one per type. */
  readonly triggers: readonly Trigger[];
  /** Participants named in the trigger sentence itself. */
  readonly own: number;
  /** The sentence's subject is a participant named before by title alone ("La canciller colombiana tiene previsto llegar …"). */
  readonly titledSubject?: boolean;
}

/** One action of an encounter: its type, the parts that report it and the trigger that names it. */
export interface Action<P extends ActionPart> {
  readonly type: Trigger['type'];
  readonly parts: readonly P[];
  readonly main: P;
  /** The trigger of `main` that names this action's type. */
  readonly trigger: Trigger;
  /** The visit action of the same encounter, for the talks and signings held during it. */
  readonly duringVisit: boolean;
}

/** Order in which the actions of one encounter are listed: the trip first, then what happened during it. */
const ACTION_ORDER: readonly Trigger['type'][] = ['visit', 'summit', 'other', 'meeting', 'phone_call', 'agreement'];

/**
 * Splits the trigger sentences of one encounter into its actions, as event coders record them
 * (CAMEO, PLOVER): a visit, the talks held during it and a signing are three events with the
 * same parties. The lead sentence always counts; a later one counts when it names someone
 * itself (a bare "following a phone call in June" is a mention in passing), when it reports a
 * signing, or when it reports talks during a visit ("the talks focused on …"). `hostReceivesGuest`:
 * officials of both the visited state and the visiting one are named, so the visit holds talks.
 * `welcomeOnArrival`: the part reports the guest's reception on arrival, not talks.
 */
export function splitActions<P extends ActionPart>(parts: readonly P[], hostReceivesGuest = false, welcomeOnArrival: (p: P) => boolean = () => false): Action<P>[] {
  const first = parts[0];
  if (!first) return [];
  // "Cette visite s'inscrit dans …": the encounter referred back to as a visit was one, whoever the sentence names.
  const hasVisit = parts.some((p) => p.triggers.some((t) => t.type === 'visit' && (p === first || p.own > 0 || p.titledSubject || t.refersBack)));
  // A signing is an action whoever the sentence names ("the two leaders then signed …").
  const counts = (p: P, t: Trigger): boolean => p === first || p.own > 0 || (p.titledSubject === true && t.type === 'visit') || t.type === 'agreement' || t.refersBack || (hasVisit && t.type === 'meeting');
  const byType = new Map<Trigger['type'], P[]>();
  for (const p of parts) {
    for (const t of p.triggers) {
      if (!counts(p, t)) continue;
      const list = byType.get(t.type) ?? [];
      if (!list.includes(p)) list.push(p);
      byType.set(t.type, list);
    }
  }
  // A call is never held during a visit: when the lead reports a call, a visit beside it is a
  // mention in passing; otherwise a call beside a visit is the trip told another way.
  if (hasVisit && first.triggers.some((t) => t.type === 'phone_call') && !first.triggers.some((t) => t.type === 'visit')) byType.delete('visit');
  else if (hasVisit) byType.delete('phone_call');
  const visit = byType.has('visit');
  if (visit) byType.delete('summit');
  if (byType.has('phone_call')) {
    // "s'est entretenu par téléphone": the meeting phrase and the phone phrase name one call.
    (byType.get('phone_call') as P[]).push(...(byType.get('meeting') ?? []));
    byType.delete('meeting');
  }
  // "He was received at the airport by the Foreign Minister": whoever meets the guest on arrival
  // takes part in the visit; the welcome is protocol, not talks of its own.
  const welcomedOnly = visit && (byType.get('meeting')?.every(welcomeOnArrival) ?? false);
  if (welcomedOnly) byType.delete('meeting');
  // A visit on which a named official of the visited state receives the guest holds talks with
  // them, whether or not a sentence says "talks" (the dev set's convention, CAMEO 042/043 + 040).
  if (visit && hostReceivesGuest && !welcomedOnly && !byType.has('meeting')) byType.set('meeting', [...(byType.get('visit') ?? [])]);
  // A credentials ceremony ('other') holds the few words the head of state has with the envoy.
  if (byType.has('other')) byType.delete('meeting');
  // A summit that frames talks is their setting, not an action of its own here.
  if (byType.has('meeting')) byType.delete('summit');
  return packedMap(ACTION_ORDER.filter((t) => byType.has(t)), (type) => {
    const list = byType.get(type) as P[];
    const main = list[0] as P;
    return { type, parts: list, main, trigger: main.triggers.find((t) => t.type === type) ?? main.trigger, duringVisit: visit && type !== 'visit' };
  });
}
