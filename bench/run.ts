/**
 * `npm run bench -- --statements 10k|100k|1m`: each operation of bench/operations.ts against the running
 * server over HTTP (autocannon), and in the same run its Cypher floor through neo4j-driver and that floor
 * behind a bare HTTP server (bench/floor-server.ts), at concurrency 1 and 16; then the server's memory over a
 * 60-second mixed run. Needs the corpus (`npm run bench:corpus`).
 * Writes bench/results/latest.json and a dated copy.
 *
 * Options: --seconds <n> per measurement (default 10), --rss-seconds <n> (default 60, 0 to skip), --only
 * <substring> (operations whose name contains it), --tag <text> (added to the dated file name, e.g. "before"),
 * --keep (leave the bench Neo4j running), --soak-only (just the memory run, e.g. with --rss-seconds 300).
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { SCHEMA_STATEMENTS } from "../src/graph/constraints";
import { load, machine } from "./machine";
import { measureHttp, measureLoop, summarize, type Sample, type Stats } from "./measure";
import { loadedStatements, openBenchNeo4j, parseSize, sizeLabel } from "./neo4j";
import { allIds, canonical, OPERATIONS, type Operation } from "./operations";
import { startServerProcess, type ServerProcess } from "./server-process";

const RESULTS_DIR = path.join(__dirname, "results");
const CONCURRENCY = [1, 16];
const SOAK_WARM_UP_SECONDS = 15;
/** Each measurement's seconds are split into this many alternating GraphQL / Cypher rounds. */
const ROUNDS = 5;

interface Options {
  statements: number;
  seconds: number;
  rssSeconds: number;
  only?: string;
  tag?: string;
  keep: boolean;
  /** Only the memory run (for a longer one: --soak-only --rss-seconds 300). */
  soakOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { statements: 0, seconds: 10, rssSeconds: 60, keep: false, soakOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--statements") o.statements = parseSize(value());
    else if (arg === "--seconds") o.seconds = Number(value());
    else if (arg === "--rss-seconds") o.rssSeconds = Number(value());
    else if (arg === "--only") o.only = value();
    else if (arg === "--tag") o.tag = value().replace(/[^a-z0-9-]/gi, "-");
    else if (arg === "--keep") o.keep = true;
    else if (arg === "--soak-only") o.soakOnly = true;
    else throw new Error(`unknown option ${arg}; usage: npm run bench -- --statements 10k|100k|1m [--seconds n] [--rss-seconds n] [--only text] [--tag text] [--keep] [--soak-only]`);
  }
  if (!o.statements) throw new Error("--statements is required: 10k, 100k or 1m (load it first with npm run bench:corpus)");
  if (!(o.seconds > 0)) throw new Error("--seconds must be a positive number");
  return o;
}

interface GraphqlResponse {
  data?: Record<string, unknown>;
  errors?: { message: string }[];
}

async function post(url: string, body: string): Promise<GraphqlResponse> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await res.json()) as GraphqlResponse;
}

interface Comparison {
  same: boolean;
  ids: number;
  detail?: string;
}

/** Both sides must return the same data (every field, every id, in the same order) for the ratio to mean anything. */
async function compare(op: Operation, url: string, body: string, floor: () => Promise<unknown>): Promise<Comparison> {
  const response = await post(url, body);
  if (response.errors?.length || !response.data) throw new Error(`${op.name}: the server answered with errors: ${JSON.stringify(response.errors)}`);
  const viaGraphql = op.answer(response.data);
  const viaCypher = await floor();
  const idsG = op.ids(viaGraphql);
  const idsC = op.ids(viaCypher);
  const ids = allIds(viaGraphql).length;
  if (idsG.join() !== idsC.join()) return { same: false, ids, detail: `ids differ: graphql ${idsG.slice(0, 5).join(",")} … cypher ${idsC.slice(0, 5).join(",")} …` };
  if (canonical(viaGraphql) !== canonical(viaCypher)) {
    return { same: false, ids, detail: `data differs:\n  graphql ${canonical(viaGraphql).slice(0, 600)}\n  cypher  ${canonical(viaCypher).slice(0, 600)}` };
  }
  if (ids === 0) return { same: false, ids, detail: "both answers are empty: the corpus lacks this operation's target" };
  return { same: true, ids };
}

/** Whether plain @neo4j/graphql (bench/peer-serve.ts) answers the operation, and with factgraph's data. */
async function peerAnswers(op: Operation, url: string, peerUrl: string, body: string): Promise<{ same: boolean; detail?: string }> {
  const [ours, peer] = await Promise.all([post(url, body), post(peerUrl, body)]);
  if (peer.errors?.length || !peer.data) return { same: false, detail: `the peer cannot express it: ${peer.errors?.[0]?.message ?? "no data"}` };
  if (canonical(op.answer(peer.data)) !== canonical(op.answer(ours.data ?? {}))) return { same: false, detail: "the peer's answer differs" };
  return { same: true };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

interface Measured {
  graphql: Stats;
  cypher: Stats;
  ratio_p50: number;
  ratio_p99: number;
  /** The floor behind a bare HTTP server: the least any server answering over HTTP could take. */
  cypher_over_http: Stats;
  /** cypher_over_http / cypher: the ratio of a server that does nothing but the floor's query. */
  http_bound_p50: number;
  http_bound_p99: number;
  /** Plain @neo4j/graphql on the same graph and SDL, when it can answer the operation. */
  peer?: Stats;
}

const side = (s: Stats) => ({ p50_ms: s.p50_ms, p99_ms: s.p99_ms, rps: s.rps });

async function measureOperation(
  op: Operation,
  urls: { server: string; floor: string; peer: string },
  floor: () => Promise<unknown>,
  o: Options,
  server: ServerProcess,
  log: (m: string) => void,
) {
  const { server: url, floor: floorUrl } = urls;
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  const comparison = await compare(op, url, body, floor);
  log(`${op.name}: ${comparison.same ? `same answer (${comparison.ids} ids)` : `ANSWERS DIFFER: ${comparison.detail}`}`);
  const peerCheck = await peerAnswers(op, url, urls.peer, body);
  const peerUrl = peerCheck.same ? `${urls.peer}/graphql` : undefined;
  log(`  peer (plain @neo4j/graphql): ${peerCheck.same ? "same answer" : peerCheck.detail}`);
  if (peerUrl) await measureHttp(peerUrl, body, { concurrency: 4, seconds: 2 });
  // Warm every path: JIT, plan caches, page cache.
  await measureHttp(`${url}/graphql`, body, { concurrency: 4, seconds: 2 });
  await measureLoop(floor, { concurrency: 4, seconds: 2 });
  await measureHttp(floorUrl, body, { concurrency: 4, seconds: 1 });
  const byConcurrency: Record<string, Measured> = {};
  for (const concurrency of CONCURRENCY) {
    // Alternating rounds, so a burst of someone else's load lands on every side alike.
    const run = { concurrency, seconds: o.seconds / ROUNDS };
    const rounds: { graphql: Sample[]; cypher: Sample[]; overHttp: Sample[]; peer: Sample[] } = { graphql: [], cypher: [], overHttp: [], peer: [] };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.graphql.push(await measureHttp(`${url}/graphql`, body, run));
      rounds.cypher.push(await measureLoop(floor, run));
      rounds.overHttp.push(await measureHttp(floorUrl, body, run));
      if (peerUrl) rounds.peer.push(await measureHttp(peerUrl, body, run));
    }
    const [graphql, cypher, overHttp] = [summarize(rounds.graphql), summarize(rounds.cypher), summarize(rounds.overHttp)];
    const peer = peerUrl ? summarize(rounds.peer) : undefined;
    const m: Measured = {
      graphql,
      cypher,
      ratio_p50: ratio(graphql.p50_ms, cypher.p50_ms),
      ratio_p99: ratio(graphql.p99_ms, cypher.p99_ms),
      cypher_over_http: overHttp,
      http_bound_p50: ratio(overHttp.p50_ms, cypher.p50_ms),
      http_bound_p99: ratio(overHttp.p99_ms, cypher.p99_ms),
      ...(peer ? { peer } : {}),
    };
    byConcurrency[concurrency] = m;
    log(
      `  c=${concurrency}: graphql p50 ${graphql.p50_ms} p99 ${graphql.p99_ms} ms ${graphql.rps} rps | cypher p50 ${cypher.p50_ms} p99 ${cypher.p99_ms} ms ${cypher.rps} rps | ratio p50 ${m.ratio_p50} p99 ${m.ratio_p99}` +
        ` | cypher over HTTP p50 ${overHttp.p50_ms} p99 ${overHttp.p99_ms} ms (bound ${m.http_bound_p50} / ${m.http_bound_p99})` +
        (peer ? ` | peer p50 ${peer.p50_ms} p99 ${peer.p99_ms} ms ${peer.rps} rps` : "") +
        (graphql.failed + cypher.failed + overHttp.failed ? ` | FAILED ${graphql.failed}/${cypher.failed}/${overHttp.failed}` : ""),
    );
  }
  const one = byConcurrency[CONCURRENCY[0]];
  return {
    name: op.name,
    indexed: op.indexed,
    same_answer: comparison.same,
    ...(comparison.detail ? { difference: comparison.detail } : {}),
    answer_ids: comparison.ids,
    graphql: side(one.graphql),
    cypher: side(one.cypher),
    ratio_p50: one.ratio_p50,
    ratio_p99: one.ratio_p99,
    cypher_over_http: side(one.cypher_over_http),
    http_bound_p50: one.http_bound_p50,
    http_bound_p99: one.http_bound_p99,
    peer: one.peer ? side(one.peer) : null,
    ...(peerCheck.same ? {} : { peer_note: peerCheck.detail }),
    concurrency: byConcurrency,
    server_rss_mb: server.rssMb(),
    load: load(),
  };
}

/**
 * The cost of any GraphQL request over HTTP, before it does any work: `{ __typename }` at concurrency 1. The
 * floors have no HTTP hop, so this part of every ratio is one no resolver can remove (bench/README.md).
 */
async function measureRoundTrip(url: string, o: Options): Promise<Stats> {
  const body = JSON.stringify({ query: "{ __typename }" });
  await measureHttp(`${url}/graphql`, body, { concurrency: 1, seconds: 1 });
  const samples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) samples.push(await measureHttp(`${url}/graphql`, body, { concurrency: 1, seconds: o.seconds / ROUNDS }));
  return summarize(samples);
}

/** Least-squares slope of `ys` sampled once a second, per minute. */
function slopePerMinute(ys: number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return den ? Math.round((num / den) * 60 * 10) / 10 : 0;
}

/**
 * The server's RSS, sampled each second while all operations run in turn from 16 connections: a warm-up
 * (heap growth to its working size is not a leak), then `seconds` measured.
 */
async function soak(url: string, server: ServerProcess, seconds: number, ops: Operation[]) {
  const requests = ops.map((op) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.query, variables: op.variables }) }));
  const drive = (duration: number) => autocannon({ url: `${url}/graphql`, connections: 16, duration, requests });
  const warmUpMb = server.rssMb();
  await drive(SOAK_WARM_UP_SECONDS);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(server.rssMb()), 1000);
  const result = await drive(seconds);
  clearInterval(timer);
  const window = Math.max(1, Math.floor(samples.length / 6));
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
  const first = mean(samples.slice(0, window));
  const last = mean(samples.slice(-window));
  return {
    seconds,
    warm_up_seconds: SOAK_WARM_UP_SECONDS,
    requests: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
    rss_mb: {
      before_warm_up: warmUpMb,
      first_window: first,
      last_window: last,
      min: Math.min(...samples),
      max: Math.max(...samples),
      growth_pct: Math.round(((last - first) / first) * 1000) / 10,
      slope_mb_per_min: slopePerMinute(samples),
      // V8's heap grows and is collected in a sawtooth: a leak shows as rising peaks, not as one high sample.
      peak_per_10s: Array.from({ length: Math.ceil(samples.length / 10) }, (_, i) => Math.max(...samples.slice(i * 10, i * 10 + 10))),
    },
    samples_mb: samples,
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const label = sizeLabel(o.statements);
  const log = (m: string) => console.log(`[bench ${label}] ${m}`);
  // Plain numbers: the floor's answers are compared with the server's JSON.
  const db = await openBenchNeo4j(o.statements, { keep: o.keep, log, driverConfig: { disableLosslessIntegers: true } });
  let server: ServerProcess | undefined;
  let floorServer: ServerProcess | undefined;
  let peerServer: ServerProcess | undefined;
  try {
    const statements = await loadedStatements(db, o.statements);
    // As `npm start` does: the constraints and indexes of src/graph/constraints.ts, created if this graph lacks
    // them (a new index on the 1M graph takes minutes to populate, hence the long wait).
    for (const statement of SCHEMA_STATEMENTS) await db.driver.executeQuery(statement, {}, { routing: "WRITE" });
    await db.driver.executeQuery("CALL db.awaitIndexes(3600)", {}, { routing: "WRITE" });
    server = await startServerProcess(db.server);
    floorServer = o.soakOnly ? undefined : await startServerProcess(db.server, "floor-server.ts");
    peerServer = o.soakOnly ? undefined : await startServerProcess(db.server, "peer-serve.ts");
    log(`server ${server.url} (pid ${server.pid}), Neo4j ${db.server.uri}${floorServer ? `, the floor behind HTTP ${floorServer.url}` : ""}`);
    const ops = OPERATIONS.filter((op) => !o.only || op.name.includes(o.only));
    const operations = [];
    const roundTrip = o.soakOnly ? undefined : await measureRoundTrip(server.url, o);
    if (roundTrip) log(`HTTP round trip ({ __typename }, c=1): p50 ${roundTrip.p50_ms} p99 ${roundTrip.p99_ms} ms ${roundTrip.rps} rps`);
    if (floorServer && peerServer) {
      for (const op of ops) {
        const urls = { server: server.url, floor: `${floorServer.url}/${OPERATIONS.indexOf(op)}`, peer: peerServer.url };
        operations.push(await measureOperation(op, urls, () => op.floor(db.driver), o, server, log));
      }
    }
    await floorServer?.stop();
    await peerServer?.stop();
    const rss = o.rssSeconds > 0 ? await soak(server.url, server, o.rssSeconds, ops) : undefined;
    if (rss) {
      log(`RSS over ${rss.seconds} s of mixed requests after ${rss.warm_up_seconds} s of warm-up (${rss.requests} requests, ${rss.failed} failed): ${rss.rss_mb.first_window} -> ${rss.rss_mb.last_window} MB (${rss.rss_mb.growth_pct}%, slope ${rss.rss_mb.slope_mb_per_min} MB/min), peaks per 10 s ${rss.rss_mb.peak_per_10s.join(" ")} MB`);
    }
    const date = new Date().toISOString();
    const result = {
      statements,
      machine: machine(),
      date,
      load_at_end: load(),
      seconds_per_measurement: o.seconds,
      rounds_per_measurement: ROUNDS,
      concurrency: CONCURRENCY,
      note:
        "graphql/cypher/ratio_*/cypher_over_http/http_bound_* at the top of each operation are at concurrency 1; `concurrency` has both levels. " +
        "cypher_over_http: the floor behind a bare HTTP server (bench/floor-server.ts); http_bound_* = cypher_over_http / cypher, the ratio of a server doing nothing but the floor's query. " +
        "peer: plain @neo4j/graphql on the same graph and SDL (bench/peer-serve.ts), null where it cannot express the operation (peer_note).",
      ...(roundTrip ? { http_round_trip: { p50_ms: roundTrip.p50_ms, p99_ms: roundTrip.p99_ms, rps: roundTrip.rps } } : {}),
      operations,
      server: { rss_mb_at_end: server.rssMb(), ...(rss ? { soak: rss } : {}) },
    };
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const text = `${JSON.stringify(result, null, 2)}\n`;
    // A memory-only or partial (--only) run is not a whole benchmark result: it does not replace latest.json.
    if (!o.soakOnly && !o.only) fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), text);
    const dated = path.join(RESULTS_DIR, `${date.slice(0, 16).replace(/[:T]/g, "-")}-${label}${o.tag ? `-${o.tag}` : ""}${o.soakOnly ? "-memory" : ""}.json`);
    fs.writeFileSync(dated, text);
    log(`wrote ${path.relative(process.cwd(), dated)}${o.soakOnly || o.only ? "" : " and bench/results/latest.json"}`);
    const differ = operations.filter((op) => !op.same_answer);
    if (differ.length) {
      process.exitCode = 1;
      log(`the floor and the server disagree on: ${differ.map((op) => op.name).join("; ")}`);
    }
  } finally {
    await floorServer?.stop();
    await peerServer?.stop();
    await server?.stop();
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
