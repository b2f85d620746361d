/**
 * Two tiers, one run: `npm test` (plain `jest`) runs both projects, every test file once.
 * - unit: the test files listed in UNIT_TESTS, which need no Neo4j, no browser and no factgraph server.
 *   No global setup, so `npm run test:unit` (`jest --selectProjects unit`) starts nothing. Its setup file
 *   hides any NEO4J_URI, so a test put here that does need Neo4j fails saying so.
 * - integration: every other test file, against one real, throwaway Neo4j started by
 *   test/support/global-setup.ts (only when a file of this project is part of the run).
 */
const fs = require("node:fs");
const path = require("node:path");

/** The unit tier, stated once (paths from the repository root). Everything else is integration. */
const UNIT_TESTS = [
  "test/architecture.test.ts",
  "test/embedding/jar.test.ts",
  "test/embedding/model.test.ts",
  "test/embedding/wordpiece.test.ts",
  "test/graph/claim-match.test.ts",
  "test/graphql/translate/subquery.test.ts",
  "test/import/bulk/plan-csv.test.ts",
  "test/import/mapping.test.ts",
  "test/import/read.test.ts",
  "test/ingest/eval.test.ts",
  "test/ingest/extract/extract.test.ts",
  "test/ingest/extract/seed-reproduction.test.ts",
  "test/install.test.ts",
  "test/neo4j/retry.test.ts",
  "test/neo4j/local/setup-parts.test.ts",
  "test/seed/knowledge.test.ts",
  "test/server/graphql-endpoint.test.ts",
];

// A renamed or deleted file would otherwise silently drop out of the unit tier (and into integration).
const missing = UNIT_TESTS.filter((file) => !fs.existsSync(path.join(__dirname, file)));
if (missing.length > 0) throw new Error(`jest.config.js UNIT_TESTS lists files that do not exist: ${missing.join(", ")}`);

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Exact, whole-path regular expressions of the unit files (jest matches them against absolute paths). */
const unitPatterns = UNIT_TESTS.map((file) => `^${escape(path.join(__dirname, file))}$`);

const common = {
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // tsconfig's isolatedModules makes ts-jest only transpile (much faster); `npm run typecheck` runs first.
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testRegex: unitPatterns,
      setupFiles: ["<rootDir>/test/support/unit-tier.ts"],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...unitPatterns],
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
    },
  ],
  // One Neo4j serves every integration suite; running them one at a time keeps the 2-core machine responsive.
  // (maxWorkers is per run, not per project: `npm run test:unit` passes its own.)
  maxWorkers: 1,
  // Per run too (jest rejects it in a project).
  testTimeout: 60000,
};
