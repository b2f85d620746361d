/**
 * How failed Neo4j work is retried: the driver's own schedule for managed transactions (first retry after 1 s,
 * doubling, ±20%), within a budget. The driver applies it to executeQuery and executeRead/executeWrite;
 * `retrying` applies it to work the driver does not retry, auto-commit reads (src/graph/read.ts).
 */
import neo4j from "neo4j-driver";

export const RETRY = {
  /**
   * Retries start only within this long of the first attempt. When Neo4j is down a request gets
   * SERVICE_UNAVAILABLE after about 3 s (retries after 1 s and 2 s more): the driver's default budget (30 s)
   * would hold every request, and the clients behind it, for half a minute. A budget of 3 s would allow one more
   * retry 4 s later, 7 s in all.
   */
  budgetMs: 2_000,
  firstDelayMs: 1_000,
  factor: 2,
  jitter: 0.2,
};

/** Runs `work`, again after a retryable error (transient, a server gone, a leader elected) as the driver would. */
export async function retrying<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let delay = RETRY.firstDelayMs; ; delay *= RETRY.factor) {
    try {
      return await work();
    } catch (error) {
      if (!neo4j.isRetryableError(error) || Date.now() - started >= RETRY.budgetMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay * (1 - RETRY.jitter + 2 * RETRY.jitter * Math.random())));
    }
  }
}
