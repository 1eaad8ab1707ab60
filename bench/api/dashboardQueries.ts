// The five dashboard queries bench:api measures, each in our schema and in the peer's
// (@neo4j/graphql over the same graph, bench/api/peerTypeDefs.graphql), asking for the same
// data with the same parameters. The parameters vary per request (a seeded stream).
import { COUNTRIES, PERSONS, prng } from './syntheticGraph.js';

/** One dashboard query: its GraphQL text for each server and a maker of its variables. */
export interface DashboardQuery {
  readonly name: string;
  readonly ours: string;
  readonly peer: string;
  /** Variables of the next request (the same stream for both servers given the same seed). */
  readonly variables: (random: () => number) => Record<string, unknown>;
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

function countryPair(random: () => number): { a: string; b: string } {
  const a = pick(random, COUNTRIES);
  let b = pick(random, COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
  return { a, b };
}

export const DASHBOARD_QUERIES: readonly DashboardQuery[] = [
  {
    name: 'meetings page (country + dates)',
    ours: `query($c: CountryCode!) { meetings(first: 20, filter: { countries: [$c], from: "2023-01-01", to: "2024-12-31" }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date { value precision }
      participants { role side person { id name } country { code } } countries { side country { code name } }
      place { name } topics { id label } sources { quote article { title url published } } } } } }`,
    peer: `query($c: ID!) { eventsConnection(first: 20, sort: [{ sortDate: DESC }, { id: ASC }],
      where: { countries: { some: { code: { eq: $c } } }, sortDate: { gte: "2023-01-01", lte: "2024-12-31" } }) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date datePrecision
      participantsConnection { edges { properties { role side } node { id name country } } }
      countriesConnection { edges { properties { side } node { code name } } }
      place { name } topics { id label } sourcesConnection { edges { properties { quote } node { title url published } } } } } } }`,
    variables: (random) => ({ c: pick(random, COUNTRIES) }),
  },
  {
    name: 'bilateral relation + timeline + topics',
    ours: `query($a: CountryCode!, $b: CountryCode!) { bilateralRelation(a: $a, b: $b) { id eventCount firstDate lastDate
      timeline(granularity: QUARTER, from: "2020-01-01") { label count byType { type count } }
      topics(first: 10) { eventCount topic { id label } } people(first: 10) { eventCount person { name } } } }`,
    peer: `query($id: ID!) { relations(where: { id: { eq: $id } }) { id eventCount firstDate lastDate
      timeline(from: "2020-01-01") { label count byType { type count } }
      topics(first: 10) { eventCount id label } people(first: 10) { eventCount personName } } }`,
    variables: (random) => {
      const { a, b } = countryPair(random);
      return { a, b, id: [a, b].sort().join('-') };
    },
  },
  {
    name: 'country ranked partners',
    ours: `query($c: CountryCode!) { country(code: $c) { code name partners(since: "2022-01-01", first: 10) { eventCount lastDate country { code name } } } }`,
    peer: `query($c: ID!) { countries(where: { code: { eq: $c } }) { code name partners(since: "2022-01-01", first: 10) { eventCount lastDate code name } } }`,
    variables: (random) => ({ c: pick(random, COUNTRIES) }),
  },
  {
    name: 'person + counterparts',
    ours: `query($id: ID!) { person(id: $id) { id name country { code } offices { title firstSeen lastSeen country { code } }
      counterparts(first: 10) { eventCount lastDate person { id name } } events(first: 5) { totalCount edges { node { id date { value } } } } } }`,
    peer: `query($id: ID!) { people(where: { id: { eq: $id } }) { id name country
      officesConnection { edges { properties { title firstSeen lastSeen } node { code } } }
      counterparts(first: 10) { eventCount lastDate personId personName }
      eventsConnection(first: 5, sort: [{ node: { sortDate: DESC } }]) { totalCount edges { node { id date } } } } }`,
    variables: (random) => ({ id: pick(random, PERSONS).id }),
  },
  {
    name: 'full-text search',
    ours: `query($t: String!) { search(text: $t, first: 10) { score kind entity { __typename
      ... on Person { id name } ... on Country { code name } ... on Article { id title } ... on Place { id name } } } }`,
    // The library offers one full-text field per type: a search page asks all four at once.
    peer: `query($t: String!) {
      persons: personsByName(phrase: $t, first: 10) { edges { score node { id name } } }
      countries: countriesByName(phrase: $t, first: 10) { edges { score node { code name } } }
      articles: articlesByTitle(phrase: $t, first: 10) { edges { score node { id title } } }
      places: placesByName(phrase: $t, first: 10) { edges { score node { id name } } } }`,
    variables: (random) => ({ t: pick(random, ['Family1', 'Given3 Fam', 'meets', 'Mali', 'Capital', `Family${Math.floor(random() * 40)}x1`]) }),
  },
];

/** A seeded stream of variables for one query: the same for every server measured. */
export function variableStream(q: DashboardQuery, seed: number): () => Record<string, unknown> {
  const random = prng(seed);
  return () => q.variables(random);
}
