/**
 * Where a request's cost over its floor goes, layer by layer: the CPU each layer spends per request, and the
 * mean time, for each operation at concurrency 1, layers alternating in rounds as in bench/run.ts.
 *
 * - floor: the operation's floor through neo4j-driver, in this process (`process.cpuUsage`);
 * - execute: the GraphQL document run by graphql-js `execute` on factgraph's schema in this process (our
 *   resolvers and their one query, graphql-js coercing the arguments and completing the answer);
 * - floor over HTTP: the floor behind a bare HTTP server (bench/floor-server.ts), its process's CPU;
 * - server: the GraphQL request to the real server (bench/serve.ts: Express, Apollo Server, graphql-js, our
 *   resolvers), its process's CPU;
 * - empty request: `{ __typename }` to the same server.
 *
 * Server CPU is read from /proc/<pid>/stat (Linux), all of the process's threads (garbage collection included).
 * With --expose-gc, each round starts with a full collection, so an in-process layer is not charged for the
 * garbage of the round before it (autocannon's included).
 *
 *   npx tsx --expose-gc bench/layers.ts --statements 1m [--only trace] [--seconds 10]
 */
import { execute, parse, validate } from "graphql";
import neo4j from "neo4j-driver";
import { buildSchema } from "../src/graphql/schema";
import type { FactgraphContext } from "../src/graphql/context";
import { ExtractionPool } from "../src/ingest/extract-pool";
import { measureHttp, measureLoop, type Sample } from "./measure";
import { loadedStatements, openBenchNeo4j, parseSize } from "./neo4j";
import { OPERATIONS } from "./operations";
import { startServerProcess, type ServerProcess } from "./server-process";
import { Graph } from "../src/graph/graph";

const ROUNDS = 5;

interface Layer {
  name: string;
  /** One round: the requests' latencies and the CPU they cost. */
  round(seconds: number): Promise<{ latencies: number[]; cpuMs: number }>;
}

function checked(name: string, sample: Sample): Sample {
  if (sample.failed) throw new Error(`${name}: ${sample.failed} requests failed`);
  return sample;
}

/** Calls `call` back to back for `seconds`, in this process. */
function inProcess(name: string, call: () => Promise<unknown>): Layer {
  return {
    name,
    async round(seconds) {
      const cpu = process.cpuUsage();
      const { latencies } = checked(name, await measureLoop(call, { concurrency: 1, seconds }));
      const used = process.cpuUsage(cpu);
      return { latencies, cpuMs: (used.user + used.system) / 1000 };
    },
  };
}

/** POSTs `body` to `url` from one connection for `seconds`; the CPU is the server process's. */
function overHttp(name: string, url: string, body: string, server: ServerProcess): Layer {
  return {
    name,
    async round(seconds) {
      const cpu = server.cpuMs();
      const { latencies } = checked(name, await measureHttp(url, body, { concurrency: 1, seconds }));
      return { latencies, cpuMs: server.cpuMs() - cpu };
    },
  };
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const statements = parseSize(option("--statements") ?? "1m");
  // Whole seconds per round: autocannon rounds a duration up to the second.
  const perRound = Math.max(1, Math.round(Number(option("--seconds") ?? 10) / ROUNDS));
  const only = option("--only");
  const db = await openBenchNeo4j(statements, { log: console.log, driverConfig: { disableLosslessIntegers: true } });
  // The server's own driver settings (bench/serve.ts), for the in-process `execute`.
  const driver = neo4j.driver(db.server.uri, neo4j.auth.basic(db.server.username, db.server.password));
  const servers: ServerProcess[] = [];
  try {
    await loadedStatements(db, statements);
    const schema = await buildSchema(driver);
    // Only ingests use it, and its workers start on first use: here they never do.
    const extraction = new ExtractionPool();
    const server = await startServerProcess(db.server);
    servers.push(server);
    const floorServer = await startServerProcess(db.server, "floor-server.ts");
    servers.push(floorServer);
    const empty = overHttp("empty request", `${server.url}/graphql`, JSON.stringify({ query: "{ __typename }" }), server);
    for (const op of OPERATIONS.filter((o) => !only || o.name.includes(only))) {
      const document = parse(op.query);
      const invalid = validate(schema, document);
      if (invalid.length) throw new Error(`${op.name}: ${invalid[0].message}`);
      const context = (): FactgraphContext => ({ graph: new Graph(driver), caller: { writer: false }, loaders: new Map(), extraction });
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const layers: Layer[] = [
        inProcess("floor", () => op.floor(db.driver)),
        inProcess("execute", async () => {
          const result = await execute({ schema, document, variableValues: op.variables, contextValue: context() });
          if (result.errors?.length) throw result.errors[0];
        }),
        overHttp("floor over HTTP", `${floorServer.url}/${OPERATIONS.indexOf(op)}`, body, floorServer),
        overHttp("server", `${server.url}/graphql`, body, server),
        empty,
      ];
      // Warm every layer (JIT, plan caches, the page cache: a cold first round moves the slower operations by more
      // than the differences measured).
      for (const layer of layers) await layer.round(3);
      const totals = new Map(layers.map((l) => [l.name, { latencies: [] as number[], cpuMs: 0 }]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const layer of layers) {
          collectGarbage();
          const { latencies, cpuMs } = await layer.round(perRound);
          const total = totals.get(layer.name)!;
          total.latencies.push(...latencies);
          total.cpuMs += cpuMs;
        }
      }
      console.log(`\n${op.name}`);
      for (const [name, t] of totals) {
        const mean = t.latencies.reduce((a, b) => a + b, 0) / t.latencies.length;
        console.log(`  ${name.padEnd(16)} mean ${mean.toFixed(2).padStart(6)} ms   CPU ${(t.cpuMs / t.latencies.length).toFixed(2).padStart(5)} ms per request   (${t.latencies.length} requests)`);
      }
    }
  } finally {
    for (const s of servers) await s.stop();
    await driver.close();
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`[bench:layers] ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
