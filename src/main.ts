/**
 * `npm start`: the whole factgraph on one command. Without NEO4J_URI it starts the project-managed local Neo4j
 * (downloading it on first run); then it applies constraints and indexes, loads the seed graph if this version
 * of it is absent, and serves GraphQL until interrupted.
 */
import { applySchema } from "./graph/constraints";
import { loadSeed } from "./ingest/seed";
import { openGraphDatabase } from "./neo4j/connection";
import { startServer } from "./server/app";

function log(message: string): void {
  console.log(`[factgraph] ${message}`);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);

  const db = await openGraphDatabase({ log });
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) => {
    closing ??= (async () => {
      log(`${signal}: shutting down`);
      await server?.close().catch(() => undefined);
      await db.close();
      log("stopped");
    })();
    return closing;
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void shutdown(signal).then(() => process.exit(0), () => process.exit(1)));
  }

  try {
    await applySchema(db.driver, db.database);
    log("constraints and indexes in place");
    const seed = await loadSeed(db.driver, { database: db.database });
    log(seed.loaded ? `seed graph loaded (${seed.nodes} nodes, ${seed.relationships} relationships)` : "seed graph already loaded");
    server = await startServer({ driver: db.driver, database: db.database, port, host: process.env.HOST });
    log(`GraphQL at ${server.url}/graphql, playground at ${server.url}/, health at ${server.url}/health`);
  } catch (error) {
    await shutdown("error");
    throw error;
  }
}

main().catch((error: Error) => {
  console.error(`[factgraph] ${error.message}`);
  process.exit(1);
});
