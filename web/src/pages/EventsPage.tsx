import { EventList } from '../components/EventList.js';
import { NotFound, WithQuery } from '../components/QueryStates.js';
import { EVENT_SUMMARY_FIELDS, type EventSummary } from '../eventFields.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const EVENTS = `query EventsPage($filter: EventFilter!) {
  meetings(filter: $filter, first: 50) { totalCount edges { node { ${EVENT_SUMMARY_FIELDS} } } }
}`;

/** Events of a topic or of an organisation (`?topic=` or `?organization=`, with `name` for the heading). */
export function EventsPage({ query }: { query: URLSearchParams }) {
  const topic = query.get('topic');
  const organization = query.get('organization');
  const name = query.get('name') ?? topic ?? organization ?? '';
  const filter = topic ? { topic } : organization ? { organization } : null;
  const state = useQuery<{ meetings: { totalCount: number; edges: { node: EventSummary }[] } }>(EVENTS, { filter }, !filter);
  useTitle(name || 'Events');
  if (!filter) return <NotFound what="This list needs a topic or an organisation." />;
  return (
    <article className="page">
      <header className="page-head">
        <p className="eyebrow">{topic ? 'Topic' : 'Organisation'}</p>
        <h1>{name}</h1>
      </header>
      <section className="card" aria-label="Events">
        <WithQuery state={state} what="the events">
          {({ meetings }) => <EventList events={meetings.edges.map((e) => e.node)} total={meetings.totalCount} empty={`No event in the graph for ${name}.`} />}
        </WithQuery>
      </section>
    </article>
  );
}
