import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Converts a value read from Neo4j into plain JSON-able data: Integers become numbers (ours
 * stay far below 2^53), dates become ISO strings, nodes and relationships their properties.
 * Every row read through src/graph passes here once.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return fromNeo4j(value.properties);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}
