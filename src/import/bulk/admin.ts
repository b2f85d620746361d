/**
 * Neo4j's bulk loader and the database it builds: `neo4j-admin database import full` of the project's Neo4j into a
 * new instance folder, then that folder's server started once to finish what CSV cannot do.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { applySchema } from "../../graph/constraints";
import { Graph } from "../../graph/graph";
import { ensureDistribution } from "../../neo4j/local/distribution";
import { stopOnExit } from "../../neo4j/local/exit-hooks";
import { instanceLayout, prepareInstance } from "../../neo4j/local/instance";
import { runningPid, startNeo4j } from "../../neo4j/local/lifecycle";
import { ADMIN_CLASS, DEFAULT_BOLT_PORT, LOCAL_MEMORY, type MemorySettings } from "../../neo4j/local/pins";
import { findFreePort } from "../../neo4j/local/ports";
import { findJava } from "../../neo4j/local/tools";

export interface AdminOptions {
  /** neo4j-admin's JVM heap (default 1g: the importer works off-heap). */
  heap?: string;
  /** `--max-off-heap-memory` (default 4g: on a shared machine, not neo4j-admin's 90% of RAM). */
  offHeap?: string;
  log?: (message: string) => void;
}

/**
 * Runs `neo4j-admin database import full neo4j` of the project's Neo4j on the instance folder `dir` (prepared,
 * never started with a database) and the CSV; returns its seconds. Its output is kept in `<csv dir>/admin.log`.
 */
export async function runNeo4jAdmin(dir: string, csv: { dir: string; adminArgs: string[] }, o: AdminOptions = {}): Promise<number> {
  const log = o.log ?? (() => undefined);
  const java = findJava();
  const dist = await ensureDistribution({ log });
  const layout = instanceLayout(dir);
  const args = [
    `-Xmx${o.heap ?? "1g"}`,
    "-cp",
    path.join(dist.libDir, "*"),
    ADMIN_CLASS,
    "database",
    "import",
    "full",
    "neo4j",
    ...csv.adminArgs,
    `--max-off-heap-memory=${o.offHeap ?? "4g"}`,
    `--report-file=${path.join(csv.dir, "import.report")}`,
    "--verbose",
  ];
  const output = path.join(csv.dir, "admin.log");
  const out = fs.openSync(output, "w");
  const started = Date.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(java.bin, args, { env: { ...process.env, NEO4J_HOME: layout.dir, NEO4J_CONF: layout.confDir }, stdio: ["ignore", out, out] });
    child.on("error", reject);
    child.on("exit", resolve);
  });
  fs.closeSync(out);
  const seconds = (Date.now() - started) / 1000;
  const text = fs.readFileSync(output, "utf8");
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}); its output is in ${output}:\n${text.split("\n").slice(-25).join("\n")}`);
  const done = /IMPORT DONE in .*/.exec(text)?.[0] ?? "";
  log(`neo4j-admin: ${done.trim()} (${seconds.toFixed(1)} s)`);
  return seconds;
}

/** A bulk-built graph of hundreds of millions of records takes far longer than a start's minute to index. */
const INDEX_WAIT_SECONDS = 24 * 3600;

/** What a loader does to its new database once neo4j-admin has built it (`finishBulkDatabase`). */
export interface Finishing {
  /** Gives the properties CSV cannot hold (empty lists) their value, before the indexes are built. */
  lists?: (graph: Graph) => Promise<void>;
  /** Runs once the constraints and indexes are in place; says what it did, for the log. */
  afterSchema?: (graph: Graph) => Promise<string>;
  /** Runs on the finished database before its server stops (the benchmarks and the tests compare it). */
  check?: (graph: Graph) => Promise<void>;
}

export interface FinishSeconds {
  startSeconds: number;
  listsSeconds: number;
  schemaSeconds: number;
}

/**
 * The steps CSV cannot do: the loader's lists, then the constraints and indexes (src/graph/constraints.ts
 * `applySchema`; every later start of factgraph re-applies them, a no-op), then the loader's own last step.
 * Starts the folder's server on a free port and stops it after. Returns the seconds of each step.
 */
export async function finishBulkDatabase(
  dir: string,
  finishing: Finishing,
  o: { memory?: MemorySettings; log?: (message: string) => void } = {},
): Promise<FinishSeconds> {
  const log = o.log ?? (() => undefined);
  let t = Date.now();
  const lap = () => {
    const seconds = (Date.now() - t) / 1000;
    t = Date.now();
    return seconds;
  };
  const server = await startNeo4j({ dir, boltPort: await findFreePort(), memory: o.memory ?? LOCAL_MEMORY, detached: false, log, startTimeoutS: 600, onSpawn: (s) => stopOnExit(s) });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    const startSeconds = lap();
    const graph = new Graph(driver);
    await finishing.lists?.(graph);
    const listsSeconds = lap();
    await applySchema(graph, INDEX_WAIT_SECONDS);
    const after = finishing.afterSchema ? await finishing.afterSchema(graph) : "";
    const schemaSeconds = lap();
    log(`finished: ${finishing.lists ? `empty lists in ${listsSeconds.toFixed(1)} s, ` : ""}constraints and indexes${after ? ` (and ${after})` : ""} in ${schemaSeconds.toFixed(1)} s`);
    await finishing.check?.(graph);
    return { startSeconds, listsSeconds, schemaSeconds };
  } finally {
    await driver.close();
    await server.stop();
  }
}

/** Where a loader writes its CSV: inside the new instance folder, removed after a successful build. */
export function instanceCsvDir(dir: string): string {
  return path.join(instanceLayout(dir).importDir, "bulk");
}

/** Refuses a folder whose server runs or that holds a database already: neo4j-admin builds new ones only. */
export function checkBulkTarget(dir: string): void {
  const layout = instanceLayout(dir);
  const pid = runningPid(layout.dir);
  if (pid) throw new Error(`Neo4j in ${dir} is running (pid ${pid}): the bulk import builds a new database in a stopped folder; give a new folder.`);
  for (const sub of ["databases", "transactions"]) {
    if (fs.existsSync(path.join(layout.dataDir, sub, "neo4j"))) {
      throw new Error(`${dir} already holds a database (${path.join(layout.dataDir, sub, "neo4j")}): the bulk import builds a new one; give a new folder, or delete that database first.`);
    }
  }
}

/**
 * Checks the folder (`checkBulkTarget`) and writes its config and password: neo4j-admin reads the config, and the
 * password must be set before the server ever starts.
 */
export async function prepareBulkTarget(dir: string, o: { memory?: MemorySettings; log?: (message: string) => void } = {}): Promise<void> {
  checkBulkTarget(dir);
  const dist = await ensureDistribution({ log: o.log ?? (() => undefined) });
  prepareInstance(instanceLayout(dir), { dist, java: findJava(), boltPort: DEFAULT_BOLT_PORT, memory: o.memory ?? LOCAL_MEMORY });
}

