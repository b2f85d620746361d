/** What every resolver gets: the per-request context. */
import type { Reader } from "../graph/read";
import type { Caller } from "../server/auth";

export interface FactgraphContext {
  /** For @neo4j/graphql: which database its sessions use. */
  sessionConfig?: { database?: string };
  /** For hand-written resolvers' own Cypher. */
  reader: Reader;
  /** Whether the request may write (see server/auth.ts). */
  caller: Caller;
  /** Per-request batch loaders, one per field selection (see factchecking/batch.ts). */
  loaders: Map<unknown, unknown>;
}
