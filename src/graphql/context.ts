/** What every resolver gets: the per-request context. */
import type { Reader } from "../graph/read";

export interface FactgraphContext {
  /** For @neo4j/graphql: which database its sessions use. */
  sessionConfig?: { database?: string };
  /** For hand-written resolvers' own Cypher. */
  reader: Reader;
  /** Per-request batch loaders, one per field selection (see factchecking/batch.ts). */
  loaders: Map<unknown, unknown>;
}
