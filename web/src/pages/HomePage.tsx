import { SearchBox } from '../components/SearchBox.js';
import { Empty, WithQuery } from '../components/QueryStates.js';
import { formatIsoDate } from '../formatDate.js';
import { Link, withQuery } from '../router.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const HOME = `{
  stats { events articles persons relations countriesInvolved firstEventDate lastEventDate }
  relations(first: 10) { edges { eventCount node { id countries { code name } } } }
  topics { topic { id label } eventCount }
}`;

interface HomeData {
  stats: { events: number; articles: number; persons: number; relations: number; countriesInvolved: number; firstEventDate: string | null; lastEventDate: string | null };
  relations: { edges: { eventCount: number; node: { id: string; countries: { code: string; name: string }[] } }[] };
  topics: { topic: { id: string; label: string }; eventCount: number }[];
}

/** The start page: search, what the graph holds, the busiest relations and topics. */
export function HomePage() {
  useTitle('Explorer');
  const state = useQuery<HomeData>(HOME, {});
  return (
    <article className="page home">
      <header className="page-head">
        <h1>Diplomatic events, and the evidence behind each</h1>
        <p className="muted">Search a person, a country, an organisation or a topic; every figure opens the events and the sentences that report them.</p>
      </header>
      <SearchBox autoFocus />
      <WithQuery state={state} what="the graph's overview">
        {(data) =>
          data.stats.events === 0 ? (
            <Empty>The graph has no events yet: ingest articles with `diplograph ingest`.</Empty>
          ) : (
            <>
              <p className="stats">
                <strong>{data.stats.events}</strong> events from <strong>{data.stats.articles}</strong> articles, <strong>{data.stats.persons}</strong> persons,{' '}
                <strong>{data.stats.countriesInvolved}</strong> countries, {formatIsoDate(data.stats.firstEventDate)} – {formatIsoDate(data.stats.lastEventDate)}
              </p>
              <div className="columns">
                <section className="card" aria-labelledby="relations-title">
                  <h2 id="relations-title">Busiest relations</h2>
                  <ol className="ranked">
                    {data.relations.edges.map((e) => (
                      <li key={e.node.id}>
                        <Link to={`/relation/${e.node.id}`}>{e.node.countries.map((c) => c.name).join(' – ')}</Link>
                        <span className="count">{e.eventCount}</span>
                      </li>
                    ))}
                  </ol>
                </section>
                <section className="card" aria-labelledby="topics-title">
                  <h2 id="topics-title">Topics</h2>
                  <ul className="chips">
                    {data.topics
                      .filter((t) => t.eventCount > 0)
                      .map((t) => (
                        <li key={t.topic.id}>
                          <Link to={withQuery('/events', { topic: t.topic.id, name: t.topic.label })}>
                            {t.topic.label} <span className="count">{t.eventCount}</span>
                          </Link>
                        </li>
                      ))}
                  </ul>
                </section>
              </div>
            </>
          )
        }
      </WithQuery>
    </article>
  );
}
