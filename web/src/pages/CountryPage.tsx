import { useEffect } from 'react';
import { EventList } from '../components/EventList.js';
import { PeriodPicker, periodOf, type Period } from '../components/PeriodPicker.js';
import { Empty, NotFound, WithQuery } from '../components/QueryStates.js';
import { loadShapes, WorldMap } from '../components/WorldMap.js';
import { EVENT_SUMMARY_FIELDS, type EventSummary } from '../eventFields.js';
import { isCountryCode } from '../countryCodes.js';
import { formatIsoDate } from '../formatDate.js';
import { Link, navigate, withQuery } from '../router.js';
import { useQuery } from '../useQuery.js';
import { useTitle } from '../useTitle.js';

const COUNTRY = `query CountryPage($code: CountryCode!, $since: Date, $until: Date) {
  country(code: $code) {
    code name nameFr region subregion isoNumeric
    partners(since: $since, until: $until, first: 50) { country { code name isoNumeric } eventCount firstDate lastDate }
    officials(first: 20) { id name offices { title country { code } organization { name } firstSeen lastSeen sourceCount } }
    events(first: 10, filter: { from: $since, to: $until }) { totalCount edges { node { ${EVENT_SUMMARY_FIELDS} } } }
  }
}`;

interface CountryData {
  country: {
    code: string;
    name: string;
    nameFr: string | null;
    region: string | null;
    subregion: string | null;
    isoNumeric: string | null;
    partners: { country: { code: string; name: string; isoNumeric: string | null }; eventCount: number; firstDate: string | null; lastDate: string | null }[];
    officials: {
      id: string;
      name: string;
      offices: { title: string; country: { code: string } | null; organization: { name: string } | null; firstSeen: string | null; lastSeen: string | null; sourceCount: number }[];
    }[];
    events: { totalCount: number; edges: { node: EventSummary }[] };
  } | null;
}

/** A country: its partners over a chosen period on a map and as a ranked list, its officials and latest events. */
export function CountryPage({ code, query }: { code: string; query: URLSearchParams }) {
  const period = periodOf(query);
  const valid = isCountryCode(code);
  const state = useQuery<CountryData>(COUNTRY, { code, since: period.since, until: period.until }, !valid);
  // The map's shapes load alongside the country's figures, not after them.
  useEffect(() => {
    if (valid) loadShapes().catch(() => undefined);
  }, [valid]);
  const name = state.status === 'done' ? state.data.country?.name : undefined;
  useTitle(name ?? code);
  if (!valid) return <NotFound what={`“${code}” is not an ISO 3166-1 alpha-2 country code.`} />;
  const setPeriod = (p: Period) => navigate(withQuery(`/country/${code}`, { since: p.since, until: p.until }), { replace: true });
  return (
    <WithQuery state={state} what="the country" notFound={`No country has the code “${code}”.`}>
      {({ country }) => {
        if (!country) return <NotFound what={`No country has the code “${code}”.`} />;
        const partners = country.partners.map((p) => ({ ...p.country, eventCount: p.eventCount }));
        const periodText = period.since || period.until ? ` from ${formatIsoDate(period.since)} to ${formatIsoDate(period.until)}` : '';
        return (
          <article className="page">
            <header className="page-head">
              <p className="eyebrow">Country · {[country.subregion, country.region].filter(Boolean).join(', ') || country.code}</p>
              <h1>{country.name}</h1>
              <p className="actions">
                <Link to={`/graph/country/${country.code}`}>Graph view</Link>
              </p>
            </header>
            <PeriodPicker key={`${period.since}-${period.until}`} period={period} onChange={setPeriod} />
            <section aria-labelledby="partners-title" className="card">
              <h2 id="partners-title">Partners{periodText}</h2>
              {partners.length === 0 ? (
                <Empty>No events with another country{periodText || ' yet'}.</Empty>
              ) : (
                <div className="partners">
                  <WorldMap focus={{ code: country.code, name: country.name, isoNumeric: country.isoNumeric, eventCount: 0 }} partners={partners} title={`Map of ${country.name}'s partners by number of events`} />
                  <ol className="ranked" aria-label={`${country.name}'s partners, most events first`}>
                    {country.partners.map((p) => (
                      <li key={p.country.code} data-code={p.country.code}>
                        <Link to={`/relation/${[country.code, p.country.code].sort().join('-')}`}>{p.country.name}</Link>
                        <span className="count">{p.eventCount}</span>
                        <span className="muted small">
                          {formatIsoDate(p.firstDate)} – {formatIsoDate(p.lastDate)}
                        </span>
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </section>
            <div className="columns">
              <section aria-labelledby="officials-title" className="card">
                <h2 id="officials-title">Officials</h2>
                {country.officials.length === 0 ? (
                  <Empty>No official of {country.name} seen in the sources yet.</Empty>
                ) : (
                  <ul className="officials">
                    {country.officials.map((person) => (
                      <li key={person.id}>
                        <Link to={`/person/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                        <ul className="offices">
                          {person.offices
                            .filter((o) => o.country?.code === country.code || (!o.country && o.organization))
                            .map((o) => (
                              <li key={`${o.title}-${o.firstSeen}`} className="small">
                                {o.title}
                                {o.organization ? `, ${o.organization.name}` : ''}{' '}
                                <span className="muted">
                                  {formatIsoDate(o.firstSeen)} – {formatIsoDate(o.lastSeen)}
                                </span>
                              </li>
                            ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="events-title" className="card">
                <h2 id="events-title">Latest events</h2>
                <EventList events={country.events.edges.map((e) => e.node)} total={country.events.totalCount} empty={`No event involving ${country.name}${periodText}.`} />
              </section>
            </div>
          </article>
        );
      }}
    </WithQuery>
  );
}
