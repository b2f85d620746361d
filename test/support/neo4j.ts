/**
 * Test helpers for the real Neo4j that test/support/global-setup.ts starts (or NEO4J_URI points at).
 * Connection info reaches test files through process.env, set by the global setup before any test runs.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { neo4jDatabaseName } from "../../src/neo4j/connection";
import { forgetOnExit, type Stoppable, stopOnExit } from "../../src/neo4j/local/exit-hooks";
import { TEST_MEMORY } from "../../src/neo4j/local/pins";
import { findFreePort } from "../../src/neo4j/local/ports";
import { type Neo4jServer, startNeo4j } from "../../src/neo4j/local/lifecycle";
import { requireIntegrationTier } from "./tier";

/** Set by the global setup when it started the server itself (unset when NEO4J_URI came from outside). */
export const TEST_INSTANCE_ENV = "FACTGRAPH_TEST_NEO4J_HOME";

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** Instance folder of the throwaway server; undefined for an external NEO4J_URI. */
  instanceDir: string | undefined;
}

export function testNeo4j(): TestNeo4j {
  requireIntegrationTier("testNeo4j()");
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set: run tests through jest so test/support/global-setup.ts starts Neo4j.");
  return {
    uri,
    username: process.env.NEO4J_USERNAME || "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: neo4jDatabaseName(),
    instanceDir: process.env[TEST_INSTANCE_ENV] || undefined,
  };
}

/** A driver for the test server; close it in afterAll. */
export function openTestDriver(): Driver {
  const t = testNeo4j();
  return neo4j.driver(t.uri, neo4j.auth.basic(t.username, t.password));
}

/** Empties the test database (all suites share one server, run one at a time). */
export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
  const session = driver.session({ database: neo4jDatabaseName() });
  try {
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

export interface ThrowawayServer {
  server: Neo4jServer;
  /** Stops the server and deletes its folder. */
  dispose(): Promise<void>;
}

const TEMP_PREFIX = "factgraph-neo4j-";

/** Folders of earlier runs that were killed (SIGKILL skips cleanup): no JVM uses them and they are not new. */
function removeStaleTestDirs(): void {
  const cutoff = Date.now() - 10 * 60_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (fs.statSync(dir).mtimeMs < cutoff && serverJvmPids(dir).length === 0) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it meanwhile
    }
  }
}

/**
 * Starts a fresh server in a temp folder on a free loopback port. ctrl-C / SIGTERM of this process stops it,
 * and so does a watchdog if this process dies any other way.
 */
export async function startThrowawayServer(opts: { log?: (msg: string) => void } = {}): Promise<ThrowawayServer> {
  requireIntegrationTier("startThrowawayServer()");
  removeStaleTestDirs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
  const removeDir = (): void => fs.rmSync(dir, { recursive: true, force: true });
  // On ctrl-C / SIGTERM: stop the JVM and delete its folder too.
  let guard: Stoppable | undefined;
  try {
    const server = await startNeo4j({
      dir,
      boltPort: await findFreePort(),
      memory: TEST_MEMORY,
      detached: false,
      log: opts.log ?? (() => undefined),
      onSpawn: (s) => {
        guard = { pid: s.pid, stop: () => s.stop().then(removeDir) };
        stopOnExit(guard);
      },
    });
    return {
      server,
      dispose: async () => {
        await server.stop();
        if (guard) forgetOnExit(guard);
        removeDir();
      },
    };
  } catch (err) {
    if (guard) forgetOnExit(guard);
    removeDir();
    throw err;
  }
}

/**
 * Starts a stopped (or crashed) server again in the same folder and on the same port, as after a database
 * restart. The caller stops it (its stop() also forgets it); until then, ctrl-C or this process ending stops it.
 */
export function restartNeo4j(server: Neo4jServer): Promise<Neo4jServer> {
  requireIntegrationTier("restartNeo4j()");
  return startNeo4j({ dir: server.dir, boltPort: server.boltPort, memory: TEST_MEMORY, detached: false, log: () => undefined, onSpawn: (s) => stopOnExit(s) });
}

/** Pids of Neo4j JVMs whose home is `dir` (Linux /proc; [] elsewhere). Used to prove none is left behind. */
export function serverJvmPids(dir: string): number[] {
  if (!fs.existsSync("/proc/self/cmdline")) return [];
  const pids: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0");
      if (args.includes("org.neo4j.server.CommunityEntryPoint") && args.includes(`--home-dir=${path.resolve(dir)}`)) {
        pids.push(Number(name));
      }
    } catch {
      // process ended while we looked
    }
  }
  return pids;
}

/**
 * Local addresses of sockets listening on `port`, from /proc/net/tcp{,6} (Linux; undefined elsewhere).
 * IPv4 appear as "127.0.0.1", IPv6 as hex (IPv4-mapped loopback is "0000000000000000FFFF00000100007F").
 */
export function listeningAddresses(port: number): string[] | undefined {
  if (!fs.existsSync("/proc/net/tcp")) return undefined;
  const out: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== "0A") continue; // 0A = LISTEN
      const [hexAddr, hexPort] = cols[1].split(":");
      if (Number.parseInt(hexPort, 16) !== port) continue;
      out.push(hexAddr.length === 8 ? hexIpv4(hexAddr) : hexAddr);
    }
  }
  return out;
}

function hexIpv4(hex: string): string {
  // /proc stores the address little-endian.
  return [6, 4, 2, 0].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(".");
}
