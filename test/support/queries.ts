/**
 * Watches the Neo4j work of a server running in this process, by who wrote the Cypher: `ours`, the hand-written
 * reads (src/graph/graph.ts: one auto-commit query in a READ session each), and `generated`, the managed
 * transactions @neo4j/graphql runs (one session and one executeRead or executeWrite each).
 */
import type { Driver, Session } from "neo4j-driver";

export interface QueryWatch {
  /** The Cypher text of each hand-written read, in the order they were sent. */
  ours: string[];
  /** How many managed transactions ran. */
  generated: number;
  /** "ours" when a hand-written read is sent; "generated" and "generated done" around a managed transaction. */
  events: string[];
  restore(): void;
}

export function watchQueries(driver: Driver): QueryWatch {
  const watch: QueryWatch = { ours: [], generated: 0, events: [], restore: () => spy.mockRestore() };
  const open = driver.session.bind(driver);
  const spy = jest.spyOn(driver, "session").mockImplementation((config) => {
    const session = open(config);
    const run = session.run.bind(session) as (...args: unknown[]) => unknown;
    (session as unknown as { run: unknown }).run = (query: unknown, ...rest: unknown[]) => {
      watch.ours.push(String(query));
      watch.events.push("ours");
      return run(query, ...rest);
    };
    for (const managed of ["executeRead", "executeWrite"] as const) {
      const execute = session[managed].bind(session) as (...args: unknown[]) => Promise<unknown>;
      (session as unknown as Record<string, unknown>)[managed] = (...args: unknown[]) => {
        watch.generated++;
        watch.events.push("generated");
        return execute(...args).finally(() => watch.events.push("generated done"));
      };
    }
    return session as Session;
  });
  return watch;
}
