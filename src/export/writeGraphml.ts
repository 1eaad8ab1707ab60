import { XMLBuilder } from 'fast-xml-parser';
import { EVENT_TYPES } from '../domain/extraction.js';
import type { Network } from './networkGraph.js';

// GraphML (http://graphml.graphdrawing.org/), as Gephi, networkx (read_graphml), igraph and
// yEd read it: typed <key> declarations, then one undirected <graph> of nodes and edges. Edge
// weights are under the attribute name "weight", the one Gephi and networkx use as weight.

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', suppressEmptyNode: true });

type KeySpec = readonly [id: string, domain: 'node' | 'edge', type: 'string' | 'int' | 'double'];

const KEYS: readonly KeySpec[] = [
  ['label', 'node', 'string'],
  ['country', 'node', 'string'],
  ['events', 'node', 'int'],
  ['weight', 'edge', 'double'],
  ...EVENT_TYPES.map((t) => [t, 'edge', 'int'] as const),
  ['firstDate', 'edge', 'string'],
  ['lastDate', 'edge', 'string'],
];

const data = (values: Record<string, string | number | null>) =>
  Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([key, v]) => ({ '@_key': key, '#text': String(v) }));

/** The GraphML text of a network, a line at a time (header, nodes, edges, footer). */
export function* graphmlLines(network: Network): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, domain, type] of KEYS) {
    yield '  ' + builder.build({ key: { '@_id': id, '@_for': domain, '@_attr.name': id, '@_attr.type': type } }) + '\n';
  }
  // The graph element stays open while its nodes and edges stream out: its empty form, opened.
  yield '  ' + builder.build({ graph: { '@_id': network.kind, '@_edgedefault': 'undirected' } }).replace(/\/>$/, '>') + '\n';
  for (const node of network.nodes.values()) {
    yield '    ' + builder.build({ node: { '@_id': node.id, data: data({ label: node.label, country: node.country, events: node.events }) } }) + '\n';
  }
  let n = 0;
  for (const edge of network.edges.values()) {
    const values = { weight: edge.weight, ...edge.byType, firstDate: edge.firstDate, lastDate: edge.lastDate };
    yield '    ' + builder.build({ edge: { '@_id': `e${n++}`, '@_source': edge.source, '@_target': edge.target, data: data(values) } }) + '\n';
  }
  yield '  </graph>\n</graphml>\n';
}
