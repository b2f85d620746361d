/**
 * Soak: a steady load on the real server for a minute, to show it makes no errors and holds its memory flat.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=... npm run bench:soak      (any Neo4j with the seed graph)
 *   npm run bench:soak                                                        (the project's local Neo4j)
 *
 * It starts `src/main.ts` as a child process on a free loopback port (so the memory measured is the server's
 * alone, and the server is the one `npm start` runs), warms it up, then sends a paced mix of real queries for
 * SOAK_SECONDS (60): a person's record, searchStatements, connections, and a cursor-paginated list walked page
 * by page. At most SOAK_RATE requests start per second (40) and SOAK_CONCURRENCY are in flight (4), so the
 * request count is bounded too. Every answer is checked (HTTP 200, no GraphQL errors, the expected data).
 * The server's resident memory is read every second; "flat" compares the median of the last 10 s with the
 * median of the first 10 s after warm-up. Results: bench/results/soak-latest.json. Exits 1 on any error.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { machine, load } from "./machine";

const SECONDS = positive("SOAK_SECONDS", 60);
const RATE = positive("SOAK_RATE", 40);
const CONCURRENCY = positive("SOAK_CONCURRENCY", 4);
const WARMUP_SECONDS = 5;
const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(__dirname, "results", "soak-latest.json");

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1`);
  return value;
}

type Data = Record<string, any>;

interface Operation {
  name: string;
  /** The next request of this operation (some walk through names or pages). */
  next(): { query: string; variables: Record<string, unknown> };
  /** Why the answer is wrong, or undefined. */
  check(data: Data): string | undefined;
  /** Called with each good answer (pagination keeps its cursor). */
  seen?(data: Data): void;
}

const PERSON_RECORD = fs.readFileSync(path.join(ROOT, "test/queries/person.graphql"), "utf8");

function cycle<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

function operations(): Operation[] {
  const people = cycle(["Campbell", "Linda Campbell", "Baker", "Gov. Charlie Baker", "LINDA CAMPBELL"]);
  const quotes = cycle(["clearly an attempt to undermine the federal laws", "this kind of law sends the wrong message", "cops lose the trust of the communities they serve"]);
  const pairs = cycle([["Campbell", "Gov. Charlie Baker"], ["Campbell", "Massachusetts Trust Act"], ["Baker", "Secure Communities"]]);
  let after: string | null = null;
  return [
    {
      name: "personRecord",
      next: () => ({ query: PERSON_RECORD, variables: { name: people() } }),
      check: (d) => (d.person?.id ? undefined : "no person"),
    },
    {
      name: "searchStatements",
      next: () => ({ query: "query ($q: String!) { searchStatements(query: $q, limit: 5) { score statement { id text speaker { name } } } }", variables: { q: quotes() } }),
      check: (d) => (d.searchStatements?.length ? undefined : "no hits"),
    },
    {
      name: "connections",
      next: () => {
        const [from, to] = pairs();
        return { query: "query ($from: String!, $to: String!) { connections(from: $from, to: $to) { steps { from { name } to { name } relation evidence { excerpt } } } }", variables: { from, to } };
      },
      check: (d) => (Array.isArray(d.connections) ? undefined : "no connections list"),
    },
    {
      name: "statementsPage",
      // Walks every page of statements, three at a time, then starts over.
      next: () => ({
        query: "query ($after: String) { statementsConnection(first: 3, after: $after, sort: [{ id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id text speaker { name } } } } }",
        variables: { after },
      }),
      check: (d) => (d.statementsConnection?.edges?.length ? undefined : "an empty page"),
      seen: (d) => {
        const page = d.statementsConnection.pageInfo;
        after = page.hasNextPage ? page.endCursor : null;
      },
    },
  ];
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

const sortedCopy = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const median = (xs: number[]) => quantile(sortedCopy(xs), 0.5);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Loaded into the server process ahead of main.ts: on "gc" over the IPC channel it collects garbage fully and
 * answers with its memory use, so a leak (retained heap growing) can be told from a heap not yet collected.
 */
const HEAP_PROBE = `data:text/javascript,process.on("message", (m) => { if (m === "gc") { globalThis.gc(); process.send(process.memoryUsage()); } });`;

interface ServerUnderTest {
  url: string;
  pid: number;
  /** Heap in use after a full garbage collection, in MB. */
  heapAfterGcMb(): Promise<number>;
  stop(): Promise<number | null>;
}

async function startServer(): Promise<ServerUnderTest> {
  const port = await freePort();
  // `node --import tsx`, one process: its memory is the server's.
  const child = spawn(process.execPath, ["--expose-gc", "--import", HEAP_PROBE, "--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("GraphQL at")) resolve();
    });
    void exited.then((code) => reject(new Error(`the server exited (code ${code}) before it served:\n${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    heapAfterGcMb: () =>
      new Promise((resolve) => {
        child.once("message", (usage: NodeJS.MemoryUsage) => resolve(usage.heapUsed / 2 ** 20));
        child.send("gc");
      }),
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

interface Sample {
  operation: string;
  ms: number;
  error?: string;
}

async function request(url: string, op: Operation): Promise<Sample> {
  const body = JSON.stringify(op.next());
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(30_000) });
    const json = (await response.json()) as { data?: Data; errors?: { message: string }[] };
    const ms = performance.now() - started;
    const wrong = response.status !== 200 ? `HTTP ${response.status}` : json.errors?.length ? json.errors[0].message : op.check(json.data ?? {});
    if (!wrong) op.seen?.(json.data!);
    return { operation: op.name, ms, error: wrong };
  } catch (error) {
    return { operation: op.name, ms: performance.now() - started, error: (error as Error).message };
  }
}

/** Paced load: a request starts every 1/RATE s while fewer than CONCURRENCY are in flight, until `seconds` pass. */
async function drive(url: string, ops: Operation[], seconds: number, onSample: (s: Sample) => void): Promise<void> {
  const next = cycle(ops);
  const end = performance.now() + seconds * 1000;
  const interval = 1000 / RATE;
  let due = performance.now();
  const inFlight = new Set<Promise<void>>();
  while (performance.now() < end) {
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
    due += interval;
    const p: Promise<void> = request(url, next()).then((s) => {
      onSample(s);
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
}

async function main(): Promise<void> {
  const loadBefore = load();
  const server = await startServer();
  console.log(`soak: server pid ${server.pid} at ${server.url}; ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s at up to ${RATE} req/s, ${CONCURRENCY} in flight`);
  const ops = operations();
  const warmup: Sample[] = [];
  await drive(server.url, ops, WARMUP_SECONDS, (s) => warmup.push(s));

  const heapBefore = await server.heapAfterGcMb();
  const samples: Sample[] = [];
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMb(server.pid)), 1000);
  const started = performance.now();
  await drive(server.url, ops, SECONDS, (s) => samples.push(s));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const heapAfter = await server.heapAfterGcMb();
  const exitCode = await server.stop();

  const errors = [...warmup, ...samples].filter((s) => s.error);
  const stats = (xs: Sample[]) => {
    const ms = sortedCopy(xs.map((s) => s.ms));
    return { requests: xs.length, p50_ms: round(quantile(ms, 0.5)), p99_ms: round(quantile(ms, 0.99)), max_ms: round(ms[ms.length - 1]) };
  };
  const window = Math.min(10, Math.floor(rss.length / 2));
  const first = median(rss.slice(0, window));
  const last = median(rss.slice(-window));
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    load_1m: { before: loadBefore, after: load() },
    config: { seconds: SECONDS, rate: RATE, concurrency: CONCURRENCY, warmup_seconds: WARMUP_SECONDS, operations: ops.map((o) => o.name) },
    requests: samples.length,
    errors: errors.length,
    error_samples: errors.slice(0, 10).map((e) => `${e.operation}: ${e.error}`),
    throughput_rps: round(samples.length / elapsed),
    latency: stats(samples),
    per_operation: Object.fromEntries(ops.map((o) => [o.name, stats(samples.filter((s) => s.operation === o.name))])),
    rss_mb: { first_10s_median: round(first, 1), last_10s_median: round(last, 1), ratio: round(last / first, 3), max: round(Math.max(...rss), 1), samples: rss.map((x) => round(x, 1)) },
    // RSS saw-tooths with V8's collection cycle; the heap a full collection leaves is what a leak would grow.
    heap_after_gc_mb: { before: round(heapBefore, 1), after: round(heapAfter, 1), ratio: round(heapAfter / heapBefore, 3) },
    server_exit_code: exitCode,
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  const { rss_mb, latency } = result;
  console.log(
    `soak: ${result.requests} requests in ${round(elapsed, 1)} s (${result.throughput_rps} req/s), ${result.errors} errors, ` +
      `p50 ${latency.p50_ms} ms, p99 ${latency.p99_ms} ms; RSS ${rss_mb.first_10s_median} → ${rss_mb.last_10s_median} MB (×${rss_mb.ratio}); ` +
      `heap after GC ${result.heap_after_gc_mb.before} → ${result.heap_after_gc_mb.after} MB (×${result.heap_after_gc_mb.ratio}); ` +
      `server exit ${exitCode}; ${path.relative(ROOT, RESULTS)}`,
  );
  if (result.errors > 0 || exitCode !== 0) process.exit(1);
}

main().catch((error: Error) => {
  console.error(`soak: ${error.message}`);
  process.exit(1);
});
