import { EVENT_TYPES, type EventType } from '../domain/extraction.js';
import type { ExportedEvent } from '../graph/streamEvents.js';

/** A node of an exported network: a country (id = ISO code) or a person (id = person id). */
export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  /** Country nodes: ISO alpha-3; person nodes: the ISO alpha-2 code of the country they serve. */
  readonly country: string | null;
  events: number;
}

/** An undirected weighted edge: `weight` events linked the two nodes, `byType` of each type. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  weight: number;
  readonly byType: Record<EventType, number>;
  firstDate: string | null;
  lastDate: string | null;
}

/** The country network (countries linked by their events together) or the person network. */
export interface Network {
  readonly kind: 'countries' | 'persons';
  readonly nodes: Map<string, NetworkNode>;
  readonly edges: Map<string, NetworkEdge>;
}

/** An empty network of that kind. */
export function createNetwork(kind: Network['kind']): Network {
  return { kind, nodes: new Map(), edges: new Map() };
}

const noTypes = () => Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;

/**
 * Adds one event to the network: a node per country (or person) of the event, an edge per pair
 * of them, each counting the event. Memory grows with nodes and pairs, not with events, so a
 * network folds over a stream of any length. Dates are sortDates (events of unknown year count
 * but move no date).
 */
export function addToNetwork(network: Network, e: ExportedEvent): void {
  const members =
    network.kind === 'countries'
      ? e.details.countries.map((c) => ({ id: c.country.code, label: c.country.name, country: c.country.iso3 }))
      : e.details.participants.map((p) => ({ id: p.person.id, label: p.person.name, country: p.person.countryCode ?? p.country?.code ?? null }));
  const ids = [...new Set(members.map((m) => m.id))].sort();
  for (const m of members) {
    const node = network.nodes.get(m.id) ?? { ...m, events: 0 };
    network.nodes.set(m.id, node);
  }
  for (const id of ids) network.nodes.get(id)!.events++;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const key = `${ids[i]}\u0000${ids[j]}`;
      let edge = network.edges.get(key);
      if (!edge) network.edges.set(key, (edge = { source: ids[i]!, target: ids[j]!, weight: 0, byType: noTypes(), firstDate: null, lastDate: null }));
      edge.weight++;
      edge.byType[e.type]++;
      if (e.sortDate) {
        if (edge.firstDate === null || e.sortDate < edge.firstDate) edge.firstDate = e.sortDate;
        if (edge.lastDate === null || e.sortDate > edge.lastDate) edge.lastDate = e.sortDate;
      }
    }
  }
}
