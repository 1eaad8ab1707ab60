import { EventList } from '../components/EventList.js';
import { Empty, NotFound, WithQuery } from '../components/QueryStates.js';
import { EVENT_SUMMARY_FIELDS, type EventSummary } from '../eventFields.js';
import { formatIsoDate } from '../formatDate.js';
import { Link } from '../router.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const PERSON = `query PersonPage($id: ID!) {
  person(id: $id) {
    id name aliases country { code name }
    offices { title titleOriginal country { code name } organization { name } firstSeen lastSeen sourceCount }
    counterparts(first: 15) { person { id name country { code name } } eventCount lastDate }
    events(first: 50) { totalCount edges { node { ${EVENT_SUMMARY_FIELDS} } } }
  }
}`;

interface Office {
  title: string;
  titleOriginal: string | null;
  country: { code: string; name: string } | null;
  organization: { name: string } | null;
  firstSeen: string | null;
  lastSeen: string | null;
  sourceCount: number;
}

interface PersonData {
  person: {
    id: string;
    name: string;
    aliases: string[];
    country: { code: string; name: string } | null;
    offices: Office[];
    counterparts: { person: { id: string; name: string; country: { code: string; name: string } | null }; eventCount: number; lastDate: string | null }[];
    events: { totalCount: number; edges: { node: EventSummary }[] };
  } | null;
}

/** Offices as bars on one time axis, from first to last seen (a single sighting is a dot). */
function OfficeTimeline({ offices }: { offices: readonly Office[] }) {
  const dated = offices.filter((o) => o.firstSeen && o.lastSeen);
  if (dated.length === 0) return null;
  const time = (iso: string) => Date.parse(iso);
  const min = Math.min(...dated.map((o) => time(o.firstSeen as string)));
  const max = Math.max(...dated.map((o) => time(o.lastSeen as string)));
  const span = Math.max(max - min, 86_400_000 * 30);
  return (
    <div className="office-timeline" aria-hidden="true">
      {dated.map((o) => {
        const left = ((time(o.firstSeen as string) - min) / span) * 100;
        const width = Math.max(((time(o.lastSeen as string) - time(o.firstSeen as string)) / span) * 100, 1.5);
        return (
          <div key={`${o.title}-${o.firstSeen}`} className="office-row">
            <span className="office-label small" title={o.title}>
              {o.title}
            </span>
            <span className="office-track">
              <span className="office-bar" style={{ left: `${Math.min(left, 98.5)}%`, width: `${width}%` }} />
            </span>
          </div>
        );
      })}
      <div className="office-row small muted">
        <span className="office-label" />
        <span className="office-track office-axis">
          <span>{formatIsoDate(new Date(min).toISOString().slice(0, 10))}</span>
          <span>{formatIsoDate(new Date(max).toISOString().slice(0, 10))}</span>
        </span>
      </div>
    </div>
  );
}

/** A person: offices over time, counterparts ranked by shared events, events. */
export function PersonPage({ id }: { id: string }) {
  const state = useQuery<PersonData>(PERSON, { id });
  useTitle(state.status === 'done' && state.data.person ? state.data.person.name : 'Person');
  return (
    <WithQuery state={state} what="the person">
      {({ person }) => {
        if (!person) return <NotFound what={`No person has the id “${id}”.`} />;
        return (
          <article className="page">
            <header className="page-head">
              <p className="eyebrow">Person{person.country ? <> · <Link to={`/country/${person.country.code}`}>{person.country.name}</Link></> : null}</p>
              <h1>{person.name}</h1>
              {person.aliases.length > 0 && <p className="muted small">Also written {person.aliases.join(', ')}</p>}
              <p className="actions">
                <Link to={`/graph/person/${encodeURIComponent(person.id)}`}>Graph view</Link>
              </p>
            </header>
            <div className="columns">
              <section aria-labelledby="offices-title" className="card">
                <h2 id="offices-title">Offices</h2>
                {person.offices.length === 0 ? (
                  <Empty>No office seen in the sources.</Empty>
                ) : (
                  <>
                    <OfficeTimeline offices={person.offices} />
                    <table className="table">
                      <thead>
                        <tr>
                          <th scope="col">Office</th>
                          <th scope="col">Seen</th>
                          <th scope="col">Sources</th>
                        </tr>
                      </thead>
                      <tbody>
                        {person.offices.map((o) => (
                          <tr key={`${o.title}-${o.firstSeen}`}>
                            <td>
                              {o.title}
                              {o.country ? `, ${o.country.name}` : o.organization ? `, ${o.organization.name}` : ''}
                              {o.titleOriginal && o.titleOriginal !== o.title && <div className="muted small">“{o.titleOriginal}”</div>}
                            </td>
                            <td className="nowrap">
                              {formatIsoDate(o.firstSeen)} – {formatIsoDate(o.lastSeen)}
                            </td>
                            <td>{o.sourceCount}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                )}
              </section>
              <section aria-labelledby="counterparts-title" className="card">
                <h2 id="counterparts-title">Counterparts</h2>
                {person.counterparts.length === 0 ? (
                  <Empty>No counterpart named in {person.name}'s events.</Empty>
                ) : (
                  <ol className="ranked">
                    {person.counterparts.map((c) => (
                      <li key={c.person.id}>
                        <Link to={`/person/${encodeURIComponent(c.person.id)}`}>{c.person.name}</Link>
                        <span className="count">{c.eventCount}</span>
                        <span className="muted small">{c.person.country?.name ?? ''}</span>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </div>
            <section aria-labelledby="person-events-title" className="card">
              <h2 id="person-events-title">Events</h2>
              <EventList events={person.events.edges.map((e) => e.node)} total={person.events.totalCount} empty={`No event of ${person.name} in the graph.`} />
            </section>
          </article>
        );
      }}
    </WithQuery>
  );
}
