/**
 * Cold start: how long `npm start` takes, with Neo4j already downloaded (cached), from the command to GET
 * /health answering 200, against the part of it that is Neo4j's own start (spawn to Bolt answering, as the
 * server logs it). It runs `npm start` for real, in its own instance folder (.neo4j/bench/cold-start, sharing the
 * downloaded jars), on free ports, and stops it with ctrl-C (SIGINT) each time, as a developer would.
 *
 * Then a new user's first queries: once healthy (and, with the warm-up on, once it has run), each query the
 * warm-up holds (src/server/warm-up.ts: the playground's, the README's, the explorer's) is asked once and timed. Each round
 * starts npm start twice, with FACTGRAPH_WARM_UP on and off, in alternating order: the baseline is the same
 * queries on a Neo4j that has not planned them.
 *
 *   npx tsx bench/cold-start.ts [--runs 3]
 *
 * The first run also creates the instance and loads the seed graph; it is reported but not in the median.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { load, machine } from "./machine";
import { benchRoot } from "./neo4j";
import { neo4jRoot } from "../src/neo4j/local/paths";
import { findFreePort } from "../src/neo4j/local/ports";
import { runningPid, stopNeo4j } from "../src/neo4j/local/lifecycle";
import { warmUpQueries } from "../src/server/warm-up";

const QUERIES = warmUpQueries();

const RESULTS = path.join(__dirname, "results", "cold-start.json");

interface Run {
  /** `npm start` to the first 200 from /health. */
  toHealthySeconds: number;
  /** Neo4j's own start, spawn to Bolt answering, from the server's log line. */
  neo4jSeconds: number;
  /** Seconds from the command to each log line. */
  milestones: Record<string, number>;
  seedLoaded: boolean;
  warmUp: boolean;
  /** The warm-up's own time, from its log line. */
  warmUpSeconds?: number;
  /** Each warm-up query asked once by a user after start, in ms, in warmUpQueries() order. */
  firstQueriesMs: number[];
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

/** Asks each query once, as a user would, and times it; a GraphQL error fails the bench. */
async function firstQueries(url: string): Promise<number[]> {
  const times: number[] = [];
  for (const asked of QUERIES) {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(asked) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    times.push(Math.round(performance.now() - started));
    if (body.errors?.length) throw new Error(`a first query failed: ${body.errors[0].message}`);
  }
  return times;
}

async function coldStart(root: string, warmUp: boolean): Promise<Run> {
  const [bolt, http] = [await findFreePort(), await findFreePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FACTGRAPH_NEO4J_DIR: root,
    FACTGRAPH_NEO4J_BOLT_PORT: String(bolt),
    PORT: String(http),
    FACTGRAPH_WARM_UP: String(warmUp),
  };
  for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[name];
  const started = performance.now();
  // Its own process group, so that stopping it is what ctrl-C in a terminal does: SIGINT to the whole group
  // (npm does not pass a SIGINT sent to it alone on to the server).
  const child = spawn("npm", ["start"], { cwd: path.resolve(__dirname, ".."), env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const milestones: Record<string, number> = {};
  let neo4jSeconds = NaN;
  let seedLoaded = false;
  let warmUpSeconds: number | undefined;
  let warmUpEnded = false;
  let output = "";
  const onLine = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      output += `${line}\n`;
      const at = Math.round((performance.now() - started) / 100) / 10;
      const ready = /Neo4j ready on \S+ after ([\d.]+) s/.exec(line);
      if (ready) {
        neo4jSeconds = Number(ready[1]);
        milestones["neo4j ready"] = at;
      }
      if (/constraints and indexes in place/.test(line)) milestones["constraints and indexes"] = at;
      if (/seed graph (loaded|already loaded)/.test(line)) {
        milestones["seed graph checked"] = at;
        seedLoaded = /seed graph loaded/.test(line);
      }
      if (/GraphQL at/.test(line)) milestones["listening"] = at;
      const warmed = /warmed up: \d+ queries in ([\d.]+) s/.exec(line);
      if (warmed) warmUpSeconds = Number(warmed[1]);
      if (warmed || /warm-up:/.test(line)) warmUpEnded = true;
    }
  };
  child.stdout!.on("data", onLine);
  child.stderr!.on("data", onLine);
  try {
    const deadline = Date.now() + 300_000;
    while (!(await healthy(`http://127.0.0.1:${http}/health`))) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before it was healthy:\n${output}`);
      if (Date.now() > deadline) throw new Error(`npm start was not healthy within 300 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const toHealthySeconds = Math.round((performance.now() - started) / 100) / 10;
    while (warmUp && !warmUpEnded) {
      if (Date.now() > deadline) throw new Error(`the warm-up did not end within 300 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    if (warmUp && warmUpSeconds === undefined) throw new Error(`the warm-up failed:\n${output}`);
    const firstQueriesMs = await firstQueries(`http://127.0.0.1:${http}`);
    return { toHealthySeconds, neo4jSeconds, milestones, seedLoaded, warmUp, warmUpSeconds, firstQueriesMs };
  } finally {
    process.kill(-child.pid!, "SIGINT");
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 60_000))]);
    if (!stopped) process.kill(-child.pid!, "SIGKILL");
    // npm start stops the Neo4j it started; make sure, so no JVM outlives a run.
    const instance = path.join(root, "local");
    if (runningPid(instance)) await stopNeo4j(instance);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runsArg = process.argv.indexOf("--runs");
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
  const root = path.join(benchRoot(), "cold-start");
  fs.mkdirSync(root, { recursive: true });
  // Share the downloaded distribution: a cold start here means "Neo4j cached, nothing running".
  const dist = path.join(root, "dist");
  if (!fs.existsSync(dist)) fs.symlinkSync(path.join(neo4jRoot(), "dist"), dist);
  const all: Run[] = [];
  for (let i = 0; i <= runs; i++) {
    // Warm-up on and off in turn, in alternating order; the priming run once, with it on.
    for (const warmUp of i === 0 ? [true] : i % 2 ? [true, false] : [false, true]) {
      const run = await coldStart(root, warmUp);
      const total = run.firstQueriesMs.reduce((a, b) => a + b, 0);
      console.log(
        `[cold-start] run ${i}${i === 0 ? " (priming)" : ""}, warm-up ${warmUp ? `on (${run.warmUpSeconds} s)` : "off"}: healthy after ${run.toHealthySeconds} s, ` +
          `Neo4j's own start ${run.neo4jSeconds} s ${JSON.stringify(run.milestones)}; first queries ${total} ms [${run.firstQueriesMs.join(", ")}]`,
      );
      all.push(run);
    }
  }
  const measured = all.slice(1);
  const firstQueriesOf = (warmUp: boolean) => {
    const runs = measured.filter((r) => r.warmUp === warmUp);
    return {
      perQueryMedianMs: QUERIES.map((_, q) => median(runs.map((r) => r.firstQueriesMs[q]))),
      totalMedianMs: median(runs.map((r) => r.firstQueriesMs.reduce((a, b) => a + b, 0))),
      slowestMedianMs: median(runs.map((r) => Math.max(...r.firstQueriesMs))),
    };
  };
  const [warmed, cold] = [firstQueriesOf(true), firstQueriesOf(false)];
  const result = {
    machine: machine(),
    date: new Date().toISOString(),
    load_at_end: load(),
    runs: all,
    median: {
      npmStartToHealthySeconds: median(measured.map((r) => r.toHealthySeconds)),
      neo4jStartSeconds: median(measured.map((r) => r.neo4jSeconds)),
      factgraphSeconds: Math.round(median(measured.map((r) => r.toHealthySeconds - r.neo4jSeconds)) * 10) / 10,
      warmUpSeconds: median(measured.flatMap((r) => (r.warmUpSeconds === undefined ? [] : [r.warmUpSeconds]))),
    },
    first_queries: { queries: QUERIES.length, warm_up_on: warmed, warm_up_off: cold, ratio_total: Math.round((warmed.totalMedianMs / cold.totalMedianMs) * 1000) / 1000 },
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`[cold-start] median: ${JSON.stringify(result.median)}; first queries ${JSON.stringify(result.first_queries)}; wrote ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((error: Error) => {
  console.error(`[cold-start] ${error.message}`);
  process.exitCode = 1;
});
