import type { GraphQLResolveInfo } from 'graphql';
import type { EventFilter, EventOrder, PageRequest } from '../domain/eventFilter.js';
import type { PersonPageRequest } from '../graph/loadPersonDetails.js';
import { toPageRequest } from './connection.js';
import type { EventOrder as EventOrderInput, EventFilter as EventFilterInput } from './generated/resolvers.js';
import { selectedFieldArguments } from './selection.js';
import { toEventFilter, toEventOrder, toIsoDate } from './toEventFilter.js';

/** A person page's parts with the loader keys their field resolvers will ask with. */
export interface PersonPagePlan {
  readonly request: PersonPageRequest;
  /** Counterparts loader arguments, built exactly as Person.counterparts builds them. */
  readonly counterpartsKey?: { since: string | null; until: string | null; limit: number };
  /** eventsOf loader arguments, built exactly as Person.events builds them. */
  readonly eventsKey?: { kind: 'person'; filter: EventFilter; page: PageRequest; order: EventOrder };
}

/**
 * What a `person` selection asks for beside the person (counterparts, and events without a
 * filter), so that persons.page reads it all in one round trip. A part with invalid arguments,
 * or events with a filter (which meetings.by-person handles), is left to its own resolver.
 */
export function personPagePlan(info: GraphQLResolveInfo, maxPageSize: number, maxRanked: number): PersonPagePlan {
  let counterpartsKey: PersonPagePlan['counterpartsKey'];
  let eventsKey: PersonPagePlan['eventsKey'];
  const c = selectedFieldArguments(info, 'Person', 'counterparts');
  if (c) {
    const since = toIsoDate(c['since'] as Date | null | undefined);
    const until = toIsoDate(c['until'] as Date | null | undefined);
    const limit = c['first'];
    if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= maxRanked && !(since && until && since > until)) {
      counterpartsKey = { since, until, limit };
    }
  }
  const e = selectedFieldArguments(info, 'Person', 'events');
  if (e && (e['filter'] === undefined || e['filter'] === null)) {
    try {
      const page = toPageRequest(e['first'] as number | null | undefined, e['after'] as string | null | undefined, maxPageSize);
      eventsKey = { kind: 'person', filter: toEventFilter(e['filter'] as EventFilterInput | null | undefined), page, order: toEventOrder(e['orderBy'] as EventOrderInput | null | undefined) };
    } catch {
      // An invalid page or cursor: Person.events reports it.
    }
  }
  return {
    request: {
      ...(counterpartsKey ? { counterparts: counterpartsKey } : {}),
      ...(eventsKey ? { events: { page: eventsKey.page, order: eventsKey.order } } : {}),
    },
    ...(counterpartsKey ? { counterpartsKey } : {}),
    ...(eventsKey ? { eventsKey } : {}),
  };
}
