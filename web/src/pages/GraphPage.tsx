import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorView, Loading, NotFound } from '../components/QueryStates.js';
import { isCountryCode } from '../countryCodes.js';
import { EVENT_TYPES, EVENT_TYPE_COLOURS, EVENT_TYPE_LABELS, type EventType } from '../eventTypes.js';
import { formatPartialDate, type PartialDate } from '../formatDate.js';
import { requestGraphQL } from '../graphqlClient.js';
import { Link, navigate, withQuery } from '../router.js';
import { useTitle } from '../useTitle.js';

const EVENT_FIELDS = `edges { node { id type title date { value precision year month day }
  countries { country { code name } }
  participants { person { id name } country { code } } } }`;
const COUNTRY_EVENTS = `query GraphCountry($id: CountryCode!, $filter: EventFilter) { root: country(code: $id) { name events(first: 80, filter: $filter) { totalCount ${EVENT_FIELDS} } } }`;
const PERSON_EVENTS = `query GraphPerson($id: ID!, $filter: EventFilter) { root: person(id: $id) { name events(first: 80, filter: $filter) { totalCount ${EVENT_FIELDS} } } }`;

interface GraphEvent {
  id: string;
  type: string;
  title: string | null;
  date: PartialDate | null;
  countries: { country: { code: string; name: string } }[];
  participants: { person: { id: string; name: string }; country: { code: string } | null }[];
}
interface Neighbourhood {
  root: { name: string; events: { totalCount: number; edges: { node: GraphEvent }[] } } | null;
}

/** Kinds of nodes the graph view draws. */
type NodeKind = 'country' | 'person' | 'event';
interface Selected {
  readonly id: string;
  readonly kind: NodeKind;
  readonly key: string;
  readonly label: string;
  readonly expanded: boolean;
}

const nodeId = (kind: NodeKind, key: string) => `${kind}:${key}`;
const pageOf = (kind: NodeKind, key: string) => (kind === 'country' ? `/country/${key}` : `/${kind}/${encodeURIComponent(key)}`);

/** The graph elements of a page of events: event nodes, their countries and persons, and the edges between. */
function toElements(events: readonly GraphEvent[]): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const e of events) {
    const eid = nodeId('event', e.id);
    out.push({ data: { id: eid, kind: 'event', key: e.id, label: e.title ?? EVENT_TYPE_LABELS[e.type as EventType] ?? e.type, colour: EVENT_TYPE_COLOURS[e.type as EventType] ?? '#555555', date: formatPartialDate(e.date) } });
    for (const { country } of e.countries) {
      const cid = nodeId('country', country.code);
      out.push({ data: { id: cid, kind: 'country', key: country.code, label: country.name } });
      out.push({ data: { id: `${cid}>${eid}`, source: cid, target: eid } });
    }
    for (const { person } of e.participants) {
      const pid = nodeId('person', person.id);
      out.push({ data: { id: pid, kind: 'person', key: person.id, label: person.name } });
      out.push({ data: { id: `${pid}>${eid}`, source: pid, target: eid } });
    }
  }
  return out;
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b1f24', 'min-zoomed-font-size': 7 } },
  { selector: 'node[kind = "country"]', style: { shape: 'round-rectangle', 'background-color': '#1f4e8c', width: 26, height: 18, label: 'data(label)', 'font-weight': 'bold' } },
  { selector: 'node[kind = "person"]', style: { shape: 'ellipse', 'background-color': '#2a7d4f', width: 16, height: 16, label: 'data(label)' } },
  { selector: 'node[kind = "event"]', style: { shape: 'diamond', 'background-color': 'data(colour)', width: 10, height: 10 } },
  { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#f2b400' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#d1242f', label: 'data(label)' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#b7c0cc', 'curve-style': 'haystack' } },
];

// Force-directed layout up to this many nodes; beyond it, cose takes seconds on a laptop core.
const COSE_MAX = 300;

function layoutOf(count: number): cytoscape.LayoutOptions {
  // Beyond COSE_MAX, concentric by degree stays instant.
  return count <= COSE_MAX
    ? ({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 40, numIter: 400, fit: true, padding: 20 } as cytoscape.LayoutOptions)
    : { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 4, minNodeSpacing: 4, animate: false, fit: true, padding: 20 };
}

/** The neighbourhood of a country or a person (countries, persons, events), filtered by period and type; a node click expands it. */
export function GraphPage({ kind, id, query }: { kind: 'country' | 'person'; id: string; query: URLSearchParams }) {
  const from = query.get('from');
  const to = query.get('to');
  const types = (query.get('types') ?? '').split(',').filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t));
  const filter = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(types.length ? { types } : {}) };
  const filterKey = JSON.stringify(filter);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [status, setStatus] = useState<{ state: 'loading' } | { state: 'error'; error: Error } | { state: 'missing' } | { state: 'ready'; name: string }>({ state: 'loading' });
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  const [selected, setSelected] = useState<Selected | null>(null);
  const [busy, setBusy] = useState(false);
  const [expandable, setExpandable] = useState<Selected[]>([]);
  useTitle(status.state === 'ready' ? `Graph of ${status.name}` : 'Graph');

  const refresh = useCallback(() => {
    const graph = cy.current;
    if (!graph) return;
    setCounts({ nodes: graph.nodes().length, edges: graph.edges().length });
    setExpandable(
      graph
        .nodes('[kind != "event"]')
        .map((n) => ({ id: n.id(), kind: n.data('kind') as NodeKind, key: n.data('key') as string, label: n.data('label') as string, expanded: Boolean(n.data('expanded')) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    );
  }, []);

  const fetchEvents = useCallback(
    async (nodeKind: 'country' | 'person', key: string) => {
      const data = await requestGraphQL<Neighbourhood>(nodeKind === 'country' ? COUNTRY_EVENTS : PERSON_EVENTS, { id: key, filter: JSON.parse(filterKey) as object });
      return data.root;
    },
    [filterKey],
  );

  const expand = useCallback(
    async (node: Selected) => {
      const graph = cy.current;
      if (!graph || node.kind === 'event' || node.expanded) return;
      setBusy(true);
      try {
        const root = await fetchEvents(node.kind, node.key);
        const fresh = toElements(root?.events.edges.map((e) => e.node) ?? []).filter((el) => graph.getElementById(el.data.id as string).empty());
        const anchor = graph.getElementById(node.id).position();
        let added = graph.collection();
        graph.batch(() => {
          added = graph.add(fresh.map((el) => (el.data.source ? el : { ...el, position: { x: anchor.x, y: anchor.y } })));
          graph.getElementById(node.id).data('expanded', true);
        });
        if (graph.nodes().length <= COSE_MAX) {
          graph.layout(layoutOf(graph.nodes().length)).run();
        } else {
          // A large graph keeps its drawing: the new nodes go on a ring around the one expanded.
          const ring = added.nodes();
          const radius = 40 + 8 * Math.sqrt(ring.length) * 4;
          ring.layout({ name: 'circle', boundingBox: { x1: anchor.x - radius, y1: anchor.y - radius, w: 2 * radius, h: 2 * radius }, animate: false, fit: false }).run();
        }
        setSelected({ ...node, expanded: true });
        refresh();
      } catch (error) {
        setStatus({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      } finally {
        setBusy(false);
      }
    },
    [fetchEvents, refresh],
  );

  const validId = kind === 'person' || isCountryCode(id);
  useEffect(() => {
    if (!validId) return;
    let cancelled = false;
    setStatus({ state: 'loading' });
    setSelected(null);
    fetchEvents(kind, id).then(
      (root) => {
        if (cancelled || !container.current) return;
        if (!root) return setStatus({ state: 'missing' });
        const graph = cytoscape({
          container: container.current,
          elements: toElements(root.events.edges.map((e) => e.node)),
          style: STYLE,
          layout: { name: 'preset' },
          minZoom: 0.05,
          maxZoom: 4,
          // Fluid with thousands of nodes: draw a texture while panning and zooming.
          textureOnViewport: true,
          hideEdgesOnViewport: true,
          pixelRatio: 1,
        });
        const rootNode = graph.getElementById(nodeId(kind, id));
        rootNode.data('expanded', true);
        graph.layout(layoutOf(graph.nodes().length)).run();
        graph.on('tap', 'node', (event) => {
          const n = event.target as cytoscape.NodeSingular;
          const picked: Selected = { id: n.id(), kind: n.data('kind') as NodeKind, key: n.data('key') as string, label: n.data('label') as string, expanded: Boolean(n.data('expanded')) };
          setSelected(picked);
          void expand(picked);
        });
        graph.on('dbltap', 'node', (event) => {
          const n = event.target as cytoscape.NodeSingular;
          navigate(pageOf(n.data('kind') as NodeKind, n.data('key') as string));
        });
        cy.current = graph;
        setStatus({ state: 'ready', name: root.name });
        refresh();
      },
      (error: unknown) => !cancelled && setStatus({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      cancelled = true;
      cy.current?.destroy();
      cy.current = null;
    };
    // `expand` and `fetchEvents` change only with the filter, which re-creates the graph anyway.
  }, [kind, id, filterKey, validId]);

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = EVENT_TYPES.filter((t) => form.get(`type-${t}`));
    navigate(
      withQuery(`/graph/${kind}/${encodeURIComponent(id)}`, {
        from: (form.get('from') as string) || null,
        to: (form.get('to') as string) || null,
        types: chosen.length && chosen.length < EVENT_TYPES.length ? chosen.join(',') : null,
      }),
    );
  };

  if (status.state === 'missing' || !validId) return <NotFound what={`No ${kind} has the id “${id}”.`} />;
  return (
    <article className="page graph-page">
      <header className="page-head">
        <p className="eyebrow">Graph view</p>
        <h1>
          {status.state === 'ready' ? <Link to={pageOf(kind, id)}>{status.name}</Link> : id} and its neighbourhood
        </h1>
      </header>
      <form className="graph-filters" onSubmit={applyFilter} key={filterKey} aria-label="Filters">
        <label>
          From <input type="date" name="from" defaultValue={from ?? ''} />
        </label>
        <label>
          to <input type="date" name="to" defaultValue={to ?? ''} />
        </label>
        <fieldset>
          <legend className="visually-hidden">Event types</legend>
          {EVENT_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" name={`type-${t}`} defaultChecked={types.length === 0 || types.includes(t)} />
              <span className="swatch" style={{ background: EVENT_TYPE_COLOURS[t] }} /> {EVENT_TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <button type="submit">Apply</button>
      </form>
      {status.state === 'error' && <ErrorView error={status.error} />}
      <div className="graph-layout">
        {/* Over the canvas, not above it: cytoscape maps clicks with the container's place on the page, which must not move once drawn. */}
        {status.state === 'loading' && (
          <div className="graph-loading">
            <Loading what="the neighbourhood" />
          </div>
        )}
        <div ref={container} className="graph-canvas" role="img" aria-label="Graph of countries, persons and events; the list beside it gives the same nodes" data-nodes={counts.nodes} />
        <aside className="graph-side" aria-label="Nodes">
          <p role="status" aria-live="polite" className="small">
            {counts.nodes} nodes, {counts.edges} edges{busy ? ' · expanding…' : ''}
          </p>
          {selected && (
            <div className="card selected">
              <p className="eyebrow">{selected.kind}</p>
              <p>
                <strong>{selected.label}</strong>
              </p>
              <Link to={pageOf(selected.kind, selected.key)}>Open its page</Link>
            </div>
          )}
          <p className="small muted">Click a country or person to add its events; double-click to open its page.</p>
          <ul className="plain node-list">
            {expandable.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" disabled={n.expanded || busy} onClick={() => void expand(n)} aria-label={`Expand ${n.label}`}>
                  {n.expanded ? '●' : '+'}
                </button>{' '}
                <Link to={pageOf(n.kind, n.key)}>{n.label}</Link> <span className="muted small">{n.kind}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
