import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleLog } from 'd3-scale';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m shapes from the world-atlas package, served as a local file (no CDN).
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { navigate } from '../router.js';

/** A country on the map with its number of events; `isoNumeric` keys world-atlas shapes. */
export interface MapCountry {
  readonly code: string;
  readonly name: string;
  readonly isoNumeric: string | null;
  readonly eventCount: number;
}

type Shapes = FeatureCollection<Geometry, { name: string }>;
let shapes: Promise<Shapes> | null = null;

/** Starts loading the map's shapes (once), so that a page can fetch them while it fetches its data. */
export function loadShapes(): Promise<Shapes> {
  shapes ??= fetch(atlasUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`the map's shapes could not be loaded (HTTP ${r.status})`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries) as Shapes);
  return shapes;
}

const WIDTH = 960;
const HEIGHT = 470;

/**
 * A world map of a country's partners, coloured by number of events (log scale, legend below);
 * the country itself is outlined; a partner opens the pair's relation page.
 */
export function WorldMap({ focus, partners, title }: { focus: MapCountry; partners: readonly MapCountry[]; title: string }) {
  const [world, setWorld] = useState<Shapes | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    loadShapes().then(setWorld, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, []);
  const byNumeric = useMemo(() => new Map(partners.filter((p) => p.isoNumeric).map((p) => [p.isoNumeric as string, p])), [partners]);
  const max = Math.max(1, ...partners.map((p) => p.eventCount));
  const colour = scaleLog<string>().domain([1, Math.max(2, max)]).range(['#6baed6', '#08306b']).clamp(true);
  const path = useMemo(() => {
    if (!world) return null;
    const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'Sphere' });
    return geoPath(projection);
  }, [world]);
  if (failure) return <p className="state state-error" role="alert">The map could not be drawn: {failure}.</p>;
  if (!world || !path) return <div className="map-placeholder" role="status">Loading the map…</div>;
  const shape = (f: Feature<Geometry, { name: string }>) => {
    const id = String(f.id ?? '');
    const partner = byNumeric.get(id);
    const d = path(f) ?? '';
    if (id === focus.isoNumeric) {
      return (
        <path key={id} d={d} className="map-focus">
          <title>{focus.name}</title>
        </path>
      );
    }
    if (!partner) return <path key={id || f.properties.name} d={d} className="map-land" />;
    const label = `${partner.name}: ${partner.eventCount} ${partner.eventCount === 1 ? 'event' : 'events'} with ${focus.name}`;
    const to = `/relation/${[focus.code, partner.code].sort().join('-')}`;
    return (
      <a
        key={id}
        href={to}
        aria-label={label}
        className="map-partner"
        data-code={partner.code}
        onClick={(e) => {
          e.preventDefault();
          navigate(to);
        }}
      >
        <path d={d} fill={colour(partner.eventCount)}>
          <title>{label}</title>
        </path>
      </a>
    );
  };
  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title}>
        <path d={path({ type: 'Sphere' }) ?? ''} className="map-sphere" />
        {world.features.map(shape)}
      </svg>
      <figcaption className="legend">
        <span className="swatch map-focus-swatch" /> {focus.name}
        <span className="swatch" style={{ background: colour(1) }} /> 1 event
        <span className="swatch" style={{ background: colour(max) }} /> {max} events
      </figcaption>
    </figure>
  );
}
