/**
 * How well quote search finds the original of a misquote, against plain Lucene ranking, on
 * test/fixtures/misquotes.yaml. Run against any Neo4j holding the seed graph:
 *
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE=...] npx tsx bench/quote-search.ts [--verbose]
 *
 * It only reads. --verbose lists every query whose original is not ranked first.
 *
 * Rankers compared, each on the same queries and index:
 *   rerank        searchStatements/searchClaims: fuzzy candidates from Lucene, re-ranked by text similarity.
 *   lucene-fuzzy  the same Lucene candidates in the index's own score order (what the re-ranker starts from).
 *   lucene-plain  the query's words OR-ed, no fuzziness, in index order: the naive full-text search.
 * The test (test/graph/quote-search.test.ts) imports `evaluate` from here, so both report the same numbers.
 */
import * as fs from "fs";
import * as path from "path";
import neo4j, { type Driver } from "neo4j-driver";
import { parse } from "yaml";
import { CANDIDATES, fetchCandidates, INDEXES, MIN_SCORE, rerank, searchClaims, searchStatements, type TextIndex } from "../src/graph/quote-search";
import { Graph } from "../src/graph/graph";

export interface Misquote {
  query: string;
  target: string;
  distortion: string[];
  hard?: boolean;
}
export interface EvalSet {
  misquotes: Misquote[];
  negatives: string[];
}

export const EVAL_SET_PATH = path.resolve(__dirname, "../test/fixtures/misquotes.yaml");

export function readEvalSet(file: string = EVAL_SET_PATH): EvalSet {
  return parse(fs.readFileSync(file, "utf8")) as EvalSet;
}

/** A ranker returns ids best first. */
type Ranker = (driver: Driver, index: TextIndex, query: string, database?: string) => Promise<string[]>;
const RANK_DEPTH = 10;

export const RANKERS: Record<string, Ranker> = {
  rerank: async (driver, index, query, database) =>
    (await (index === INDEXES.statements ? searchStatements : searchClaims)(new Graph(driver, database), query, RANK_DEPTH)).map((h) => h.id),
  "lucene-fuzzy": async (driver, index, query, database) => (await fetchCandidates(new Graph(driver, database), index, query, RANK_DEPTH)).map((c) => c.id),
  "lucene-plain": async (driver, index, query, database) => {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) return [];
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node RETURN node.id AS id",
      { index, lucene: words.join(" "), limit: neo4j.int(RANK_DEPTH) },
      { database, routing: neo4j.routing.READ },
    );
    return records.map((r) => r.get("id") as string);
  },
};

export interface QueryResult extends Misquote {
  /** 1-based rank of the target, 0 when it is not in the top RANK_DEPTH. */
  rank: number;
  top: string | undefined;
}
export interface Metrics {
  ranker: string;
  queries: number;
  mrr: number;
  hitAt1: number;
  hitAt3: number;
  /** The same, on the queries not marked hard. */
  mrrEasy: number;
  hitAt1Easy: number;
  /** Negative queries (each searched in both indexes) that returned any hit. */
  negativesWithHits: number;
  negatives: number;
  results: QueryResult[];
}

const indexOf = (id: string): TextIndex => (id.startsWith("claim:") ? INDEXES.claims : INDEXES.statements);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export async function evaluate(driver: Driver, ranker: string, set: EvalSet = readEvalSet(), database?: string): Promise<Metrics> {
  const rank = RANKERS[ranker];
  const results: QueryResult[] = [];
  for (const m of set.misquotes) {
    const ids = await rank(driver, indexOf(m.target), m.query, database);
    results.push({ ...m, rank: ids.indexOf(m.target) + 1, top: ids[0] });
  }
  let negativesWithHits = 0;
  for (const q of set.negatives) {
    for (const index of Object.values(INDEXES)) if ((await rank(driver, index, q, database)).length) negativesWithHits++;
  }
  const rr = (rs: QueryResult[]) => rs.map((r) => (r.rank ? 1 / r.rank : 0));
  const easy = results.filter((r) => !r.hard);
  return {
    ranker,
    queries: results.length,
    mrr: round3(mean(rr(results))),
    hitAt1: round3(mean(results.map((r) => (r.rank === 1 ? 1 : 0)))),
    hitAt3: round3(mean(results.map((r) => (r.rank >= 1 && r.rank <= 3 ? 1 : 0)))),
    mrrEasy: round3(mean(rr(easy))),
    hitAt1Easy: round3(mean(easy.map((r) => (r.rank === 1 ? 1 : 0)))),
    negativesWithHits,
    negatives: set.negatives.length * Object.values(INDEXES).length,
    results,
  };
}

/**
 * Where MIN_SCORE sits: the lowest scores the re-ranker gives a true original, and the highest it gives
 * anything for a negative query (both before the threshold). The threshold belongs in the gap.
 */
export async function scoreGap(driver: Driver, set: EvalSet = readEvalSet(), database?: string): Promise<{ lowestTargets: number[]; highestNegatives: number[] }> {
  const best = async (index: TextIndex, query: string) => rerank(query, await fetchCandidates(new Graph(driver, database), index, query, CANDIDATES), CANDIDATES, 0);
  const targets: number[] = [];
  for (const m of set.misquotes) targets.push((await best(indexOf(m.target), m.query)).find((h) => h.id === m.target)?.score ?? 0);
  const negatives: number[] = [];
  for (const q of set.negatives) for (const index of Object.values(INDEXES)) negatives.push((await best(index, q))[0]?.score ?? 0);
  return { lowestTargets: targets.sort((a, b) => a - b).slice(0, 3), highestNegatives: negatives.sort((a, b) => b - a).slice(0, 3) };
}

/** One line per ranker, for humans. */
export function formatMetrics(all: Metrics[]): string {
  const head = `${all[0]?.queries ?? 0} misquotes (hit@1 and MRR; "easy" excludes the ${all[0]?.results.filter((r) => r.hard).length ?? 0} marked hard), threshold ${MIN_SCORE}`;
  const rows = all.map(
    (m) =>
      `${m.ranker.padEnd(13)} hit@1 ${m.hitAt1.toFixed(3)}  hit@3 ${m.hitAt3.toFixed(3)}  MRR ${m.mrr.toFixed(3)}  ` +
      `| easy hit@1 ${m.hitAt1Easy.toFixed(3)} MRR ${m.mrrEasy.toFixed(3)}  | negatives with hits ${m.negativesWithHits}/${m.negatives}`,
  );
  return [head, ...rows].join("\n");
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
  const database = process.env.NEO4J_DATABASE || undefined;
  try {
    const all: Metrics[] = [];
    for (const ranker of Object.keys(RANKERS)) all.push(await evaluate(driver, ranker, readEvalSet(), database));
    console.log(formatMetrics(all));
    const gap = await scoreGap(driver, readEvalSet(), database);
    console.log(`rerank scores: lowest true originals ${gap.lowestTargets.join(", ")}; highest negatives ${gap.highestNegatives.join(", ")}`);
    if (process.argv.includes("--verbose")) {
      for (const m of all) {
        for (const r of m.results.filter((x) => x.rank !== 1)) {
          console.log(`${m.ranker}: rank ${r.rank || "-"} (top ${r.top ?? "none"}) for ${r.target}: ${JSON.stringify(r.query)}`);
        }
      }
    }
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
