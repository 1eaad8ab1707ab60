/** One office held by a person, as sightings and corrections date it (dates YYYY-MM-DD). */
export interface Holding<P> {
  readonly person: P;
  readonly title: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Dates an analyst asserted (corrections): taken up, left. */
  readonly since: string | null;
  readonly until: string | null;
}

/** Why a holding answers "who held the post on that day". */
export type HoldingBasis = 'asserted' | 'seen' | 'inferred';

const startOf = (h: Holding<unknown>) => h.since ?? h.firstSeen;
const endOf = (h: Holding<unknown>) => h.until ?? h.lastSeen;

/**
 * Who held one post on `day`, from the holdings of that post: first those whose dated span
 * holds the day (asserted by a correction, or between the first and last article showing it);
 * else the holder who took it up last before that day, when no correction ends their term
 * before it — the last seen in office, with no successor seen since ('inferred'). Sightings are
 * sparse (an office is dated by the articles that mention it), hence the second rule.
 */
export function holdersOn<H extends Holding<unknown>>(holdings: readonly H[], day: string): { holding: H; basis: HoldingBasis }[] {
  const spanning = holdings
    .filter((h) => {
      const start = startOf(h);
      const end = endOf(h);
      return start !== null && start <= day && end !== null && day <= end;
    })
    .sort((a, b) => (startOf(b) ?? '').localeCompare(startOf(a) ?? ''));
  if (spanning.length > 0) {
    return spanning.map((h) => ({ holding: h, basis: h.since !== null || h.until !== null ? ('asserted' as const) : ('seen' as const) }));
  }
  const before = holdings.filter((h) => {
    const start = startOf(h);
    return start !== null && start <= day;
  });
  const latest = before.sort((a, b) => (startOf(b) ?? '').localeCompare(startOf(a) ?? ''))[0];
  if (!latest || (latest.until !== null && latest.until < day)) return [];
  return [{ holding: latest, basis: 'inferred' }];
}
