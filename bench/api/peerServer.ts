// bench:api's peer: @neo4j/graphql 7 (Neo4j's own GraphQL library) on Apollo Server 5 over
// the same graph, in a process of its own like `diplograph serve`:
//   node --import tsx bench/api/peerServer.ts PORT
// reads NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) and says "peer GraphQL on URL" on stderr
// once it listens. Default settings, as a new user runs it: no tuning of ours.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const port = Number(process.argv[2] ?? 4101);
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const driver = neo4j.driver(uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
const typeDefs = readFileSync(new URL('./peerTypeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
process.stderr.write(`peer GraphQL on ${url}\n`);
