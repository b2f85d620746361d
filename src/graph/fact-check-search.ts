/**
 * "Has this been fact-checked already?": the reviews (FactCheck nodes) whose claim matches a claim as someone words
 * it. The full-text index gives candidates, as in quote search; claim-match.ts ranks them, weighing each term by
 * how rare it is among all reviewed claims, so the corpus's document frequencies are kept here, per database,
 * and recounted when the number of reviews has changed.
 */
import neo4j from "neo4j-driver";
import { CLAIM_MATCH_THRESHOLD, corpusStatsYielding, prepareClaimQuery, scoreAgainst, type ClaimCorpusStats } from "./claim-match";
import type { Graph } from "./graph";
import { CANDIDATES, fetchCandidates, INDEXES, luceneQuery, normalizeQuery, type TextHit } from "./quote-search";

/** How long counted frequencies are trusted before the review count is checked again. */
const RECHECK_MS = 2000;

interface CachedStats {
  reviews: number;
  checkedAt: number;
  stats: ClaimCorpusStats;
}
const cache = new WeakMap<object, Map<string, Promise<CachedStats>>>();

async function countStats(graph: Graph, known?: CachedStats): Promise<CachedStats> {
  const [{ reviews }] = await graph.read<{ reviews: number }>("MATCH (f:FactCheck) RETURN count(f) AS reviews");
  const count = Number(reviews);
  if (known && known.reviews === count) return { ...known, checkedAt: Date.now() };
  const rows = await graph.read<{ text: string }>("MATCH (f:FactCheck) RETURN f.claimReviewed AS text");
  return { reviews: count, checkedAt: Date.now(), stats: await corpusStatsYielding(rows.map((r) => r.text ?? "")) };
}

/** The reviewed claims' document frequencies, counted once and again only after the reviews changed. */
export async function factCheckStats(graph: Graph): Promise<ClaimCorpusStats> {
  let byDatabase = cache.get(graph.driver);
  if (!byDatabase) cache.set(graph.driver, (byDatabase = new Map()));
  const key = graph.database ?? "";
  const current = byDatabase.get(key);
  const known = current && (await current.catch(() => undefined));
  if (known && Date.now() - known.checkedAt < RECHECK_MS) return known.stats;
  const next = countStats(graph, known);
  byDatabase.set(key, next);
  return (await next).stats;
}

function rank(query: string, candidates: readonly { id: string; text: string }[], stats: ClaimCorpusStats, limit: number): TextHit[] {
  const prepared = prepareClaimQuery(query, stats);
  return candidates
    .map((c) => ({ id: c.id, score: Math.round(scoreAgainst(prepared, c.text) * 1e6) / 1e6 }))
    .filter((h) => h.score >= CLAIM_MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

/**
 * The reviews of claims closest to `query`, best first, at most `limit`, none below the threshold. `project` (a
 * Cypher expression over `node`, built from the schema) returns each review with its hit.
 */
export async function searchFactChecks(graph: Graph, query: string, limit: number, project?: string): Promise<TextHit[]> {
  if (query.trim() === "" || limit <= 0) return [];
  const text = normalizeQuery(query);
  const [stats, candidates] = await Promise.all([factCheckStats(graph), fetchCandidates(graph, INDEXES.factChecks, text, Math.max(CANDIDATES, limit), project)]);
  const hits = rank(text, candidates, stats, limit);
  if (!project) return hits;
  const nodes = new Map(candidates.map((c) => [c.id, c.node]));
  return hits.map((h) => ({ ...h, node: nodes.get(h.id) }));
}

/** The reviews matching each of many texts (a page of statements or claims), with one index query for all. */
export async function factChecksEach(graph: Graph, texts: readonly { id: string; text: string }[], limit: number): Promise<Map<string, TextHit[]>> {
  const queries = texts.map((t) => ({ id: t.id, lucene: luceneQuery(t.text) })).filter((q) => q.lucene !== "");
  const [stats, rows] = await Promise.all([
    factCheckStats(graph),
    graph.read<{ owner: string; id: string; text: string }>(
      `UNWIND $queries AS q
       CALL db.index.fulltext.queryNodes($index, q.lucene, {limit: $candidates}) YIELD node
       RETURN q.id AS owner, node.id AS id, node.claimReviewed AS text`,
      { queries, index: INDEXES.factChecks, candidates: neo4j.int(CANDIDATES) },
    ),
  ]);
  const byOwner = new Map<string, { id: string; text: string }[]>(texts.map((t) => [t.id, []]));
  for (const row of rows) byOwner.get(row.owner)?.push({ id: row.id, text: row.text ?? "" });
  return new Map(texts.map((t) => [t.id, rank(t.text, byOwner.get(t.id) ?? [], stats, limit)]));
}
