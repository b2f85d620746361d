/**
 * `npm run bench:corpus -- --statements 10k|100k|1m`: loads the synthetic corpus (bench/synthetic/) into the
 * benchmark's own Neo4j for that size (bench/neo4j.ts), through the project's own writer: GraphPlans written
 * by src/graph/write.ts `writePlan`, ARTICLES_PER_TX articles to a transaction, origin "bench". Constraints and
 * indexes go first. Then a ClaimReview feed of 100,000 reviews (bench/import-data.ts `reviewFeed`) through the
 * project's importer (`importFiles`, as `npm run import`), for `factChecks`. Deterministic: the same size and seed
 * give the same graph. A load that stops part-way resumes where it stopped (a marker node records progress in each
 * news transaction; the importer skips reviews already written), and a corpus loaded before the reviews were part
 * of it gets them on the next run, its news kept.
 *
 * With --bulk, a first load builds the news into a new database through neo4j-admin instead (src/import/bulk/plans.ts:
 * the same plans, the graph writePlan would write), then starts it for the reviews, which go through the importer
 * as before; a folder that holds a database already is loaded as without it.
 *
 * Options: --seed <text> (default "factgraph"), --articles-per-tx <n> (default 200), --reviews <n> (default 100k),
 * --bulk, --dir <folder> (default .neo4j/bench/<size>), --keep (leave Neo4j running for `npm run bench`),
 * --dry-run (generate only, no database).
 */
import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../src/graph/constraints";
import type { GraphPlan } from "../src/graph/plan";
import { writePlan } from "../src/graph/write";
import { instanceLayout } from "../src/neo4j/local/instance";
import { bulkLoadPlans } from "../src/import/bulk/plans";
import { importFiles } from "../src/import/run";
import { FEED_REVIEWS, parseCount, reviewFeed } from "./import-data";
import { load, machine } from "./machine";
import { benchDir, benchMemory, openBenchNeo4j, parseSize, sizeLabel, type BenchNeo4j } from "./neo4j";
import { corpusPlans, corpusWorld, type CorpusPlan } from "./synthetic/plans";
import type { World } from "./synthetic/world";
import { Graph } from "../src/graph/graph";

const ORIGIN = "bench";
/** Bump when the generator changes what it writes: a graph from another version is not resumed. */
const GENERATOR_VERSION = 2;
const RESULTS_DIR = path.join(__dirname, "results");

interface Options {
  statements: number;
  seed: string;
  articlesPerTx: number;
  reviews: number;
  keep: boolean;
  dryRun: boolean;
  bulk: boolean;
  dir: string | undefined;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { statements: 0, seed: "factgraph", articlesPerTx: 200, reviews: FEED_REVIEWS, keep: false, dryRun: false, bulk: false, dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--statements") options.statements = parseSize(value());
    else if (arg === "--seed") options.seed = value();
    else if (arg === "--articles-per-tx") options.articlesPerTx = Math.max(1, Number.parseInt(value(), 10) || 0);
    else if (arg === "--reviews") options.reviews = parseCount(value());
    else if (arg === "--keep") options.keep = true;
    else if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--bulk") options.bulk = true;
    else if (arg === "--dir") options.dir = path.resolve(value());
    else throw new Error(`unknown option ${arg}; usage: npm run bench:corpus -- --statements 10k|100k|1m [--seed s] [--articles-per-tx n] [--reviews n] [--bulk] [--dir folder] [--keep] [--dry-run]`);
  }
  if (!options.statements) throw new Error("--statements is required: 10k, 100k or 1m");
  return options;
}

interface Marker {
  statements: number;
  seed: string;
  generator: number;
  articlesPerTx: number;
  /** Plans of the world written (entity plans, then directory plans). */
  worldPlans: number;
  /** News articles written. */
  articles: number;
  /** The news are all written. */
  complete: boolean;
  /** The review feed's size, once its import has begun; absent in corpora loaded before the reviews were added. */
  reviews?: number;
  reviewsComplete?: boolean;
}

const MARKER_ID = "bench";
/** Reviews a transaction: the importer's default, as `npm run import` writes them. */
const REVIEWS_PER_TX = 5000;

async function readMarker(driver: Driver): Promise<Marker | undefined> {
  const { records } = await driver.executeQuery("MATCH (d:Dataset {id: $id}) RETURN properties(d) AS d", { id: MARKER_ID }, { routing: "READ" });
  return records[0]?.get("d") as Marker | undefined;
}

async function writeBatch(driver: Driver, plan: GraphPlan, progress: Partial<Marker>): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await writePlan(tx, plan, ORIGIN);
      await tx.run("MERGE (d:Dataset {id: $id}) SET d += $progress", { id: MARKER_ID, progress });
    });
  } finally {
    await session.close();
  }
}

function count(plan: GraphPlan): { nodes: number; relationships: number } {
  return { nodes: plan.nodes.length, relationships: plan.relationships.length + plan.names.length };
}

type Log = (message: string) => void;

/** Whether the marker counts the plan as written already. */
function writtenBefore(p: CorpusPlan, marker: Marker | undefined): boolean {
  if (!marker) return false;
  return "worldPlans" in p.progress ? p.progress.worldPlans <= marker.worldPlans : p.progress.articles <= marker.articles;
}

function worldOf(o: Options, log: Log): World {
  const world = corpusWorld(o.statements, o.seed);
  log(`world: ${world.speakers.length} people, ${world.organizations.length + world.outlets.length + world.parties.length} organizations, ${world.cities.length} cities, ${world.laws.length} laws, ${world.programs.length} programs`);
  return world;
}

function newsSummary(o: Options, world: World, total: { statements: number; claims: number; articles: number }): Record<string, unknown> {
  return {
    statements: total.statements,
    claims: total.claims,
    articles: total.articles,
    people: world.speakers.length + 1,
    seed: o.seed,
    generator: GENERATOR_VERSION,
    articlesPerTransaction: o.articlesPerTx,
    machine: machine(),
    date: new Date().toISOString(),
  };
}

/** The world and the news articles, after those the marker counts as written; what was written, for the summary. */
async function loadNews(db: BenchNeo4j | undefined, o: Options, marker: Marker | undefined, log: Log): Promise<Record<string, unknown>> {
  const world = worldOf(o, log);
  if (marker && (marker.articles > 0 || marker.worldPlans > 0)) log(`resuming after ${marker.worldPlans} world plans and ${marker.articles} articles`);

  const started = Date.now();
  let newsStarted = 0;
  let worldSeconds = 0;
  const written = { nodes: 0, relationships: 0, statements: 0, claims: 0, articles: 0 };
  const total = { articles: 0, statements: 0, claims: 0 };
  let lastLog = Date.now();
  for (const p of corpusPlans(world, o)) {
    if (!newsStarted && "articles" in p.progress) {
      newsStarted = Date.now();
      worldSeconds = (newsStarted - started) / 1000;
      log(`world: ${written.nodes} nodes, ${written.relationships} relationships in ${worldSeconds.toFixed(1)} s`);
    }
    total.statements += p.statements;
    total.claims += p.claims;
    total.articles += p.articles;
    if (writtenBefore(p, marker)) continue;
    if (db) await writeBatch(db.driver, p.plan, p.progress);
    const c = count(p.plan);
    written.nodes += c.nodes;
    written.relationships += c.relationships;
    written.statements += p.statements;
    written.claims += p.claims;
    written.articles += p.articles;
    if (newsStarted && Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      const s = (Date.now() - newsStarted) / 1000;
      log(`${total.statements.toLocaleString("en-US")} / ${o.statements.toLocaleString("en-US")} statements, ${total.articles} articles, ${Math.round(written.statements / s)} statements/s, ${Math.round(written.nodes / ((Date.now() - started) / 1000))} nodes/s (load ${load()})`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const newsSeconds = (Date.now() - newsStarted) / 1000;
  if (db) {
    await db.driver.executeQuery("CALL db.awaitIndexes(600)", {}, { routing: "WRITE" });
    await db.driver.executeQuery("MATCH (d:Dataset {id: $id}) SET d.complete = true, d.loadedAt = datetime()", { id: MARKER_ID });
  }
  return {
    ...newsSummary(o, world, total),
    written: { ...written, seconds: Math.round(seconds * 10) / 10, worldSeconds: Math.round(worldSeconds * 10) / 10 },
    rates: {
      statementsPerSecond: Math.round(written.statements / newsSeconds),
      articlesPerSecond: Math.round((written.articles / newsSeconds) * 10) / 10,
      nodesPerSecond: Math.round(written.nodes / seconds),
      relationshipsPerSecond: Math.round(written.relationships / seconds),
    },
  };
}

/**
 * The world and the news built into a new database by neo4j-admin, with the marker of a complete news load; its
 * rates are over the whole build (CSV, neo4j-admin, finishing), the world included.
 */
async function loadNewsBulk(dir: string, o: Options, log: Log): Promise<Record<string, unknown>> {
  const world = worldOf(o, log);
  const total = { articles: 0, statements: 0, claims: 0 };
  let worldPlans = 0;
  function* plans(): Generator<GraphPlan> {
    for (const p of corpusPlans(world, o)) {
      total.statements += p.statements;
      total.claims += p.claims;
      total.articles += p.articles;
      if ("worldPlans" in p.progress) worldPlans = p.progress.worldPlans;
      yield p.plan;
    }
  }
  const identity = { statements: o.statements, seed: o.seed, generator: GENERATOR_VERSION, articlesPerTx: o.articlesPerTx };
  const started = Date.now();
  const built = await bulkLoadPlans(plans(), {
    dir,
    origin: ORIGIN,
    memory: benchMemory(o.statements),
    log,
    afterSchema: async (graph) => {
      const marker = { ...identity, worldPlans, articles: total.articles, complete: true };
      await graph.write((tx) => tx.run("CREATE (d:Dataset {id: $id}) SET d += $marker, d.loadedAt = datetime()", { id: MARKER_ID, marker }));
      return "the corpus marker";
    },
  });
  const seconds = (Date.now() - started) / 1000;
  const nodes = Object.values(built.nodes).reduce((a, b) => a + b, 0);
  const relationships = Object.values(built.relationships).reduce((a, b) => a + b, 0);
  return {
    ...newsSummary(o, world, total),
    bulk: { csvSeconds: built.csvSeconds, csvBytes: built.bytes, adminSeconds: built.adminSeconds, finishSeconds: built.finishSeconds, load: load() },
    written: { nodes, relationships, statements: total.statements, claims: total.claims, articles: total.articles, seconds: Math.round(seconds * 10) / 10 },
    rates: {
      statementsPerSecond: Math.round(total.statements / seconds),
      articlesPerSecond: Math.round((total.articles / seconds) * 10) / 10,
      nodesPerSecond: Math.round(nodes / seconds),
      relationshipsPerSecond: Math.round(relationships / seconds),
    },
  };
}

/** The review feed through the importer, which skips the reviews the graph holds already: a re-run resumes. */
async function loadReviews(db: BenchNeo4j | undefined, o: Options, marker: Marker | undefined, log: Log): Promise<Record<string, unknown>> {
  const feed = await reviewFeed(o.reviews, log);
  const file = path.relative(process.cwd(), feed.reviewsFile);
  if (!db) return { reviews: o.reviews, file };
  if (marker?.reviews !== undefined && marker.reviews !== o.reviews) {
    throw new Error(`${db.server.dir} holds a feed of ${marker.reviews} reviews, not ${o.reviews}: pass --reviews ${marker.reviews}, or delete the folder to load another`);
  }
  if (marker?.reviews === undefined) await db.driver.executeQuery("MATCH (d:Dataset {id: $id}) SET d.reviews = $reviews, d.reviewsComplete = false", { id: MARKER_ID, reviews: o.reviews });
  else log(`resuming the ${o.reviews} reviews: the importer skips those already written`);
  const started = Date.now();
  const imported = await importFiles(new Graph(db.driver), "claimreview", [feed.reviewsFile], { batchSize: REVIEWS_PER_TX, log, progressEveryMs: 15_000 });
  const seconds = (Date.now() - started) / 1000;
  await db.driver.executeQuery("CALL db.awaitIndexes(600)", {}, { routing: "WRITE" });
  await db.driver.executeQuery("MATCH (d:Dataset {id: $id}) SET d.reviewsComplete = true, d.reviewsLoadedAt = datetime()", { id: MARKER_ID });
  log(`reviews: ${imported.imported} imported, ${imported.present} present already, ${imported.skipped} skipped in ${seconds.toFixed(1)} s`);
  return {
    reviews: o.reviews,
    file,
    reviewsPerTransaction: REVIEWS_PER_TX,
    date: new Date().toISOString(),
    load: load(),
    written: { imported: imported.imported, present: imported.present, skipped: imported.skipped, seconds: Math.round(seconds * 10) / 10 },
    rates: { reviewsPerSecond: Math.round(imported.imported / seconds) },
  };
}

/** The summary of an earlier run that loaded these news, for a run that only adds the reviews. */
function earlierSummary(file: string, marker: Marker): Record<string, unknown> {
  const earlier = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : undefined;
  if (earlier && earlier.statements === marker.statements && earlier.seed === marker.seed && earlier.generator === marker.generator) return earlier;
  return { statements: marker.statements, seed: marker.seed, generator: marker.generator, articles: marker.articles };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const label = sizeLabel(o.statements);
  const log = (m: string) => console.log(`[bench:corpus ${label}] ${m}`);
  const summaryFile = path.join(RESULTS_DIR, o.dir ? `corpus-${label}-${path.basename(o.dir)}.json` : `corpus-${label}.json`);

  let built: Record<string, unknown> | undefined;
  if (o.bulk && !o.dryRun) {
    const dir = o.dir ?? benchDir(o.statements);
    if (fs.existsSync(path.join(instanceLayout(dir).dataDir, "databases", "neo4j"))) log(`${dir} holds a database already: loading it as without --bulk`);
    else built = await loadNewsBulk(dir, o, log);
  }
  const db = o.dryRun ? undefined : await openBenchNeo4j(o.statements, { keep: o.keep, log, dir: o.dir });
  try {
    let marker: Marker | undefined;
    if (db) {
      await applySchema(new Graph(db.driver));
      marker = await readMarker(db.driver);
      const identity = { statements: o.statements, seed: o.seed, generator: GENERATOR_VERSION, articlesPerTx: o.articlesPerTx };
      if (marker && (Object.keys(identity) as (keyof typeof identity)[]).some((k) => marker![k] !== identity[k])) {
        throw new Error(`${db.server.dir} holds another corpus (${JSON.stringify(marker)}): stop its server (npx tsx bench/neo4j.ts stop ${label}) and delete the folder to load this one`);
      }
      if (!marker) {
        const { records } = await db.driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { routing: "READ" });
        if (Number(records[0].get("n")) > 0) throw new Error(`${db.server.dir} holds a graph that is not a bench corpus: use an empty folder`);
        await db.driver.executeQuery("CREATE (d:Dataset {id: $id}) SET d += $identity, d.worldPlans = 0, d.articles = 0, d.complete = false", { id: MARKER_ID, identity });
        marker = { ...identity, worldPlans: 0, articles: 0, complete: false };
      }
      if (marker.complete && marker.reviewsComplete && marker.reviews === o.reviews) {
        log(`already loaded (${marker.articles} articles, ${marker.reviews} reviews); nothing to do`);
        return;
      }
    }

    // Written after each step, so the news' figures outlive a reviews step that fails.
    const save = async (summary: Record<string, unknown>) => {
      if (!db) return;
      const countOf = async (q: string) => Number((await db.driver.executeQuery(q, {}, { routing: "READ" })).records[0].get(0));
      summary.graph = {
        nodes: await countOf("MATCH (n) RETURN count(n)"),
        relationships: await countOf("MATCH ()-[r]->() RETURN count(r)"),
        statements: await countOf("MATCH (n:Statement) RETURN count(n)"),
        evidence: await countOf("MATCH (n:Evidence) RETURN count(n)"),
        factChecks: await countOf("MATCH (n:FactCheck) RETURN count(n)"),
        storeBytes: dirBytes(path.join(db.server.dir, "data")),
      };
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      fs.writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
    };
    let summary: Record<string, unknown>;
    if (built) {
      summary = built;
      await save(summary);
    } else if (marker?.complete) {
      log(`news already loaded (${marker.articles} articles): adding the reviews`);
      summary = earlierSummary(summaryFile, marker);
    } else {
      summary = await loadNews(db, o, marker, log);
      await save(summary);
    }
    summary.reviews = await loadReviews(db, o, marker, log);
    await save(summary);
    log(JSON.stringify(summary, null, 2));
  } finally {
    await db?.close();
  }
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

main().catch((error: Error) => {
  console.error(`[bench:corpus] ${error.stack ?? error.message}`);
  process.exitCode = 1;
});
