/** Jest global teardown: stops the throwaway Neo4j of global-setup.ts and deletes its folder. */
import fs from "node:fs";
import { stopNeo4j } from "../../src/neo4j/local/lifecycle";
import { TEST_INSTANCE_ENV, type ThrowawayServer } from "./neo4j";

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __factgraphNeo4j?: ThrowawayServer };
  const test = holder.__factgraphNeo4j;
  if (test) {
    holder.__factgraphNeo4j = undefined;
    await test.dispose();
    return;
  }
  // Fallback if the global was lost: the instance folder is enough to stop it.
  const dir = process.env[TEST_INSTANCE_ENV];
  if (dir) {
    await stopNeo4j(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
