/**
 * Read queries for hand-written resolvers. Each is one auto-commit query in a READ session: RUN and PULL go out
 * in one write and come back in one round trip, and a cluster routes the session to a reader. executeQuery's
 * managed transaction adds BEGIN and COMMIT, two more socket writes and a second round trip, which weigh most on
 * the smallest reads (measured in bench/HISTORY.md).
 * The session shares executeQuery's bookmark manager, as @neo4j/graphql's sessions and the ingest do, so a read
 * still follows the writes this process made before it; a client's bookmarks (`Reader.bookmarks`, from the
 * Factgraph-Bookmark header) make it follow writes made through other API replicas too. The driver retries
 * managed transactions only, so a read is retried here on the same schedule; running a read twice is harmless.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { retrying } from "../neo4j/retry";

export interface Reader {
  driver: Driver;
  database?: string;
  /** Writes the reads must see, wherever they were made: on a cluster, a reader waits until it has them. */
  bookmarks?: string[];
}

export function readRows<T>(reader: Reader, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  return retrying(async () => {
    const session = reader.driver.session({
      database: reader.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: reader.driver.executeQueryBookmarkManager,
      bookmarks: reader.bookmarks,
    });
    try {
      const { records } = await session.run(cypher, params);
      return records.map((record) => record.toObject() as T);
    } finally {
      await session.close();
    }
  });
}
