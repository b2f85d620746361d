/** What every resolver gets: the per-request context. */
import type { Graph } from "../graph/graph";
import type { ExtractionPool } from "../ingest/extract-pool";

/**
 * Who is asking: whether the request may write. Owned here, by the layer that reads it (auth.ts's requireWriter);
 * server/auth.ts decides it from the request, and imports this type rather than graphql importing up from server.
 */
export interface Caller {
  /** True when the request carried a valid write key. */
  writer: boolean;
  /** Why the caller is not a writer, for the UNAUTHENTICATED message. */
  reason?: string;
}

export interface FactgraphContext {
  /** The graph this request reads and writes, after the client's bookmarks if it sent any. */
  graph: Graph;
  /**
   * `graph.sessionConfig`, under the name @neo4j/graphql reads. Its type names only database, impersonatedUser
   * and auth, but it spreads the whole object into each session's config, so bookmarks reach its sessions too
   * (test/server/bookmarks.test.ts holds it to that).
   */
  sessionConfig?: { database?: string; bookmarks?: string[] };
  /** Whether the request may write (see server/auth.ts). */
  caller: Caller;
  /** Per-request batch loaders, one per field selection (see factchecking/batch.ts). */
  loaders: Map<unknown, unknown>;
  /** The server's worker threads that build ingested articles' plans, off the thread that answers requests. */
  extraction: ExtractionPool;
}
