/**
 * The benchmark's own Neo4j servers, one per corpus size, in .neo4j/bench/<size>/ (git-ignored), each on a
 * free port: never the developer's server or a shared one. A server started here stops when the process
 * exits, unless `keep` leaves it running for the next command, which then attaches to it.
 *
 *   npx tsx bench/neo4j.ts status | stop [size...]
 */
import fs from "node:fs";
import path from "node:path";
import neo4j, { type Config, type Driver } from "neo4j-driver";
import { stopOnExit } from "../src/neo4j/local/exit-hooks";
import { neo4jRoot } from "../src/neo4j/local/paths";
import type { MemorySettings } from "../src/neo4j/local/pins";
import { findFreePort } from "../src/neo4j/local/ports";
import { attachNeo4j, startNeo4j, stopNeo4j, type Neo4jServer } from "../src/neo4j/local/lifecycle";

export function benchRoot(): string {
  return path.join(neo4jRoot(), "bench");
}

/** "10k", "100k", "1m": the folder name of a corpus size. */
export function sizeLabel(statements: number): string {
  if (statements % 1_000_000 === 0) return `${statements / 1_000_000}m`;
  if (statements % 1000 === 0) return `${statements / 1000}k`;
  return String(statements);
}

/** Parses 10000, 10k, 1m, 1M. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a number of statements: use e.g. 10000, 10k or 1m`);
  const n = Math.round(Number(m[1]) * (m[2].toLowerCase() === "k" ? 1e3 : m[2].toLowerCase() === "m" ? 1e6 : 1));
  if (n < 1000) throw new Error(`a corpus needs at least 1000 statements, not ${n}`);
  return n;
}

/** Heap and page cache for a corpus: the 1M graph's store is several GB and should fit the page cache. */
export function benchMemory(statements: number): MemorySettings {
  if (statements > 300_000) return { heapInitial: "4g", heapMax: "4g", pageCache: "5g" };
  if (statements > 30_000) return { heapInitial: "2g", heapMax: "2g", pageCache: "2g" };
  return { heapInitial: "1g", heapMax: "1g", pageCache: "1g" };
}

export interface BenchNeo4j {
  server: Neo4jServer;
  driver: Driver;
  /** False when the server was already running (started by an earlier command with keep). */
  startedHere: boolean;
  /** Seconds Neo4j took to accept queries, when started here. */
  startSeconds?: number;
  /** Closes the driver; stops the server if it was started here without keep. */
  close(): Promise<void>;
}

/** The instance folder of a corpus size's Neo4j. */
export function benchDir(statements: number): string {
  return path.join(benchRoot(), sizeLabel(statements));
}

export async function openBenchNeo4j(
  statements: number,
  opts: { keep?: boolean; log?: (message: string) => void; driverConfig?: Config; dir?: string } = {},
): Promise<BenchNeo4j> {
  const log = opts.log ?? ((m: string) => console.log(`[bench] ${m}`));
  const dir = opts.dir ?? benchDir(statements);
  let server = attachNeo4j(dir);
  const startedHere = !server;
  let startSeconds: number | undefined;
  if (server) log(`using the running bench Neo4j ${server.uri} (pid ${server.pid}, ${dir})`);
  else {
    fs.mkdirSync(dir, { recursive: true });
    const started = Date.now();
    server = await startNeo4j({
      dir,
      boltPort: await findFreePort(),
      memory: benchMemory(statements),
      detached: opts.keep === true,
      log,
      startTimeoutS: 300,
      onSpawn: opts.keep ? undefined : (s) => stopOnExit(s),
    });
    startSeconds = (Date.now() - started) / 1000;
  }
  const running = server;
  const driver = neo4j.driver(running.uri, neo4j.auth.basic(running.username, running.password), { maxConnectionPoolSize: 64, ...opts.driverConfig });
  return {
    server: running,
    driver,
    startedHere,
    startSeconds,
    close: async () => {
      await driver.close();
      if (startedHere && !opts.keep) await running.stop();
    },
  };
}

/** The statements of the size's corpus; throws unless bench/corpus.ts loaded it completely, news and reviews (its marker node says so). */
export async function loadedStatements(db: BenchNeo4j, statements: number): Promise<number> {
  const { records } = await db.driver.executeQuery(
    "MATCH (d:Dataset {id: 'bench'}) RETURN d.complete AND coalesce(d.reviewsComplete, false) AS complete, d.statements AS statements",
    {},
    { routing: "READ" },
  );
  const label = sizeLabel(statements);
  if (!records[0]?.get("complete")) throw new Error(`no complete ${label} corpus (news and reviews) in ${db.server.dir}: run npm run bench:corpus -- --statements ${label} first`);
  return Number(records[0].get("statements"));
}

async function main(args: string[]): Promise<void> {
  const [command, ...sizes] = args;
  const root = benchRoot();
  const dirs = fs.existsSync(root) ? fs.readdirSync(root).filter((d) => !sizes.length || sizes.includes(d)) : [];
  if (command === "status") {
    for (const d of dirs) {
      const s = attachNeo4j(path.join(root, d));
      console.log(`${d}: ${s ? `running, pid ${s.pid}, ${s.uri}` : "stopped"}`);
    }
  } else if (command === "stop") {
    for (const d of dirs) if (await stopNeo4j(path.join(root, d))) console.log(`${d}: stopped`);
  } else {
    throw new Error("usage: npx tsx bench/neo4j.ts status | stop [size...]");
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
