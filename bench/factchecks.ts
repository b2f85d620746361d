/**
 * `factChecks(query:)` at 100,000 imported reviews against its Cypher floor, side by side in one run:
 *
 * - GraphQL: `{ factChecks(query: $q, limit: 5) { score factCheck { id url claimReviewed textualRating publisher { name } } } }`
 *   over HTTP to the real server (bench/serve.ts, its own process), driven by autocannon cycling through the queries;
 * - floor: the query's embedding, then one auto-commit query through neo4j-driver for the candidates of both
 *   indexes (50 full-text, 20 nearest by meaning) with the selected fields, ranked by the same claim-match.ts and
 *   factCheckScore (the corpus stats counted once up front), in a bounded loop of the same concurrency cycling
 *   through the same queries.
 *
 * The request, the floor and the queries are the factChecks operation's of `npm run bench` (bench/operations.ts),
 * which asks the first of them on the benchmark corpus. Every query's two answers must be equal (ids in order,
 * scores, fields) before anything is timed. Also: the first query after the import (the server counts the corpus
 * stats then), and that count alone.
 *
 *   npx tsx bench/factchecks.ts [--rounds 5] [--seconds 3] [--no-c16] [--out file]
 *
 * Its own fresh Neo4j in .neo4j/bench/factchecks-100k/, stopped at the end. The reviews are the ClaimReview feed the
 * corpus loads (bench/import-data.ts `reviewFeed`, in .neo4j/bench/import-data/, generated when not there).
 */
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import autocannon from "autocannon";
import { corpusStats } from "../src/graph/claim-match";
import { applySchema } from "../src/graph/constraints";
import { Graph } from "../src/graph/graph";
import { importFiles } from "../src/import/run";
import { stopOnExit } from "../src/neo4j/local/exit-hooks";
import { startNeo4j } from "../src/neo4j/local/lifecycle";
import { findFreePort } from "../src/neo4j/local/ports";
import { FEED_REVIEWS, reviewFeed } from "./import-data";
import { load, machine } from "./machine";
import { measureLoop, summarize, type Sample, type Stats } from "./measure";
import { benchMemory, benchRoot } from "./neo4j";
import {
  canonical,
  claimVariant,
  FACT_CHECKS_FLOOR,
  FACT_CHECKS_QUERY,
  factCheckIds,
  factChecksFloor,
  sampledClaims,
  UNREVIEWED_CLAIMS,
  type FactCheckHit,
} from "./operations";
import { startServerProcess } from "./server-process";

const LABEL = "factchecks-100k";
const log = (m: string) => console.log(`[bench:factchecks] ${m}`);
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function parseArgs(argv: string[]) {
  const o = { rounds: 5, seconds: 3, c16: true, out: "" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--rounds") o.rounds = Number(argv[++i]);
    else if (a === "--seconds") o.seconds = Number(argv[++i]);
    else if (a === "--no-c16") o.c16 = false;
    else if (a === "--out") o.out = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const loads: Record<string, number> = { start: load() };
  const file = (await reviewFeed(FEED_REVIEWS, log)).reviewsFile;

  const dir = path.join(benchRoot(), LABEL);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const memory = benchMemory(FEED_REVIEWS);
  const server = await startNeo4j({ dir, boltPort: await findFreePort(), memory, detached: false, log, startTimeoutS: 300, onSpawn: (s) => stopOnExit(s) });
  let serverProcess: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  const auth = neo4j.auth.basic(server.username, server.password);
  try {
    // Import, as `npm run import` does, with its own driver (its bookmarks stay with it).
    const importDriver = neo4j.driver(server.uri, auth);
    let t = Date.now();
    const importGraph = new Graph(importDriver);
    await applySchema(importGraph);
    const summary = await importFiles(importGraph, "claimreview", [file], { batchSize: 5000, log, progressEveryMs: 15_000 });
    await importGraph.schema(["CALL db.awaitIndexes(300)"]);
    const importSeconds = (Date.now() - t) / 1000;
    await importDriver.close();
    log(`imported ${summary.imported} reviews in ${importSeconds.toFixed(1)} s`);
    loads.imported = load();

    const claims = [...sampledClaims()];
    const queries = [...claims.map(claimVariant), ...UNREVIEWED_CLAIMS];

    // The first factChecks query after the import: the server process counts the corpus stats then.
    serverProcess = await startServerProcess(server);
    const endpoint = `${serverProcess.url}/graphql`;
    const post = async (q: string) => {
      const res = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: FACT_CHECKS_QUERY, variables: { q } }) });
      const body = (await res.json()) as { data?: { factChecks: FactCheckHit[] }; errors?: unknown };
      if (!res.ok || body.errors || !body.data) throw new Error(`GraphQL failed for "${q}": ${JSON.stringify(body.errors ?? body)}`);
      return body.data.factChecks;
    };
    t = performance.now();
    await post(queries[0]);
    const firstMs = performance.now() - t;
    t = performance.now();
    await post(queries[1]);
    const secondMs = performance.now() - t;
    t = performance.now();
    await post(queries[0]);
    const againMs = performance.now() - t;
    log(`first query after import ${firstMs.toFixed(0)} ms, next (another query) ${secondMs.toFixed(1)} ms, first again ${againMs.toFixed(1)} ms`);

    // The floor's driver and its stats, counted once the way the server counts them.
    const driver = neo4j.driver(server.uri, auth, { maxConnectionPoolSize: 64 });
    const graph = new Graph(driver);
    t = performance.now();
    const rows = await graph.read<{ text: string | null }>("MATCH (f:FactCheck) RETURN f.claimReviewed AS text");
    const readMs = performance.now() - t;
    const stats = corpusStats(rows.map((r) => r.text ?? ""));
    const statsMs = performance.now() - t;
    log(`corpus stats alone: read ${rows.length} claims ${readMs.toFixed(0)} ms, counted ${statsMs.toFixed(0)} ms in all`);

    const floor = (q: string) => factChecksFloor(driver, q, stats);

    // Equal answers before timing.
    const answers: { query: string; hits: number; top?: number }[] = [];
    for (const q of queries) {
      const [theirs, mine] = await Promise.all([post(q), floor(q)]);
      if (factCheckIds(theirs).join() !== factCheckIds(mine).join() || canonical(theirs) !== canonical(mine)) {
        throw new Error(`answers differ for "${q}":\n graphql ${JSON.stringify(theirs)}\n floor   ${JSON.stringify(mine)}`);
      }
      answers.push({ query: q, hits: mine.length, ...(mine.length ? { top: mine[0].score } : {}) });
    }
    const positives = answers.slice(0, claims.length);
    const sourceFound = claims.filter((_, i) => positives[i].hits > 0).length;
    log(`all ${queries.length} answer pairs equal; ${sourceFound}/${claims.length} reworded queries have hits, ${answers.slice(claims.length).filter((a) => a.hits > 0).length}/${UNREVIEWED_CLAIMS.length} negatives do`);

    // Measure: the same queries cycled on both sides, alternating rounds.
    const bodies = queries.map((q) => JSON.stringify({ query: FACT_CHECKS_QUERY, variables: { q } }));
    const http = async (concurrency: number, seconds: number): Promise<Sample> => {
      const latencies: number[] = [];
      const instance = autocannon({
        url: endpoint,
        method: "POST",
        headers: { "content-type": "application/json" },
        // Each connection cycles through them in order.
        requests: bodies.map((body) => ({ method: "POST", body, headers: { "content-type": "application/json" } })),
        connections: concurrency,
        pipelining: 1,
        duration: seconds,
        timeout: 30,
      });
      instance.on("response", (_c: unknown, status: number, _b: number, ms: number) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
      const result = await instance;
      return { latencies, seconds: result.duration || seconds, failed: result.non2xx + result.errors + result.timeouts };
    };
    let next = 0;
    const floorCall = () => floor(queries[next++ % queries.length]);

    await http(4, 2);
    await measureLoop(floorCall, { concurrency: 4, seconds: 2 });
    loads.warm = load();

    const results: Record<string, { graphql: Stats; cypher: Stats; ratio_p50: number; ratio_p99: number; ratio_rps: number; load: number }> = {};
    for (const concurrency of o.c16 ? [1, 16] : [1]) {
      const rounds = { graphql: [] as Sample[], cypher: [] as Sample[] };
      for (let r = 0; r < o.rounds; r++) {
        rounds.graphql.push(await http(concurrency, o.seconds));
        rounds.cypher.push(await measureLoop(floorCall, { concurrency, seconds: o.seconds }));
      }
      const g = summarize(rounds.graphql);
      const c = summarize(rounds.cypher);
      results[`c${concurrency}`] = { graphql: g, cypher: c, ratio_p50: round(g.p50_ms / c.p50_ms), ratio_p99: round(g.p99_ms / c.p99_ms), ratio_rps: round(g.rps / c.rps), load: load() };
      log(`c=${concurrency}: GraphQL p50 ${g.p50_ms} p99 ${g.p99_ms} (${g.rps} rps, ${g.failed} failed); floor p50 ${c.p50_ms} p99 ${c.p99_ms} (${c.rps} rps); ratio p50 ${results[`c${concurrency}`].ratio_p50}, p99 ${results[`c${concurrency}`].ratio_p99}; load ${load()}`);
    }
    loads.end = load();
    await driver.close();

    const now = new Date();
    const stamp = now.toISOString().slice(0, 16).replace(/[T:]/g, "-");
    const out = o.out || path.join(__dirname, "results", `${stamp}-factchecks-100k.json`);
    const result = {
      benchmark: "factchecks",
      date: now.toISOString(),
      machine: machine(),
      load: loads,
      note:
        "GraphQL factChecks(query:, limit: 5) over HTTP (bench/serve.ts, its own process; autocannon, each connection cycling through the queries) against the floor: the query's embedding, one auto-commit query for both indexes' candidates (50 full-text, 20 by vector; url, textualRating, publisher name) through neo4j-driver plus the same ranking with the corpus stats counted once; the same concurrency, the same queries, alternating rounds; every answer pair checked equal (ids in order, scores, fields) first.",
      data: { reviews_file: path.relative(process.cwd(), file), imported: summary.imported, import_seconds: round(importSeconds, 1), neo4j_memory: memory },
      queries: { total: queries.length, reworded: claims.length, negatives: UNREVIEWED_CLAIMS.length, with_hits: answers.filter((a) => a.hits > 0).length, answers },
      graphql_request: FACT_CHECKS_QUERY,
      floor_cypher: FACT_CHECKS_FLOOR,
      one_off: {
        first_query_after_import_ms: round(firstMs, 1),
        next_query_ms: round(secondMs, 1),
        first_query_again_ms: round(againMs, 1),
        corpus_stats_alone_ms: round(statsMs, 1),
        corpus_stats_read_ms: round(readMs, 1),
      },
      rounds: { count: o.rounds, seconds: o.seconds },
      ...results,
      target_p50_ratio: 1.3,
      target_met_c1: results.c1.ratio_p50 <= 1.3,
    };
    fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
    log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    if (serverProcess) await serverProcess.stop();
    await server.stop();
    log("stopped the server process and Neo4j");
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
