/**
 * Statements that are near-duplicates or misquotes of each other, found with the same engine as quote search:
 * each statement's own text is the query. One index query serves a whole batch of statements.
 */
import { CANDIDATES, luceneQuery, rerank, type TextHit } from "./quote-search";
import type { Graph } from "./graph";

export async function variantsOf(graph: Graph, statements: readonly { id: string; text: string }[], minSimilarity: number): Promise<Map<string, TextHit[]>> {
  const queries = statements.map((s) => ({ id: s.id, lucene: luceneQuery(s.text) })).filter((q) => q.lucene !== "");
  const rows = await graph.read<{ owner: string; id: string; text: string; score: number }>(`UNWIND $queries AS q
     CALL db.index.fulltext.queryNodes('statement_text', q.lucene, {limit: $limit}) YIELD node, score
     WITH q, node, score WHERE node.id <> q.id
     RETURN q.id AS owner, node.id AS id, node.text AS text, score`,
    { queries, limit: CANDIDATES },
  );
  const byOwner = new Map<string, { id: string; text: string; luceneScore: number }[]>(statements.map((s) => [s.id, []]));
  for (const row of rows) byOwner.get(row.owner)?.push({ id: row.id, text: row.text ?? "", luceneScore: row.score });
  return new Map(statements.map((s) => [s.id, rerank(s.text, byOwner.get(s.id) ?? [], CANDIDATES, minSimilarity)]));
}
