/** An example opened as a GraphiQL tab: one per dashboard question (README "It is for"). */
export interface ExampleQuery {
  readonly query: string;
  readonly variables?: string;
}

/** The example tabs of the offline GraphiQL, in the order they open. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    query: `# How often did two countries meet, at what level, about what?
query Relation($a: CountryCode!, $b: CountryCode!) {
  bilateralRelation(a: $a, b: $b) {
    eventCount firstDate lastDate
    timeline(granularity: QUARTER) { label count byType { type count } }
    topics(first: 10) { topic { label } eventCount }
    people(first: 10) { person { name country { code } } eventCount }
  }
}`,
    variables: JSON.stringify({ a: 'ML', b: 'RU' }, null, 2),
  },
  {
    query: `# Who are a country's most frequent partners over a period?
query Partners($code: CountryCode!, $since: Date) {
  country(code: $code) {
    name
    partners(since: $since, first: 10) { country { code name } eventCount lastDate }
  }
}`,
    variables: JSON.stringify({ code: 'RU', since: '2024-01-01' }, null, 2),
  },
  {
    query: `# The latest meetings of a country, with their evidence
query Meetings($country: CountryCode!) {
  meetings(filter: { countries: [$country] }, first: 5) {
    totalCount
    edges { node {
      type status date { value precision }
      countries { country { code name } side }
      participants { person { name } role side }
      sources { quote article { title url published } }
    } }
  }
}`,
    variables: JSON.stringify({ country: 'ML' }, null, 2),
  },
  {
    query: `# A person's offices, counterparts and events
query Person($search: String!) {
  persons(search: $search, first: 1) {
    edges { node {
      name
      offices { title country { name } firstSeen lastSeen }
      counterparts(first: 5) { person { name } eventCount }
      events(first: 5) { edges { node { title date { value precision } } } }
    } }
  }
}`,
    variables: JSON.stringify({ search: 'Lavrov' }, null, 2),
  },
  {
    query: `# What was discussed in a year?
query Topics {
  topics(since: "2024-01-01", until: "2024-12-31") { topic { label } eventCount }
  stats { events articles persons relations firstEventDate lastEventDate }
}`,
  },
];
