/**
 * Read-your-writes across API replicas. A write's answer carries its Neo4j bookmark
 * (`IngestArticleResult.bookmark`); a client that sends it back in the `Factgraph-Bookmark` header gets reads
 * that include that write, whichever replica serves them: on a cluster the reader waits until it has caught up
 * (up to Neo4j's `db.transaction.bookmark_ready_timeout`, 30 s by default). Within one process the driver's
 * bookmark manager already orders reads after the process's own writes; across processes only the client can
 * carry the bookmark, so the API itself stays stateless.
 */
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import type { Graph } from "../graph/graph";

/** Lower case, as Node.js names request headers. */
export const BOOKMARK_HEADER = "factgraph-bookmark";

/** Bookmarks are opaque to us; these bounds only keep a header from becoming a large payload. */
const MAX_BOOKMARKS = 16;
/** Neo4j 5's bookmarks are "FB:" and base64, 40 to 60 characters for one database. */
const BOOKMARK = /^[A-Za-z0-9+/=:_.-]{1,512}$/;

/**
 * The bookmarks a request carries: the header's comma-separated values (repeated headers count too), or
 * undefined when there are none. Throws a 400 GraphQLError saying what is wrong with a malformed header.
 */
export function requestBookmarks(header: string | string[] | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  const values = (Array.isArray(header) ? header : [header]).flatMap((h) => h.split(",")).map((b) => b.trim()).filter((b) => b !== "");
  if (values.length === 0) return undefined;
  if (values.length > MAX_BOOKMARKS) throw badBookmark(`it holds ${values.length} bookmarks, at most ${MAX_BOOKMARKS} are accepted`);
  const bad = values.find((b) => !BOOKMARK.test(b));
  if (bad !== undefined) throw badBookmark(`"${bad.length > 40 ? `${bad.slice(0, 40)}…` : bad}" is not a bookmark`);
  return [...new Set(values)];
}

/**
 * Waits, before a request with bookmarks runs, until the graph has caught up with them (app.ts's context): one
 * read, `RETURN 1`, carrying the bookmarks. Such a wait holds one of the driver's pooled connections inside Neo4j
 * until the graph reaches the bookmarks or `bookmark_ready_timeout` passes, and bookmarks are the client's to
 * write: a made-up one ahead of the graph holds its connection that long. Waiting here, once per request and at
 * most `max` at a time per process (more are a 503 straight away), bounds the connections such bookmarks can
 * hold, however many reads the request would make: a bookmark never reached never gets past this one, and on one
 * server every read after it goes straight through (on a cluster, a read routed to another reader waits out that
 * reader's lag, short for a bookmark that was really written). A wait ends when Neo4j answers, whether or not
 * its client is still there.
 */
export function catchingUp(max: number): (graph: Graph) => Promise<void> {
  let waiting = 0;
  return async (graph) => {
    if (waiting >= max) {
      throw new GraphQLError(`this server is already waiting on the graph for its limit of ${max} requests with a Factgraph-Bookmark header; try again shortly`, {
        extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503, headers: new Map([["retry-after", "1"]]) } },
      });
    }
    waiting++;
    try {
      await graph.ping();
    } catch (error) {
      if (!(error instanceof Neo4jError) || !BOOKMARK_ERRORS[error.code]) throw error;
      const { message, code, status } = BOOKMARK_ERRORS[error.code];
      // The whole request is refused, with the status that says whether to retry.
      throw new GraphQLError(message, { originalError: error, extensions: { code, http: { status } } });
    } finally {
      waiting--;
    }
  };
}

function badBookmark(reason: string): GraphQLError {
  return new GraphQLError(`the Factgraph-Bookmark header must hold the bookmarks factgraph returned (comma-separated): ${reason}`, {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });
}

/** Neo4j's answers to a bookmark it cannot use, as the client should read them. */
export const BOOKMARK_ERRORS: Record<string, { message: string; code: string; status: number }> = {
  "Neo.ClientError.Transaction.InvalidBookmark": {
    message: "the Factgraph-Bookmark header holds a bookmark this graph cannot read: send back only the bookmarks factgraph returned",
    code: "BAD_USER_INPUT",
    status: 400,
  },
  "Neo.ClientError.Transaction.InvalidBookmarkMixture": {
    message: "the Factgraph-Bookmark header mixes bookmarks of different databases: send back only those of this graph",
    code: "BAD_USER_INPUT",
    status: 400,
  },
  "Neo.TransientError.Transaction.BookmarkTimeout": {
    message: "the graph has not yet caught up with the write named in the Factgraph-Bookmark header; try again shortly",
    code: "SERVICE_UNAVAILABLE",
    status: 503,
  },
};
