/**
 * The one handle on Neo4j: a driver, the database, and the bookmarks a request must read after. Every read and
 * write of factgraph's own Cypher goes through it, and it gives @neo4j/graphql its session configuration.
 *
 * All sessions share the driver's bookmark manager, so a read follows every write this process made before it;
 * a client's bookmarks (the Factgraph-Bookmark header, `after`) make it follow writes made through other API
 * replicas too: on a cluster, a reader waits until it has them.
 */
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from "neo4j-driver";
import { retrying } from "../neo4j/retry";

export type Params = Record<string, unknown>;

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database?: string,
    /** Writes the reads must see, wherever they were made. */
    readonly bookmarks?: string[],
  ) {}

  /** The same graph, read and written after these bookmarks as well. */
  after(bookmarks: string[] | undefined): Graph {
    return bookmarks?.length ? new Graph(this.driver, this.database, bookmarks) : this;
  }

  /** What @neo4j/graphql spreads into each of its sessions' config: this database, and the bookmarks. */
  get sessionConfig(): { database?: string; bookmarks?: string[] } | undefined {
    if (!this.database && !this.bookmarks) return undefined;
    return { ...(this.database ? { database: this.database } : {}), ...(this.bookmarks ? { bookmarks: this.bookmarks } : {}) };
  }

  /**
   * One auto-commit query in a READ session: RUN and PULL go out in one write and come back in one round trip
   * (a managed transaction adds BEGIN and COMMIT), and a cluster routes it to a reader. The driver retries
   * managed transactions only, so a read is retried here on the same schedule; reading twice is harmless.
   */
  read<T>(cypher: string, params: Params = {}): Promise<T[]> {
    return retrying(async () => {
      const session = this.session(neo4j.session.READ);
      try {
        const { records } = await session.run(cypher, params);
        return records.map((record) => record.toObject() as T);
      } finally {
        await session.close();
      }
    });
  }

  /** The smallest read: resolves once Neo4j answers, which after `bookmarks` means once it has those writes. */
  async ping(): Promise<void> {
    await this.read("RETURN 1");
  }

  /**
   * One write transaction, retried by the driver on transient errors: all of `work` commits, or none of it.
   * Returns its result and the bookmark of the commit, which a client sends back to read its own write.
   */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ result: T; bookmark: string }> {
    const session = this.session(neo4j.session.WRITE);
    try {
      const result = await session.executeWrite(work);
      return { result, bookmark: session.lastBookmarks().join(",") };
    } finally {
      await session.close();
    }
  }

  /**
   * One auto-commit query in a WRITE session, for a write that commits in batches of its own (`CALL … IN
   * TRANSACTIONS`), which Neo4j refuses inside a transaction the driver manages.
   */
  async writeInBatches(cypher: string, params: Params = {}): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data, so each runs on its own. */
  async schema(statements: readonly string[]): Promise<void> {
    for (const statement of statements) await this.write((tx) => tx.run(statement));
  }

  private session(defaultAccessMode: SessionConfig["defaultAccessMode"]) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      bookmarks: this.bookmarks,
    });
  }
}
