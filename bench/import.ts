/**
 * The importer against its floor, side by side in one run, on the same generated files (bench/import-data.ts)
 * and fresh empty databases:
 *
 * - online: `importFiles` (src/import/run.ts) through a Graph on a fresh bench Neo4j, Quotebank then ClaimReview,
 *   after `applySchema` as `npm run import` does; in a child process, so its peak RSS is the importer's own;
 * - floor: the same files built into a new database by neo4j-admin (src/import/bulk/): the CSV (its own child
 *   process and peak RSS), `neo4j-admin database import full` (timed alone: the floor), and the finishing (empty
 *   lists, constraints and indexes);
 * - check: both graphs hold the same nodes by labels and relationships by type, with the same numbers of
 *   properties (`graphCensus`).
 *
 *   npx tsx bench/import.ts [--quotations 100k] [--reviews 10k] [--batch 5000] [--tag t] [--gz]
 *
 * Writes bench/results/<date>-import-<size>[-tag].json. Instances in .neo4j/bench/import-{online,bulk}-<size>/,
 * emptied at the start of each run, stopped at the end and deleted unless the check failed; the generated files
 * stay in .neo4j/bench/import-data/ for the next run.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { graphCensus } from "../src/graph/census";
import { applySchema } from "../src/graph/constraints";
import { Graph } from "../src/graph/graph";
import { finishBulkDatabase, instanceCsvDir, prepareBulkTarget, runNeo4jAdmin } from "../src/import/bulk/admin";
import { datasetFinishing, writeBulkCsv } from "../src/import/bulk/datasets";
import { importFiles } from "../src/import/run";
import { stopOnExit } from "../src/neo4j/local/exit-hooks";
import { startNeo4j, type Neo4jServer } from "../src/neo4j/local/lifecycle";
import { findFreePort } from "../src/neo4j/local/ports";
import { cachedImportData, parseCount } from "./import-data";
import { load, machine } from "./machine";
import { benchMemory, benchRoot, sizeLabel } from "./neo4j";

const RESULTS_DIR = path.join(__dirname, "results");
const TARGET_QUOTATIONS_PER_SECOND = 10_000;

const log = (message: string) => console.log(`[bench:import] ${message}`);
const seconds = (since: number) => (Date.now() - since) / 1000;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Peak resident memory of this process so far (Linux VmHWM), in MB. */
function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return m ? round(Number(m[1]) / 1024) : NaN;
}

interface Options {
  quotations: number;
  reviews: number;
  batch: number;
  tag?: string;
  gzip: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quotations: 100_000, reviews: 10_000, batch: 5000, gzip: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--quotations") o.quotations = parseCount(value());
    else if (arg === "--reviews") o.reviews = parseCount(value());
    else if (arg === "--batch") o.batch = parseCount(value());
    else if (arg === "--tag") o.tag = value();
    else if (arg === "--gz") o.gzip = true;
    else throw new Error(`unknown option ${arg}; usage: npx tsx bench/import.ts [--quotations 100k] [--reviews 10k] [--batch 5000] [--tag t] [--gz]`);
  }
  return o;
}

/** Runs this file again as a child (`node --import tsx`, so the child is the measured process) and returns its JSON. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", __filename, "--child", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    let shown = 0;
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.lastIndexOf("\n") + 1;
      for (const line of out.slice(shown, end).split("\n")) if (line.startsWith("[")) console.log(line);
      shown = Math.max(shown, end);
    });
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const result = out.split("\n").find((line) => line.startsWith("{"));
      if (code !== 0 || !result) reject(new Error(`the ${args[0]} child exited with ${code}`));
      else resolve(JSON.parse(result) as T);
    });
  });
}

interface OnlineResult {
  schemaSeconds: number;
  quotations: { imported: number; present: number; skipped: number; seconds: number };
  reviews: { imported: number; present: number; skipped: number; seconds: number };
  peakRssMb: number;
}

/** The child's side of the online import: a driver on the fresh server, the schema, then each file. */
async function onlineChild(args: string[]): Promise<OnlineResult> {
  const [uri, passwordFile, quotes, reviews, batch] = args;
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", fs.readFileSync(passwordFile, "utf8").trim()));
  try {
    const graph = new Graph(driver);
    let t = Date.now();
    await applySchema(graph);
    const schemaSeconds = seconds(t);
    const childLog = (m: string) => console.log(`[online] ${m}`);
    t = Date.now();
    const q = await importFiles(graph, "quotebank", [quotes], { batchSize: Number(batch), log: childLog, progressEveryMs: 15_000 });
    const quotations = { imported: q.imported, present: q.present, skipped: q.skipped, seconds: seconds(t) };
    t = Date.now();
    const r = await importFiles(graph, "claimreview", [reviews], { batchSize: Number(batch), log: childLog, progressEveryMs: 15_000 });
    return { schemaSeconds, quotations, reviews: { imported: r.imported, present: r.present, skipped: r.skipped, seconds: seconds(t) }, peakRssMb: peakRssMb() };
  } finally {
    await driver.close();
  }
}

/** The child's side of the CSV: written into `dir`, its summary (and the date corrections) into `dir`/summary.json. */
async function csvChild(args: string[]): Promise<{ peakRssMb: number }> {
  const [dir, quotes, reviews, batch] = args;
  const batchSize = Number(batch);
  const csv = await writeBulkCsv(
    [
      { kind: "quotebank", files: [quotes], batchSize },
      { kind: "claimreview", files: [reviews], batchSize },
    ],
    dir,
    { log: (m) => console.log(`[csv] ${m}`) },
  );
  fs.writeFileSync(path.join(dir, "summary.json"), JSON.stringify({ ...csv, dateCorrections: [...csv.dateCorrections] }));
  return { peakRssMb: peakRssMb() };
}

/** A fresh, empty instance folder. */
function freshDir(name: string): string {
  const dir = path.join(benchRoot(), name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function startBench(dir: string, quotations: number): Promise<Neo4jServer> {
  return startNeo4j({ dir, boltPort: await findFreePort(), memory: benchMemory(quotations), detached: false, log, startTimeoutS: 600, onSpawn: (s) => stopOnExit(s) });
}

type Census = Awaited<ReturnType<typeof graphCensus>>;

async function census(server: Neo4jServer): Promise<Census> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    return await graphCensus(new Graph(driver));
  } finally {
    await driver.close();
  }
}

async function main(o: Options): Promise<void> {
  const label = sizeLabel(o.quotations);
  const loads: Record<string, number> = { start: load() };
  const data = await cachedImportData({ quotations: o.quotations, reviews: o.reviews, gzip: o.gzip }, log);
  const records = data.quotations + data.reviews;

  // The floor: CSV, neo4j-admin, finishing.
  const bulkDir = freshDir(`import-bulk-${label}`);
  await prepareBulkTarget(bulkDir, { memory: benchMemory(o.quotations), log });
  const csvDir = instanceCsvDir(bulkDir);
  let t = Date.now();
  const csvRun = await child<{ peakRssMb: number }>(["csv", csvDir, data.quotesFile, data.reviewsFile, String(o.batch)]);
  const csvSeconds = seconds(t);
  loads.csv = load();
  const csv = JSON.parse(fs.readFileSync(path.join(csvDir, "summary.json"), "utf8")) as Awaited<ReturnType<typeof writeBulkCsv>> & { dateCorrections: [string, string][] };
  log(`CSV: ${csv.quotations} quotations, ${csv.factChecks} fact-checks, ${(csv.bytes / 2 ** 20).toFixed(0)} MB in ${csvSeconds.toFixed(1)} s, peak RSS ${csvRun.peakRssMb} MB`);
  const adminSeconds = await runNeo4jAdmin(bulkDir, csv, { log });
  loads.admin = load();
  const counted: { census?: Census } = {};
  const finishing = datasetFinishing(new Map(csv.dateCorrections), async (graph) => {
    counted.census = await graphCensus(graph);
  });
  const finish = await finishBulkDatabase(bulkDir, finishing, { memory: benchMemory(o.quotations), log });
  loads.finish = load();

  // Online, into a fresh server.
  const onlineDir = freshDir(`import-online-${label}`);
  const server = await startBench(onlineDir, o.quotations);
  let online: OnlineResult;
  let onlineCensus: Census;
  try {
    t = Date.now();
    online = await child<OnlineResult>(["online", server.uri, server.passwordFile, data.quotesFile, data.reviewsFile, String(o.batch)]);
    loads.online = load();
    onlineCensus = await census(server);
  } finally {
    await server.stop();
  }

  // The check: the bulk-built graph against the online one.
  const bulkCensus = counted.census;
  if (!bulkCensus) throw new Error("the bulk-built database was not counted");
  const differences = [...new Set([...Object.keys(onlineCensus.nodes), ...Object.keys(bulkCensus.nodes)])]
    .filter((k) => JSON.stringify(onlineCensus.nodes[k]) !== JSON.stringify(bulkCensus.nodes[k]))
    .map((k) => `nodes ${k}: online ${JSON.stringify(onlineCensus.nodes[k])}, bulk ${JSON.stringify(bulkCensus.nodes[k])}`)
    .concat(
      [...new Set([...Object.keys(onlineCensus.relationships), ...Object.keys(bulkCensus.relationships)])]
        .filter((k) => JSON.stringify(onlineCensus.relationships[k]) !== JSON.stringify(bulkCensus.relationships[k]))
        .map((k) => `relationships ${k}: online ${JSON.stringify(onlineCensus.relationships[k])}, bulk ${JSON.stringify(bulkCensus.relationships[k])}`),
    );

  const onlineSeconds = online.quotations.seconds + online.reviews.seconds;
  const onlineRate = records / onlineSeconds;
  const quotationRate = online.quotations.imported / online.quotations.seconds;
  const nodes = Object.values(bulkCensus.nodes).reduce((a, [c]) => a + c, 0);
  const relationships = Object.values(bulkCensus.relationships).reduce((a, [c]) => a + c, 0);
  const finishSeconds = finish.startSeconds + finish.listsSeconds + finish.schemaSeconds;
  const date = new Date().toISOString();
  const result = {
    benchmark: "import",
    date,
    machine: machine(),
    load: loads,
    note:
      "online: importFiles (src/import/run.ts) into a fresh Neo4j after applySchema, in a child process (peak_rss_mb is its VmHWM). " +
      "floor: neo4j-admin database import full of the same files' CSV (src/import/bulk/) into an empty database, timed alone; csv and finish (empty lists, constraints and indexes) apart. " +
      "ratios are online records/s over floor records/s.",
    data: {
      quotations: data.quotations,
      reviews: data.reviews,
      files: { [path.basename(data.quotesFile)]: fs.statSync(data.quotesFile).size, [path.basename(data.reviewsFile)]: fs.statSync(data.reviewsFile).size },
      stats: data.stats,
      generate_seconds: data.generateSeconds === null ? null : round(data.generateSeconds),
    },
    graph: { nodes, relationships, census: bulkCensus.nodes, relationship_census: bulkCensus.relationships, same_as_online: differences.length === 0, differences },
    online: {
      batch_size: o.batch,
      neo4j_memory: benchMemory(o.quotations),
      schema_seconds: round(online.schemaSeconds),
      quotations: { ...online.quotations, seconds: round(online.quotations.seconds), per_second: Math.round(quotationRate) },
      reviews: { ...online.reviews, seconds: round(online.reviews.seconds), per_second: Math.round(online.reviews.imported / online.reviews.seconds) },
      records_per_second: Math.round(onlineRate),
      peak_rss_mb: online.peakRssMb,
    },
    floor: {
      csv: { seconds: round(csvSeconds), records_per_second: Math.round(records / csvSeconds), bytes: csv.bytes, fingerprint_bytes: csv.setBytes, peak_rss_mb: csvRun.peakRssMb },
      admin: { seconds: round(adminSeconds), records_per_second: Math.round(records / adminSeconds), nodes_per_second: Math.round(nodes / adminSeconds), relationships_per_second: Math.round(relationships / adminSeconds) },
      finish: { start_seconds: round(finish.startSeconds), lists_seconds: round(finish.listsSeconds), schema_seconds: round(finish.schemaSeconds) },
      csv_and_admin_records_per_second: Math.round(records / (csvSeconds + adminSeconds)),
      all_records_per_second: Math.round(records / (csvSeconds + adminSeconds + finishSeconds)),
    },
    ratio: {
      online_over_admin: round(onlineRate / (records / adminSeconds), 3),
      online_over_csv_and_admin: round(onlineRate / (records / (csvSeconds + adminSeconds)), 3),
      online_over_all_of_bulk: round(onlineRate / (records / (csvSeconds + adminSeconds + finishSeconds)), 3),
    },
    target: { quotations_per_second: TARGET_QUOTATIONS_PER_SECOND, online_quotations_per_second: Math.round(quotationRate), met: quotationRate >= TARGET_QUOTATIONS_PER_SECOND },
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${date.slice(0, 16).replace(/[:T]/g, "-")}-import-${label}${o.tag ? `-${o.tag}` : ""}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(
    `online ${Math.round(quotationRate)} quotations/s, ${result.online.reviews.per_second} reviews/s, peak RSS ${online.peakRssMb} MB; ` +
      `neo4j-admin ${result.floor.admin.records_per_second} records/s (CSV ${result.floor.csv.records_per_second}/s); online/floor ${result.ratio.online_over_admin}`,
  );
  log(`wrote ${path.relative(process.cwd(), file)}`);
  if (differences.length) {
    process.exitCode = 1;
    log(`the bulk-built graph differs from the online one (both kept, in ${bulkDir} and ${onlineDir}):\n  ${differences.join("\n  ")}`);
  } else {
    for (const dir of [bulkDir, onlineDir]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const run =
    argv[0] === "--child"
      ? (argv[1] === "online" ? onlineChild(argv.slice(2)) : csvChild(argv.slice(2))).then((r) => console.log(JSON.stringify(r)))
      : main(parseArgs(argv));
  run.then(
    () => process.exit(process.exitCode ?? 0),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
