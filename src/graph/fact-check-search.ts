/**
 * "Has this been fact-checked already?": the reviews (FactCheck nodes) whose claim matches a claim as someone words
 * it. Candidates come from two indexes in one query: the full-text index (the claim's words, as in quote search)
 * and the vector index (its meaning: a paraphrase in everyday words shares few of them). Each candidate is scored
 * on both: claim-match.ts's term match, which weighs each term by how rare it is among all reviewed claims (so the
 * corpus's document frequencies are kept here, per database, recounted when the number of reviews changes), and
 * the cosine of the two sentence embeddings.
 */
import neo4j from "neo4j-driver";
import { sentenceEncoder } from "../embedding/encoder";
import { corpusStatsYielding, matchAgainst, prepareClaimQuery, type ClaimCorpusStats, type ClaimTermMatch } from "./claim-match";
import type { Graph } from "./graph";
import { CANDIDATES, INDEXES, luceneQuery, normalizeQuery, type TextHit } from "./quote-search";

const VECTOR_INDEX = "factcheck_claim_embedding";
/** Nearest reviews by meaning, besides the full-text index's CANDIDATES. */
const VECTOR_CANDIDATES = 20;
/**
 * The score is (1 - MEANING_WEIGHT) x the terms' overlap with the claim + MEANING_WEIGHT x the cosine with the
 * claim's embedding (its claimant saying it: src/import/claimreview.ts), times NAME_CONFLICT when each names a
 * place or person the other does not (the embedding hardly tells "Dunmore's jail" from "Westmarch's"); below
 * FACT_CHECK_THRESHOLD it is no match. Chosen on the development queries: the best MAP@5 that leaves a third of
 * the same-topic negatives with a hit or fewer (README, "How well it finds them").
 */
const MEANING_WEIGHT = 0.8;
const NAME_CONFLICT = 0.8;
export const FACT_CHECK_THRESHOLD = 0.64;

/**
 * Each query's candidates from both indexes, each once. Neo4j's cosine similarity is (1 + cos) / 2; a review
 * imported without an embedding (before embeddings) still comes from the full-text index.
 */
const candidatesCypher = (project?: string) => `UNWIND $queries AS q
CALL (q) {
  WITH q WHERE q.lucene <> ""
  CALL db.index.fulltext.queryNodes($index, q.lucene, {limit: $candidates}) YIELD node RETURN node
  UNION
  CALL db.index.vector.queryNodes($vectorIndex, $nearest, q.embedding) YIELD node RETURN node
}
RETURN q.id AS owner, node.id AS id, node.claimReviewed AS text,
       coalesce(vector.similarity.cosine(node.claimEmbedding, q.embedding) * 2 - 1, 0.0) AS cosine${project ? `, ${project} AS node` : ""}`;

interface ScoredCandidate {
  id: string;
  text: string;
  cosine: number;
  node?: unknown;
}

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

/** A claim's score against one reviewed claim: its words and its meaning. */
export function factCheckScore(terms: ClaimTermMatch, cosine: number): number {
  const score = (1 - MEANING_WEIGHT) * terms.overlap + MEANING_WEIGHT * Math.max(0, cosine);
  return terms.nameConflict ? NAME_CONFLICT * score : score;
}

function rank(query: string, candidates: readonly ScoredCandidate[], stats: ClaimCorpusStats, limit: number): TextHit[] {
  const prepared = prepareClaimQuery(query, stats);
  return candidates
    .map((c) => ({ id: c.id, score: Math.round(factCheckScore(matchAgainst(prepared, c.text), c.cosine) * 1e6) / 1e6 }))
    .filter((h) => h.score >= FACT_CHECK_THRESHOLD)
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
  const [stats, byOwner] = await Promise.all([factCheckStats(graph), fetchCandidates(graph, [{ id: "", text }], Math.max(CANDIDATES, limit), project)]);
  const candidates = byOwner.get("")!;
  const hits = rank(text, candidates, stats, limit);
  if (!project) return hits;
  const nodes = new Map(candidates.map((c) => [c.id, c.node]));
  return hits.map((h) => ({ ...h, node: nodes.get(h.id) }));
}

/** The candidates of each text, by the text's id: one query for all of them. */
async function fetchCandidates(graph: Graph, texts: readonly { id: string; text: string }[], limit: number, project?: string): Promise<Map<string, ScoredCandidate[]>> {
  const embeddings = await (await sentenceEncoder()).embed(texts.map((t) => t.text));
  const queries = texts.map((t, i) => ({ id: t.id, lucene: luceneQuery(t.text), embedding: embeddings[i] }));
  const rows = await graph.read<{ owner: string; id: string; text: string | null; cosine: number; node?: unknown }>(candidatesCypher(project), {
    queries,
    index: INDEXES.factChecks,
    candidates: neo4j.int(Math.floor(limit)),
    vectorIndex: VECTOR_INDEX,
    nearest: neo4j.int(VECTOR_CANDIDATES),
  });
  const byOwner = new Map<string, ScoredCandidate[]>(texts.map((t) => [t.id, []]));
  for (const r of rows) byOwner.get(r.owner)?.push({ id: r.id, text: r.text ?? "", cosine: r.cosine, ...(project ? { node: r.node } : {}) });
  return byOwner;
}

/** The reviews matching each of many texts (a page of statements or claims), with one query for all. */
export async function factChecksEach(graph: Graph, texts: readonly { id: string; text: string }[], limit: number): Promise<Map<string, TextHit[]>> {
  const normalized = texts.map((t) => ({ id: t.id, text: normalizeQuery(t.text) }));
  const [stats, byOwner] = await Promise.all([factCheckStats(graph), fetchCandidates(graph, normalized, CANDIDATES)]);
  return new Map(normalized.map((t) => [t.id, rank(t.text, byOwner.get(t.id) ?? [], stats, limit)]));
}

/** Every fact-check's id with the URL of its review. */
export function factCheckUrls(graph: Graph): Promise<{ id: string; url: string }[]> {
  return graph.read<{ id: string; url: string }>("MATCH (f:FactCheck) RETURN f.id AS id, f.url AS url");
}
