/**
 * Article ingestion: throughput by article size, and what an ingest does to reads on the same server. Run
 * against any Neo4j holding the seed graph; everything it writes is removed at the end (each article's origin
 * `article:<id>`):
 *
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE=...] npm run bench:ingest
 *
 * Articles of 1k, 5k and 200k characters (the longest accepted), each its own text, made of the evaluation
 * articles' paragraphs (test/support/articles.ts), one at a time:
 *   extract          extraction alone (pure, no database)
 *   extract + write  ingestArticle with the plan built on an ExtractionPool, as the server builds it
 * Then `person(name:)` reads over HTTP to the real server (started in this process), one after another, side by
 * side in alternating rounds: idle; while a maximum-size article is ingested through the server's API; and,
 * for comparison, while this process ingests one with extraction on its own thread, which is the server's.
 */
import neo4j from "neo4j-driver";
import { checkInput, ingestArticle, MAX_TEXT_LENGTH, originOf } from "../src/ingest/article";
import { ExtractionPool } from "../src/ingest/extract-pool";
import { extractArticle } from "../src/ingest/extract";
import { startHttpServer } from "../src/server/app";
import { articleText } from "../test/support/articles";
import { load, machine } from "./machine";
import { summarize, type Stats } from "./measure";
import { Graph } from "../src/graph/graph";

const SIZES = [
  { characters: 1_000, articles: 100 },
  { characters: 5_000, articles: 40 },
  { characters: MAX_TEXT_LENGTH, articles: 3 },
];
const ROUNDS = 3;
const IDLE_READS = 200;
const KEY = "bench-ingest";
const READ = JSON.stringify({ query: `query ($name: String!) { person(name: $name) { id name party statements { id text } } }`, variables: { name: "Linda Campbell" } });
const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }`;

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const result = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors[0].message);
  return result;
}

/** One read's milliseconds. */
async function read(url: string): Promise<number> {
  const started = performance.now();
  const { data } = await post(url, READ);
  if (!data?.person) throw new Error("person(name: \"Linda Campbell\") found no one: run against a Neo4j holding the seed graph (npm run seed)");
  return performance.now() - started;
}

/** Reads one after another until `work` settles. */
async function readsDuring(url: string, work: Promise<unknown>): Promise<number[]> {
  let settled = false;
  const done = work.finally(() => (settled = true));
  const latencies: number[] = [];
  while (!settled) latencies.push(await read(url));
  await done;
  return latencies;
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to a Neo4j holding the seed graph");
  const database = process.env.NEO4J_DATABASE;
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
  const db = new Graph(driver, database);
  const run = `bench-${process.pid}-${Date.now()}`;
  const written: string[] = [];
  const pool = new ExtractionPool();
  const server = await startHttpServer({ driver, database, port: 0, apiKeys: KEY });
  const rate = (n: number, ms: number) => `${(n / (ms / 1000)).toFixed(1)}/s`.padStart(10);
  try {
    console.log(`${machine()}; load average ${load()}`);
    // Warm up compromise's lexicon, both pools' workers, the driver and the server before timing.
    const warmUp = articleText(1_000, `${run} warm-up`);
    extractArticle(checkInput({ text: warmUp }).text);
    written.push((await ingestArticle(db, { text: warmUp }, pool.buildArticlePlan)).articleId);
    await post(server.url, JSON.stringify({ query: INGEST, variables: { input: { text: warmUp } } }), { authorization: `Bearer ${KEY}` });
    for (let i = 0; i < 20; i++) await read(server.url);

    console.log("\narticles of        extract  extract + write");
    for (const { characters, articles } of SIZES) {
      const texts = (step: string) => Array.from({ length: articles }, (_, i) => articleText(characters, `${run} ${step} ${characters} ${i}`, i));
      let started = performance.now();
      for (const text of texts("extract")) extractArticle(checkInput({ text }).text);
      const extractMs = performance.now() - started;
      started = performance.now();
      for (const text of texts("ingest")) written.push((await ingestArticle(db, { text }, pool.buildArticlePlan)).articleId);
      const ingestMs = performance.now() - started;
      console.log(`${characters.toLocaleString("en-US").padStart(7)} characters ${rate(articles, extractMs)} ${rate(articles, ingestMs)}`);
    }

    const idle: number[] = [];
    const api: number[] = [];
    const inline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < IDLE_READS; i++) idle.push(await read(server.url));
      const text = (how: string) => articleText(MAX_TEXT_LENGTH, `${run} reads ${how} ${round}`);
      const ingest = post(server.url, JSON.stringify({ query: INGEST, variables: { input: { text: text("api") } } }), { authorization: `Bearer ${KEY}` });
      api.push(...(await readsDuring(server.url, ingest)));
      written.push(((await ingest).data!.ingestArticle as { article: { id: string } }).article.id);
      const onThisThread = ingestArticle(db, { text: text("inline") });
      inline.push(...(await readsDuring(server.url, onThisThread)));
      written.push((await onThisThread).articleId);
    }
    const stats = (latencies: number[]): Stats => summarize([{ latencies, seconds: latencies.reduce((a, b) => a + b, 0) / 1000, failed: 0 }]);
    const base = stats(idle);
    const row = (label: string, latencies: number[]) => {
      const s = stats(latencies);
      const ratio = (x: number, idle: number) => `x${(x / idle).toFixed(2)}`.padStart(9);
      const ms = (x: number) => x.toFixed(1).padStart(8);
      return `${label.padEnd(46)} ${String(s.requests).padStart(5)} ${ms(s.p50_ms)} ${ms(s.p99_ms)} ${ms(Math.max(...latencies))} ${ratio(s.p50_ms, base.p50_ms)} ${ratio(s.p99_ms, base.p99_ms)}`;
    };
    console.log(`\nperson(name:) over HTTP, ms, ${ROUNDS} rounds     reads      p50      p99      max  p50/idle  p99/idle`);
    console.log(row("idle", idle));
    console.log(row("during a 200k ingest through the API", api));
    console.log(row("during a 200k ingest extracting on its thread", inline));
    console.log(`load average ${load()}`);
  } finally {
    await pool.close();
    await server.close();
    for (const id of written) await driver.executeQuery("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", { origin: originOf(id) }, { database });
    await driver.executeQuery("MATCH (n:Name) WHERE NOT (n)--() DELETE n", {}, { database });
    await driver.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
