/**
 * Article ingestion throughput: the evaluation articles (test/fixtures/eval/*.txt) ingested ROUNDS times each,
 * every copy given its own text (and so its own id) by a marker line. Run against any Neo4j holding the seed
 * graph; everything it writes is removed at the end (each article's origin `article:<id>`):
 *
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE=...] npx tsx bench/ingest.ts [rounds]
 *
 * Side by side, on the same texts:
 *   extract            extraction only (pure, no database): the ceiling
 *   ingest             ingestArticle per article: fetch the graph's names, extract, resolve, one write transaction
 *   ingest, names once the same with the graph's names fetched once per round, as a batch loader would
 * Each write transaction batches its rows (UNWIND per label and relationship shape, src/graph/write.ts).
 */
import * as fs from "fs";
import * as path from "path";
import neo4j from "neo4j-driver";
import { buildArticlePlan, checkInput, ingestArticle, originOf, writeArticle } from "../src/ingest/article";
import { extractArticle } from "../src/ingest/extract";
import { EVAL_DIR } from "../src/ingest/eval";
import { fetchGraphNames } from "../src/ingest/resolve";

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to a Neo4j holding the seed graph");
  const database = process.env.NEO4J_DATABASE;
  const rounds = Number(process.argv[2] ?? 3);
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
  const texts = fs.readdirSync(EVAL_DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(EVAL_DIR, f), "utf8"));
  const run = `bench-${process.pid}-${Date.now()}`;
  const copy = (text: string, variant: string, round: number) => `${text}\n\n(${run} ${variant} ${round})`;
  const written: string[] = [];
  const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
  try {
    // Warm up compromise's lexicon and the driver's connection before timing.
    extractArticle(checkInput({ text: texts[0] }).text);
    await fetchGraphNames({ driver, database });

    let started = Date.now();
    for (let round = 0; round < rounds; round++) for (const text of texts) extractArticle(checkInput({ text: copy(text, "extract", round) }).text);
    const extractMs = Date.now() - started;

    started = Date.now();
    let statements = 0;
    let claims = 0;
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        const result = await ingestArticle({ driver, database }, { text: copy(text, "ingest", round) });
        written.push(result.articleId);
        statements += result.statementIds.length;
        claims += result.claimIds.length;
      }
    }
    const ingestMs = Date.now() - started;

    started = Date.now();
    for (let round = 0; round < rounds; round++) {
      const graph = await fetchGraphNames({ driver, database });
      for (const text of texts) {
        const source = checkInput({ text: copy(text, "batch", round) });
        const result = await writeArticle({ driver, database }, buildArticlePlan(source, graph), undefined);
        written.push(result.articleId);
      }
    }
    const batchMs = Date.now() - started;

    const n = rounds * texts.length;
    console.log(`${texts.length} articles x ${rounds} rounds = ${n} articles (${statements / rounds} statements, ${claims / rounds} claims per round)`);
    console.log(`extract            ${rate(n, extractMs).padStart(7)} articles/s`);
    console.log(`ingest             ${rate(n, ingestMs).padStart(7)} articles/s  (${(extractMs / ingestMs).toFixed(3)} of extract)`);
    console.log(`ingest, names once ${rate(n, batchMs).padStart(7)} articles/s  (${(ingestMs / batchMs).toFixed(2)}x ingest)`);
  } finally {
    for (const id of written) await driver.executeQuery("MATCH (n) WHERE n.origin = $origin DETACH DELETE n", { origin: originOf(id) }, { database });
    await driver.executeQuery("MATCH (n:Name) WHERE NOT (n)--() DELETE n", {}, { database });
    await driver.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
