/** src/neo4j/retry.ts: the driver's retry schedule, for the work the driver does not retry itself. */
import neo4j, { Neo4jError } from "neo4j-driver";
import { RETRY, retrying } from "../../src/neo4j/retry";

const saved = { ...RETRY };
beforeEach(() => Object.assign(RETRY, { firstDelayMs: 20, budgetMs: 100 }));
afterAll(() => Object.assign(RETRY, saved));

const failure = (code: string) => new Neo4jError(`failed: ${code}`, code as never, "50N00", "");

/** Work that fails with `errors` in turn, then answers; `attempts` when each try started, in ms. */
function flaky(errors: Error[]) {
  const started = Date.now();
  const attempts: number[] = [];
  return {
    attempts,
    work: async () => {
      attempts.push(Date.now() - started);
      const error = errors.shift();
      if (error) throw error;
      return "answer";
    },
  };
}

test("a server gone or a transient error is retried, backing off", async () => {
  const { work, attempts } = flaky([failure(neo4j.error.SERVICE_UNAVAILABLE), failure("Neo.TransientError.Transaction.LockClientStopped")]);
  await expect(retrying(work)).resolves.toBe("answer");
  expect(attempts).toHaveLength(3);
  // 20 ms then 40 ms, each ±20%.
  expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(15);
  expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(31);
});

test("an error a retry cannot mend is thrown at once", async () => {
  const { work, attempts } = flaky([failure("Neo.ClientError.Statement.SyntaxError")]);
  await expect(retrying(work)).rejects.toThrow("failed: Neo.ClientError.Statement.SyntaxError");
  expect(attempts).toHaveLength(1);
  const plain = flaky([new TypeError("a bug")]);
  await expect(retrying(plain.work)).rejects.toThrow(TypeError);
  expect(plain.attempts).toHaveLength(1);
});

test("retries stop once the budget is spent, with the last error", async () => {
  const { work, attempts } = flaky(Array.from({ length: 50 }, () => failure(neo4j.error.SERVICE_UNAVAILABLE)));
  await expect(retrying(work)).rejects.toThrow(`failed: ${neo4j.error.SERVICE_UNAVAILABLE}`);
  // Tries at about 0, 20, 60 and 140 ms: none starts after the 100 ms budget has passed, as in the driver.
  expect(attempts.length).toBeGreaterThanOrEqual(3);
  expect(attempts.length).toBeLessThanOrEqual(5);
  expect(attempts.slice(0, -1).every((t) => t < 100)).toBe(true);
});
