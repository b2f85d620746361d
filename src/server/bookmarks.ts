/**
 * Read-your-writes across API replicas. A write's answer carries its Neo4j bookmark
 * (`IngestArticleResult.bookmark`); a client that sends it back in the `Factgraph-Bookmark` header gets reads
 * that include that write, whichever replica serves them: on a cluster the reader waits until it has caught up
 * (up to Neo4j's `db.transaction.bookmark_ready_timeout`, 30 s by default). Within one process the driver's
 * bookmark manager already orders reads after the process's own writes; across processes only the client can
 * carry the bookmark, so the API itself stays stateless.
 */
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { ServerBusy } from "./protocol";

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
 * Turns for requests that carry the header (graphql-endpoint.ts's `admit`). Such a read waits inside Neo4j, on one
 * of the driver's pooled connections, until the graph reaches its bookmarks or the wait times out; bookmarks are
 * the client's to write, so a made-up one ahead of the graph holds a connection that long, and enough of them
 * would leave none for anyone. One process runs at most `max` such requests at once and refuses more with a 503
 * straight away. A turn ends when the request's work does, not when its client leaves: Neo4j keeps the
 * connection until it answers.
 */
export function bookmarkedTurns(max: number): (req: IncomingMessage) => () => void {
  let running = 0;
  const none = () => {};
  return (req) => {
    if (req.headers[BOOKMARK_HEADER] === undefined) return none;
    if (running >= max) {
      throw new ServerBusy(`this server is already answering its limit of ${max} requests that carry a Factgraph-Bookmark header; try again shortly`);
    }
    running++;
    let ended = false;
    return () => {
      if (!ended) running--;
      ended = true;
    };
  };
}

function badBookmark(reason: string): GraphQLError {
  return new GraphQLError(`the Factgraph-Bookmark header must hold the bookmarks factgraph returned (comma-separated): ${reason}`, {
    extensions: { code: "BAD_REQUEST", http: { status: 400 } },
  });
}

/** Neo4j's answers to a bookmark it cannot use, as the client should read them. */
export const BOOKMARK_ERRORS: Record<string, { message: string; code: string }> = {
  "Neo.ClientError.Transaction.InvalidBookmark": {
    message: "the Factgraph-Bookmark header holds a bookmark this graph cannot read: send back only the bookmarks factgraph returned",
    code: "BAD_USER_INPUT",
  },
  "Neo.ClientError.Transaction.InvalidBookmarkMixture": {
    message: "the Factgraph-Bookmark header mixes bookmarks of different databases: send back only those of this graph",
    code: "BAD_USER_INPUT",
  },
  "Neo.TransientError.Transaction.BookmarkTimeout": {
    message: "the graph has not yet caught up with the write named in the Factgraph-Bookmark header; try again shortly",
    code: "SERVICE_UNAVAILABLE",
  },
};
