/**
 * Cold start: how long `npm start` takes, with Neo4j already downloaded (cached), from the command to GET
 * /health answering 200, against the part of it that is Neo4j's own start (spawn to Bolt answering, as the
 * server logs it). It runs `npm start` for real, in its own instance folder (.neo4j/bench/cold-start, sharing the
 * downloaded jars), on free ports, and stops it with ctrl-C (SIGINT) each time, as a developer would.
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
import { neo4jRoot } from "../src/neo4j/paths";
import { findFreePort } from "../src/neo4j/ports";
import { runningPid, stopServer } from "../src/neo4j/server";

const RESULTS = path.join(__dirname, "results", "cold-start.json");

interface Run {
  /** `npm start` to the first 200 from /health. */
  toHealthySeconds: number;
  /** Neo4j's own start, spawn to Bolt answering, from the server's log line. */
  neo4jSeconds: number;
  /** Seconds from the command to each log line. */
  milestones: Record<string, number>;
  seedLoaded: boolean;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

async function coldStart(root: string): Promise<Run> {
  const [bolt, http] = [await findFreePort(), await findFreePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, FACTGRAPH_NEO4J_DIR: root, FACTGRAPH_NEO4J_BOLT_PORT: String(bolt), PORT: String(http) };
  for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[name];
  const started = performance.now();
  // Its own process group, so that stopping it is what ctrl-C in a terminal does: SIGINT to the whole group
  // (npm does not pass a SIGINT sent to it alone on to the server).
  const child = spawn("npm", ["start"], { cwd: path.resolve(__dirname, ".."), env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const milestones: Record<string, number> = {};
  let neo4jSeconds = NaN;
  let seedLoaded = false;
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
    return { toHealthySeconds: Math.round((performance.now() - started) / 100) / 10, neo4jSeconds, milestones, seedLoaded };
  } finally {
    process.kill(-child.pid!, "SIGINT");
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 60_000))]);
    if (!stopped) process.kill(-child.pid!, "SIGKILL");
    // npm start stops the Neo4j it started; make sure, so no JVM outlives a run.
    const instance = path.join(root, "local");
    if (runningPid(instance)) await stopServer(instance);
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
    const run = await coldStart(root);
    console.log(`[cold-start] run ${i}${i === 0 ? " (priming)" : ""}: healthy after ${run.toHealthySeconds} s, Neo4j's own start ${run.neo4jSeconds} s ${JSON.stringify(run.milestones)}`);
    all.push(run);
  }
  const measured = all.slice(1);
  const result = {
    machine: machine(),
    date: new Date().toISOString(),
    load_at_end: load(),
    runs: all,
    median: {
      npmStartToHealthySeconds: median(measured.map((r) => r.toHealthySeconds)),
      neo4jStartSeconds: median(measured.map((r) => r.neo4jSeconds)),
      factgraphSeconds: Math.round(median(measured.map((r) => r.toHealthySeconds - r.neo4jSeconds)) * 10) / 10,
    },
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`[cold-start] median: ${JSON.stringify(result.median)}; wrote ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((error: Error) => {
  console.error(`[cold-start] ${error.message}`);
  process.exitCode = 1;
});
