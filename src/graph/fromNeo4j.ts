import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Converts a value read from Neo4j into plain JSON-able data: Integers become numbers (ours
 * stay far below 2^53), dates become ISO strings, nodes and relationships their properties.
 * Every row read through src/graph passes here once, so the common cases come first: strings,
 * numbers and booleans as they are, then lists and plain maps, and only then the driver's
 * classes (each of whose tests is a property look-up). Lists and maps are converted in place:
 * the driver's freshly decoded values belong to the caller, and copying them doubled the
 * garbage of a large result. The API's hottest queries (event pages and their sources) return
 * dates as strings already, with toString() in Cypher: the driver decodes each Date or DateTime
 * with a dozen Integer operations, which was a fifth of the API's CPU on a page of 20 events.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromNeo4j(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const v = map[key];
      if (v === undefined || (typeof v === 'object' && v !== null)) map[key] = fromNeo4j(v);
    }
    return map;
  }
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return fromNeo4j({ ...value.properties });
  return value;
}
