import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config/config.js';
import { projectRoot } from '../config/projectRoot.js';
import { ConfigError, GraphUnavailableError } from '../domain/errors.js';

/** The Maven project that fetches Neo4j Community and builds our launcher. */
const launcherDir = () => join(projectRoot(), 'neo4j');
const libDir = () => join(launcherDir(), 'target', 'lib');
const classesDir = () => join(launcherDir(), 'target', 'classes');
const pidFile = (cfg: LocalNeo4jConfig) => join(cfg.home, 'neo4j.pid');
const logFile = (cfg: LocalNeo4jConfig) => join(cfg.home, 'launcher.log');

// Java 17 closes these packages that Neo4j's page cache and networking reach into.
const JAVA_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/java.net=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  // The JVM settings Neo4j's own neo4j.conf ships (server.jvm.additional): final fields the JIT
  // may trust, no explicit GCs, a bounded NIO buffer cache, Netty's direct access.
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

export type ServerState =
  | { readonly state: 'running'; readonly pid: number; readonly uri: string }
  | { readonly state: 'stopped' };

/** True once Neo4j's jars and our launcher class are in neo4j/target. */
export function isProvisioned(): boolean {
  return existsSync(join(classesDir(), 'diplograph', 'Launcher.class')) && existsSync(libDir()) && readdirSync(libDir()).length > 0;
}

/** Fetches Neo4j Community from Maven Central with `mvn` and builds the launcher (once). */
export function provision(log: (line: string) => void = () => undefined): void {
  if (isProvisioned()) return;
  log('Fetching Neo4j Community from Maven Central (mvn package, first run only)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', join(launcherDir(), 'pom.xml'), 'package', '-DskipTests'], { stdio: 'inherit' });
  if (result.error) throw new ConfigError(`Cannot run mvn (is Maven installed?): ${result.error.message}`, { cause: result.error });
  if (result.status !== 0) throw new ConfigError(`mvn package failed with exit code ${result.status}; see its output above`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(cfg: LocalNeo4jConfig): number | null {
  if (!existsSync(pidFile(cfg))) return null;
  const pid = Number.parseInt(readFileSync(pidFile(cfg), 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurLauncher(pid) ? pid : null;
}

// A pid file can outlive a reboot; make sure the pid is still our launcher before trusting it.
function isOurLauncher(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('diplograph.Launcher');
}

/** Resolves true when something accepts TCP connections on host:port. */
export function isPortOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = netConnect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function boltAnswers(cfg: LocalNeo4jConfig): Promise<boolean> {
  const uri = `bolt://${cfg.host}:${cfg.port}`;
  const driver = neo4j.driver(uri, cfg.password ? neo4j.auth.basic('neo4j', cfg.password) : undefined);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether our local server runs, from its pid file. */
export function status(cfg: LocalNeo4jConfig): ServerState {
  const pid = readPid(cfg);
  return pid === null ? { state: 'stopped' } : { state: 'running', pid, uri: `bolt://${cfg.host}:${cfg.port}` };
}

/**
 * Starts the local Neo4j unless it already runs (idempotent), and resolves once Bolt answers.
 * A port held by another process is a ConfigError, not a hang.
 */
export async function start(cfg: LocalNeo4jConfig, log: (line: string) => void = () => undefined): Promise<{ state: 'running'; pid: number; uri: string; started: boolean }> {
  const uri = `bolt://${cfg.host}:${cfg.port}`;
  const existing = readPid(cfg);
  if (existing === null && (await isPortOpen(cfg.host, cfg.port))) {
    throw new ConfigError(
      `Port ${cfg.port} on ${cfg.host} is already in use by another process; stop it or set DIPLOGRAPH_NEO4J_PORT (or NEO4J_URI to use that server)`,
    );
  }
  if (existing === null) provision(log);
  mkdirSync(cfg.home, { recursive: true });
  let pid = existing;
  let started = false;
  if (pid === null) {
    const out = openSync(logFile(cfg), 'a');
    const args = [
      `-Xms${cfg.heap}`,
      `-Xmx${cfg.heap}`,
      ...JAVA_FLAGS,
      '-cp',
      `${classesDir()}:${join(libDir(), '*')}`,
      'diplograph.Launcher',
      `home=${join(cfg.home, 'dbms')}`,
      `host=${cfg.host}`,
      `port=${cfg.port}`,
      `pagecache=${cfg.pageCache}`,
      ...(cfg.password ? [`password=${cfg.password}`] : []),
    ];
    const child = spawn('java', args, { detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    if (child.pid === undefined) throw new ConfigError('Cannot start java (is Java 17 installed?)');
    child.unref();
    pid = child.pid;
    writeFileSync(pidFile(cfg), String(pid));
    started = true;
    log(`Starting Neo4j (pid ${pid}) on ${uri}…`);
  }
  const deadline = Date.now() + cfg.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      rmSync(pidFile(cfg), { force: true });
      const tail = existsSync(logFile(cfg)) ? readFileSync(logFile(cfg), 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new GraphUnavailableError(`Neo4j (pid ${pid}) exited before ${uri} answered; last log lines:\n${tail}`);
    }
    if ((await isPortOpen(cfg.host, cfg.port)) && (await boltAnswers(cfg))) return { state: 'running', pid, uri, started };
    await sleep(500);
  }
  throw new GraphUnavailableError(`Neo4j (pid ${pid}) did not answer on ${uri} within ${cfg.startTimeoutMs} ms; see ${logFile(cfg)}`);
}

/** Stops our local server (SIGTERM, then SIGKILL after the grace period) and waits for it to exit. */
export async function stop(cfg: LocalNeo4jConfig, graceMs = 60_000): Promise<{ stopped: boolean; pid: number | null }> {
  const pid = readPid(cfg);
  if (pid === null) {
    rmSync(pidFile(cfg), { force: true });
    return { stopped: false, pid: null };
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(pidFile(cfg), { force: true });
  return { stopped: true, pid };
}
