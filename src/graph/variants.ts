/**
 * Statements that are near-duplicates or misquotes of each other, found with the same engine as quote search:
 * each statement's own text is the query. One index query serves a whole batch of statements.
 */
import type { Graph } from "./graph";
import { CANDIDATES, INDEXES, searchEach, type TextHit } from "./quote-search";

export function variantsOf(graph: Graph, statements: readonly { id: string; text: string }[], minSimilarity: number): Promise<Map<string, TextHit[]>> {
  return searchEach(graph, INDEXES.statements, statements, CANDIDATES, minSimilarity);
}
