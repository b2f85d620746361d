/**
 * Jest global setup: one throwaway Neo4j for the whole run, unless NEO4J_URI points at an existing server.
 * It runs in jest's parent process; test files (in band, or workers spawned afterwards) inherit process.env.
 */
import { ensureModel } from "../../src/embedding/model";
import { startThrowawayServer, TEST_INSTANCE_ENV, type ThrowawayServer } from "./neo4j";

const log = (msg: string): void => {
  process.stderr.write(`[neo4j] ${msg}\n`);
};

export default async function globalSetup(): Promise<void> {
  // Once here, not in each test file at the same time: factChecks and the import need the embedding model.
  await ensureModel(log);
  if (process.env.NEO4J_URI) {
    log(`Tests use the Neo4j at ${process.env.NEO4J_URI} (NEO4J_URI); its data may be modified.`);
    return;
  }
  log("Starting a throwaway Neo4j for the tests (set NEO4J_URI to use an existing one) …");
  const test = await startThrowawayServer({ log });
  process.env.NEO4J_URI = test.server.uri;
  process.env.NEO4J_USERNAME = test.server.username;
  process.env.NEO4J_PASSWORD = test.server.password;
  process.env[TEST_INSTANCE_ENV] = test.server.dir;
  // globalSetup and globalTeardown share this global (same context); test files do not see it.
  (globalThis as { __factgraphNeo4j?: ThrowawayServer }).__factgraphNeo4j = test;
}
