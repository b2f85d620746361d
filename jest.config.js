/** Tests run against one real, throwaway Neo4j started by test/support/global-setup.ts. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // tsconfig's isolatedModules makes ts-jest only transpile (much faster); `npm run typecheck` runs first.
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  // One Neo4j serves every suite; running them one at a time keeps the 2-core machine responsive.
  maxWorkers: 1,
  testTimeout: 60000,
};
