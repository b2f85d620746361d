/** Which jest project a test file runs in (see jest.config.js): the unit tier has no Neo4j. */

/** Set by test/support/unit-tier.ts in the unit project's test files. */
export const UNIT_TIER_ENV = "FACTGRAPH_UNIT_TIER";

/** Throws when called from the unit tier: `what` needs Neo4j, which only the integration project provides. */
export function requireIntegrationTier(what: string): void {
  if (process.env[UNIT_TIER_ENV]) {
    throw new Error(
      `${what} needs Neo4j, but this test file runs in the unit tier (npm run test:unit), which has none: ` +
        "remove it from UNIT_TESTS in jest.config.js so it runs in the integration project.",
    );
  }
}
