import type { ApolloServer } from '@apollo/server';
import { createApiContext, type ApiContext, type IngestArticles } from '../../src/api/apiContext.js';
import { createApolloServer, createSchema, type Executor } from '../../src/api/createApiServer.js';
import type { ApiConfig } from '../../src/config/config.js';
import type { ExtractedEvent } from '../../src/domain/extraction.js';
import { writeExtractions } from '../../ingest/writer/writeExtractions.js';
import type { ExtractedArticle } from '../../ingest/writer/planBatch.js';
import { article, encounter, person } from './extractionFixtures.js';

/** A test API configuration; override what a test is about. */
export function apiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    apiToken: 'test-api-token-0123456789',
    readToken: null,
    introspection: true,
    landingPage: false,
    corsOrigins: '*',
    queryTimeoutMs: 10_000,
    maxPageSize: 100,
    ...overrides,
  };
}

export const lavrov = person('Sergey Lavrov', 'RU', 'Minister of Foreign Affairs', ['Sergueï Lavrov']);
export const diop = person('Abdoulaye Diop', 'ML', 'Minister of Foreign Affairs and International Cooperation');
export const jaishankar = person('Subrahmanyam Jaishankar', 'IN', 'Minister of External Affairs');
export const traore = person('Ibrahim Traoré', 'BF', 'President');

const withTopics = (e: ExtractedEvent, topics: string[]): ExtractedEvent => ({ ...e, topics: topics.map((id) => ({ id, label: id })) });

/**
 * The small graph most API tests read: the Lavrov–Diop meeting of 2024-02-28 reported by a
 * French and an English article (one event, two sources), a Lavrov–Jaishankar call, a
 * Diop–Traoré visit without a year, and a 2023 RU–ML agreement.
 */
export async function seedSmallGraph(): Promise<void> {
  const meeting = withTopics(encounter('meeting', '2024-02-28', [lavrov, diop]), ['energy', 'security']);
  const call = encounter('phone_call', '2024-05-10', [lavrov, jaishankar]);
  const visit = { ...encounter('visit', '--06-12', [traore, diop]), location: { placeId: 'bf-ouagadougou', name: 'Ouagadougou', country: 'BF' } };
  const agreement = { ...encounter('agreement', '2023-11-15', [lavrov, diop]), plover: 'AGREE', ploverMode: null, cameo: '057' };
  const batch: ExtractedArticle[] = [
    article('fr-1', { persons: [lavrov, diop], events: [meeting], published: '2024-03-02', language: 'fr' }),
    article('en-1', { persons: [lavrov, diop], events: [{ ...meeting, evidence: [{ start: 0, end: 30, quote: 'Lavrov met Diop in Moscow.' }] }], published: '2024-03-01' }),
    article('en-2', { persons: [lavrov, jaishankar], events: [call], published: '2024-05-11' }),
    article('fr-2', { persons: [traore, diop], events: [visit], published: null, language: 'fr' }),
    article('en-3', { persons: [lavrov, diop], events: [agreement], published: '2023-11-16' }),
  ];
  await writeExtractions(batch);
}

/**
 * `count` distinct RU–ML meetings (one per article, one day apart from 2020-01-01), each with
 * two participants of its own, for pagination and query-count tests.
 */
export async function seedManyMeetings(count: number): Promise<void> {
  const batch: ExtractedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const ru = person(`Ivan Petrov${String.fromCharCode(97 + (i % 26))}${i}`, 'RU', 'Ambassador');
    const ml = person(`Moussa Keita${String.fromCharCode(97 + (i % 26))}${i}`, 'ML', 'Minister of Defence');
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    batch.push(article(`bulk-${i}`, { persons: [ru, ml], events: [encounter('meeting', date, [ru, ml])], published: date }));
  }
  for (let i = 0; i < batch.length; i += 100) await writeExtractions(batch.slice(i, i + 100));
}

/** A started Apollo server plus a helper that runs an operation and returns data or errors. */
export interface TestApi {
  readonly server: ApolloServer<ApiContext>;
  readonly run: (
    query: string,
    variables?: Record<string, unknown>,
    options?: { authorization?: string; onQuery?: (name: string) => void; operationName?: string },
  ) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;
}

const ingestRefused: IngestArticles = async () => {
  throw new Error('ingest not wired in this test');
};

/** An API server run through executeOperation (no HTTP); `executor` as in createApolloServer. */
export async function createTestApi(config: ApiConfig = apiConfig(), ingestArticles: IngestArticles = ingestRefused, executor: Executor = 'jit'): Promise<TestApi> {
  const server = createApolloServer(config, [], createSchema(), executor);
  await server.start();
  return {
    server,
    run: async (query, variables = {}, options = {}) => {
      const contextValue = createApiContext(options.authorization, {
        apiToken: config.apiToken,
        readToken: config.readToken,
        ...(config.analystTokens ? { analystTokens: config.analystTokens } : {}),
        queryTimeoutMs: config.queryTimeoutMs,
        maxPageSize: config.maxPageSize,
        ingestArticles,
        ...(options.onQuery ? { onQuery: options.onQuery } : {}),
      });
      const response = await server.executeOperation({ query, variables, ...(options.operationName ? { operationName: options.operationName } : {}) }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as Record<string, unknown> | null | undefined, errors: errors as never };
    },
  };
}
