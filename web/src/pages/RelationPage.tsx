import { EventList } from '../components/EventList.js';
import { Empty, NotFound, WithQuery } from '../components/QueryStates.js';
import { TimelineChart, type Granularity, type TimelineBucket } from '../components/TimelineChart.js';
import { EVENT_SUMMARY_WITH_QUOTES, type EventSummary } from '../eventFields.js';
import { isCountryCode } from '../countryCodes.js';
import { formatIsoDate } from '../formatDate.js';
import { Link, navigate, withQuery } from '../router.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const RELATION = `query RelationPage($a: CountryCode!, $b: CountryCode!, $granularity: TimelineGranularity!) {
  a: country(code: $a) { code name }
  b: country(code: $b) { code name }
  bilateralRelation(a: $a, b: $b) {
    id eventCount firstDate lastDate
    timeline(granularity: $granularity) { start label count byType { type count } }
    topics(first: 20) { topic { id label } eventCount }
    people(first: 40) { person { id name country { code name } } eventCount lastDate }
    events(first: 50) { totalCount edges { node { ${EVENT_SUMMARY_WITH_QUOTES} } } }
  }
}`;

interface RelationData {
  a: { code: string; name: string } | null;
  b: { code: string; name: string } | null;
  bilateralRelation: {
    id: string;
    eventCount: number;
    firstDate: string | null;
    lastDate: string | null;
    timeline: TimelineBucket[];
    topics: { topic: { id: string; label: string }; eventCount: number }[];
    people: { person: { id: string; name: string; country: { code: string; name: string } | null }; eventCount: number; lastDate: string | null }[];
    events: { totalCount: number; edges: { node: EventSummary }[] };
  } | null;
}

const GRANULARITIES: readonly Granularity[] = ['MONTH', 'QUARTER', 'YEAR'];

/** Two countries: a timeline stacked by event type, topics, the people of each side, the events with their quotes. */
export function RelationPage({ pair, query }: { pair: string; query: URLSearchParams }) {
  const match = /^([A-Z]{2})-([A-Z]{2})$/.exec(pair);
  const granularity = (GRANULARITIES as readonly string[]).includes(query.get('by') ?? '') ? (query.get('by') as Granularity) : 'MONTH';
  const [a = '', b = ''] = match ? [match[1] as string, match[2] as string].sort() : [];
  const valid = match !== null && a !== b && isCountryCode(a) && isCountryCode(b);
  const state = useQuery<RelationData>(RELATION, { a, b, granularity }, !valid);
  const names = state.status === 'done' && state.data.a && state.data.b ? `${state.data.a.name} – ${state.data.b.name}` : pair;
  useTitle(names);
  if (!valid) return <NotFound what={`“${pair}” is not a pair of two country codes such as ML-RU.`} />;
  return (
    <WithQuery state={state} what="the relation" notFound={`${pair} is not a pair of country codes.`}>
      {(data) => {
        if (!data.a || !data.b) return <NotFound what={`${!data.a ? a : b} is not a country code.`} />;
        const relation = data.bilateralRelation;
        const sides = [data.a, data.b];
        return (
          <article className="page">
            <header className="page-head">
              <p className="eyebrow">Bilateral relation</p>
              <h1>
                <Link to={`/country/${data.a.code}`}>{data.a.name}</Link> – <Link to={`/country/${data.b.code}`}>{data.b.name}</Link>
              </h1>
              {relation && (
                <p className="muted">
                  {relation.eventCount} {relation.eventCount === 1 ? 'event' : 'events'}, {formatIsoDate(relation.firstDate)} – {formatIsoDate(relation.lastDate)}
                </p>
              )}
            </header>
            {!relation ? (
              <Empty>
                No event involving both {data.a.name} and {data.b.name} is in the graph.
              </Empty>
            ) : (
              <>
                <section aria-labelledby="timeline-title" className="card">
                  <div className="card-head">
                    <h2 id="timeline-title">Events over time</h2>
                    <div className="segmented" role="group" aria-label="Bucket size">
                      {GRANULARITIES.map((g) => (
                        <button
                          key={g}
                          type="button"
                          aria-pressed={g === granularity}
                          onClick={() => navigate(withQuery(`/relation/${a}-${b}`, { by: g === 'MONTH' ? null : g }), { replace: true })}
                        >
                          {g === 'MONTH' ? 'Month' : g === 'QUARTER' ? 'Quarter' : 'Year'}
                        </button>
                      ))}
                    </div>
                  </div>
                  {relation.timeline.length === 0 ? (
                    <Empty>None of these events is dated precisely enough for a timeline by {granularity.toLowerCase()}.</Empty>
                  ) : (
                    <TimelineChart buckets={relation.timeline} granularity={granularity} title={`Events of ${data.a.name} and ${data.b.name} by ${granularity.toLowerCase()} and type`} />
                  )}
                </section>
                <div className="columns">
                  <section aria-labelledby="topics-title" className="card">
                    <h2 id="topics-title">Topics</h2>
                    {relation.topics.length === 0 ? (
                      <Empty>No topic identified in these events.</Empty>
                    ) : (
                      <ul className="chips">
                        {relation.topics.map((t) => (
                          <li key={t.topic.id}>
                            <Link to={withQuery('/events', { topic: t.topic.id, name: t.topic.label })}>
                              {t.topic.label} <span className="count">{t.eventCount}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                  <section aria-labelledby="people-title" className="card">
                    <h2 id="people-title">People involved</h2>
                    <div className="sides">
                      {[...sides, null].map((side) => {
                        const people = relation.people.filter((p) =>
                          side ? p.person.country?.code === side.code : !sides.some((s) => s.code === p.person.country?.code),
                        );
                        if (!side && people.length === 0) return null;
                        return (
                          <div key={side?.code ?? 'other'}>
                            <h3>{side ? side.name : 'Others'}</h3>
                            {people.length === 0 ? (
                              <p className="muted small">No one named.</p>
                            ) : (
                              <ul className="plain">
                                {people.map((p) => (
                                  <li key={p.person.id}>
                                    <Link to={`/person/${encodeURIComponent(p.person.id)}`}>{p.person.name}</Link> <span className="count">{p.eventCount}</span>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </div>
                        );
                      })}
                    </div>
                  </section>
                </div>
                <section aria-labelledby="relation-events-title" className="card">
                  <h2 id="relation-events-title">Events</h2>
                  <EventList events={relation.events.edges.map((e) => e.node)} total={relation.events.totalCount} empty="No events." />
                </section>
              </>
            )}
          </article>
        );
      }}
    </WithQuery>
  );
}
