import { Empty, NotFound, WithQuery } from '../components/QueryStates.js';
import { eventTypeLabel, EVENT_TYPE_COLOURS, type EventType } from '../eventTypes.js';
import { formatIsoDate, formatPartialDate, type PartialDate } from '../formatDate.js';
import { Link, withQuery } from '../router.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const EVENT = `query EventPage($id: ID!) {
  event(id: $id) {
    id type status title sortDate setting confidence plover ploverMode cameo articleCount
    date { value precision year month day }
    participants { person { id name } role side country { code name } }
    countries { country { code name } side }
    place { id name country { code name } }
    topics { id label }
    sources {
      quote start end confidence rule
      excerpt { before quote after }
      article { id url title source author published language }
    }
  }
}`;

type Side = 'HOST' | 'GUEST' | 'PARTY' | null;

interface EventData {
  event: {
    id: string;
    type: string;
    status: 'OCCURRED' | 'PLANNED';
    title: string | null;
    sortDate: string | null;
    setting: string | null;
    confidence: number;
    plover: string | null;
    ploverMode: string | null;
    cameo: string | null;
    articleCount: number;
    date: PartialDate | null;
    participants: { person: { id: string; name: string }; role: string | null; side: Side; country: { code: string; name: string } | null }[];
    countries: { country: { code: string; name: string }; side: Side }[];
    place: { id: string; name: string; country: { code: string; name: string } | null } | null;
    topics: { id: string; label: string }[];
    sources: {
      quote: string;
      start: number | null;
      end: number | null;
      confidence: number | null;
      rule: string | null;
      excerpt: { before: string; quote: string; after: string } | null;
      article: { id: string; url: string | null; title: string | null; source: string | null; author: string | null; published: string | null; language: string | null };
    }[];
  } | null;
}

const SIDE_LABELS: Record<string, string> = { HOST: 'host', GUEST: 'guest', PARTY: 'party' };
const PRECISION_NOTES: Record<string, string> = {
  DAY: 'day known',
  MONTH_DAY: 'day and month known; no source gives the year',
  MONTH: 'month known, not the day',
  YEAR: 'only the year is known',
};

/** An event: type and codes, status, date with its precision, place, participants with sides, every source with its quote highlighted. */
export function EventPage({ id }: { id: string }) {
  const state = useQuery<EventData>(EVENT, { id });
  useTitle(state.status === 'done' && state.data.event ? (state.data.event.title ?? 'Event') : 'Event');
  return (
    <WithQuery state={state} what="the event">
      {({ event }) => {
        if (!event) return <NotFound what={`No event has the id “${id}”.`} />;
        const codes = [event.cameo && `CAMEO ${event.cameo}`, event.plover && `PLOVER ${event.plover}${event.ploverMode ? ` (${event.ploverMode})` : ''}`].filter(Boolean);
        const pair = event.countries.length === 2 ? event.countries.map((c) => c.country.code).sort().join('-') : null;
        return (
          <article className="page">
            <header className="page-head">
              <p className="eyebrow">
                <span className="badge" style={{ background: EVENT_TYPE_COLOURS[event.type as EventType] ?? '#555555' }}>
                  {eventTypeLabel(event.type)}
                </span>{' '}
                <span className={event.status === 'PLANNED' ? 'badge badge-outline' : 'badge badge-ok'}>{event.status === 'PLANNED' ? 'Announced' : 'Held'}</span>
              </p>
              <h1>{event.title ?? eventTypeLabel(event.type)}</h1>
            </header>
            <section className="card" aria-labelledby="facts-title">
              <h2 id="facts-title" className="visually-hidden">
                Facts
              </h2>
              <dl className="facts">
                <dt>Date</dt>
                <dd>
                  <span className="event-date">{formatPartialDate(event.date)}</span>
                  {event.date && <span className="muted small"> ({PRECISION_NOTES[event.date.precision] ?? event.date.precision})</span>}
                </dd>
                <dt>Place</dt>
                <dd>
                  {event.place ? (
                    <>
                      {event.place.name}
                      {event.place.country && (
                        <>
                          , <Link to={`/country/${event.place.country.code}`}>{event.place.country.name}</Link>
                        </>
                      )}
                    </>
                  ) : (
                    <span className="muted">not given</span>
                  )}
                  {event.setting && <div className="small">{event.setting}</div>}
                </dd>
                <dt>Codes</dt>
                <dd>{codes.length ? codes.join(' · ') : <span className="muted">none</span>}</dd>
                <dt>Countries</dt>
                <dd>
                  {event.countries.map((c, i) => (
                    <span key={c.country.code}>
                      {i > 0 && ', '}
                      <Link to={`/country/${c.country.code}`}>{c.country.name}</Link>
                      {c.side && <span className="muted"> ({SIDE_LABELS[c.side]})</span>}
                    </span>
                  ))}
                  {pair && (
                    <div className="small">
                      <Link to={`/relation/${pair}`}>The relation</Link>
                    </div>
                  )}
                </dd>
                <dt>Confidence</dt>
                <dd>{Math.round(event.confidence * 100)}%</dd>
                {event.topics.length > 0 && (
                  <>
                    <dt>Topics</dt>
                    <dd>
                      <ul className="chips">
                        {event.topics.map((t) => (
                          <li key={t.id}>
                            <Link to={withQuery('/events', { topic: t.id, name: t.label })}>{t.label}</Link>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </section>
            <section className="card" aria-labelledby="participants-title">
              <h2 id="participants-title">Participants</h2>
              {event.participants.length === 0 ? (
                <Empty>The sources name no person; the countries above took part.</Empty>
              ) : (
                <table className="table participants">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Office</th>
                      <th scope="col">For</th>
                      <th scope="col">Side</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.participants.map((p) => (
                      <tr key={p.person.id}>
                        <td>
                          <Link to={`/person/${encodeURIComponent(p.person.id)}`}>{p.person.name}</Link>
                        </td>
                        <td>{p.role ?? <span className="muted">—</span>}</td>
                        <td>{p.country ? <Link to={`/country/${p.country.code}`}>{p.country.name}</Link> : <span className="muted">—</span>}</td>
                        <td>{p.side ? SIDE_LABELS[p.side] : <span className="muted">—</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="card" aria-labelledby="sources-title">
              <h2 id="sources-title">
                Sources <span className="count">{event.sources.length}</span>
              </h2>
              <ol className="sources">
                {event.sources.map((s) => (
                  <li key={s.article.id} className="source">
                    <div className="source-head">
                      <strong>{s.article.title ?? 'Untitled article'}</strong>
                      <span className="muted small">
                        {[s.article.source, s.article.author, s.article.published ? formatIsoDate(s.article.published) : 'no publication date', s.article.language]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </div>
                    <blockquote className="excerpt" lang={s.article.language ?? undefined}>
                      {s.excerpt ? (
                        <>
                          {s.excerpt.before && <span className="context">{s.excerpt.before}</span>}
                          <mark>{s.excerpt.quote}</mark>
                          {s.excerpt.after && <span className="context">{s.excerpt.after}</span>}
                        </>
                      ) : (
                        <mark>{s.quote}</mark>
                      )}
                    </blockquote>
                    <p className="small">
                      {s.article.url ? (
                        <a href={s.article.url} rel="noopener noreferrer" target="_blank" className="source-link">
                          Read the source article
                        </a>
                      ) : (
                        <span className="muted">The article has no address.</span>
                      )}
                      {s.rule && <span className="muted"> · rule {s.rule}</span>}
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          </article>
        );
      }}
    </WithQuery>
  );
}
