// The two GraphQL servers bench:api compares, each in a process of its own (so that the load
// generator shares neither's event loop and each one's CPU can be read apart): ours as a user
// runs it (`diplograph serve`, the compiled executable) and the peer (bench/api/peerServer.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

/** A running server: where to POST GraphQL and which process serves it. */
export interface RunningServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

async function whenListening(child: ChildProcess, banner: string, name: string): Promise<void> {
  let output = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (output += chunk));
  while (!output.includes(banner)) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function running(child: ChildProcess, url: string): RunningServer {
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * `diplograph serve` on 127.0.0.1:port against the graph at neo4jUri; from another checkout's
 * build when `root` is given (an earlier version, measured side by side).
 */
export async function startOurServer(port: number, neo4jUri: string, root = projectRoot()): Promise<RunningServer> {
  // The executable itself, whose shebang sets Node's flags.
  const child = spawn(join(root, 'bin', 'diplograph.js'), ['serve', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4jUri, LOG_LEVEL: 'warn', DIPLOGRAPH_READ_TOKEN: '', DIPLOGRAPH_LANDING_PAGE: 'false' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  await whenListening(child, 'GraphQL API on', 'diplograph serve');
  return running(child, `http://127.0.0.1:${port}/graphql`);
}

/** @neo4j/graphql on Apollo Server (bench/api/peerServer.ts) on 127.0.0.1:port. */
export async function startPeerServer(port: number, neo4jUri: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot(), 'bench', 'api', 'peerServer.ts'), String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4jUri },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  await whenListening(child, 'peer GraphQL on', '@neo4j/graphql server');
  return running(child, `http://127.0.0.1:${port}/`);
}
