import { lazy, Suspense, useEffect, useRef } from 'react';
import { NotFound, Loading } from './components/QueryStates.js';
import { SearchBox } from './components/SearchBox.js';
import { CountryPage } from './pages/CountryPage.js';
import { EventPage } from './pages/EventPage.js';
import { EventsPage } from './pages/EventsPage.js';
import { HomePage } from './pages/HomePage.js';
import { PersonPage } from './pages/PersonPage.js';
import { RelationPage } from './pages/RelationPage.js';
import { Link, useLocation } from './router.js';

// The graph view and its library load only when it is opened, to keep the first load small.
const GraphPage = lazy(() => import('./pages/GraphPage.js').then((m) => ({ default: m.GraphPage })));

function route(path: string, query: URLSearchParams) {
  let m: RegExpExecArray | null;
  if (path === '/' || path === '') return <HomePage />;
  if ((m = /^\/country\/([^/]+)$/.exec(path))) return <CountryPage key={m[1]} code={(m[1] as string).toUpperCase()} query={query} />;
  if ((m = /^\/relation\/([^/]+)$/.exec(path))) return <RelationPage key={m[1]} pair={(m[1] as string).toUpperCase()} query={query} />;
  if ((m = /^\/person\/([^/]+)$/.exec(path))) return <PersonPage key={m[1]} id={m[1] as string} />;
  if ((m = /^\/event\/([^/]+)$/.exec(path))) return <EventPage key={m[1]} id={m[1] as string} />;
  if (path === '/events') return <EventsPage query={query} />;
  if ((m = /^\/graph\/(country|person)\/([^/]+)$/.exec(path))) {
    const kind = m[1] as 'country' | 'person';
    const id = kind === 'country' ? (m[2] as string).toUpperCase() : (m[2] as string);
    return (
      <Suspense fallback={<Loading what="the graph view" />}>
        <GraphPage key={`${kind}-${id}`} kind={kind} id={id} query={query} />
      </Suspense>
    );
  }
  return <NotFound what={`Nothing lives at ${path}.`} />;
}

/** The explorer: a header with the search, and the view of the current URL. */
export function App() {
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  // Move focus to the new view on navigation, as a page load would, for keyboard and screen-reader users.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          diplograph
        </Link>
        {path !== '/' && <SearchBox />}
        <nav aria-label="Tools">
          <a href="/graphql">GraphQL IDE</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route(path, query)}
      </main>
    </>
  );
}
