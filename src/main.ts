/**
 * `npm start`: the whole factgraph on one command. Without NEO4J_URI it starts the project-managed local Neo4j
 * (downloading it on first run); then it applies constraints and indexes, loads the seed graph if this version
 * of it is absent, and serves GraphQL until interrupted. On SIGINT or SIGTERM it drains in-flight requests,
 * closes the driver, and stops the Neo4j it started, in that order.
 */
import { closeSentenceEncoder, sentenceEncoder } from "./embedding/encoder";
import { applySchema } from "./graph/constraints";
import { Graph } from "./graph/graph";
import { embedMissingClaims } from "./import/claimreview";
import { loadSeed } from "./seed/seed";
import { openGraphDatabase, type GraphDatabase } from "./neo4j/connection";
import { startHttpServer, type RunningServer } from "./server/app";
import { corsOrigins } from "./server/cors";
import { queryLimits } from "./server/limits";
import { flag, serverMode } from "./server/mode";
import { warmUp } from "./server/warm-up";

function log(message: string): void {
  console.log(`[factgraph] ${message}`);
}

let db: GraphDatabase | undefined;
let server: RunningServer | undefined;
let stopping: Promise<void> | undefined;

function stop(reason: string): Promise<void> {
  stopping ??= (async () => {
    if (!db && !server) return;
    log(`${reason}: shutting down`);
    await server?.close().catch((error: Error) => log(`while draining requests: ${error.message}`));
    await closeSentenceEncoder();
    await db?.close();
    log("stopped");
  })();
  return stopping;
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  // Read now, so a mistyped FACTGRAPH_* setting stops us before Neo4j is started.
  const mode = serverMode();
  const limits = queryLimits();
  const cors = corsOrigins();
  const warm = flag(process.env, "FACTGRAPH_WARM_UP", true);
  // graphql-js 16 can orphan a promise: when one item of a list (or one field of an object) fails at once while
  // another is still pending, the pending one's later rejection has no handler (fixed in graphql-js 17, which
  // Apollo 5 does not support). The request has already been answered with the error, so log it and keep
  // serving: Node's default, exiting, would let one odd query take the service down for everyone.
  process.on("unhandledRejection", (reason) => {
    log(`a rejection no one awaited, after its request was answered: ${reason instanceof Error ? reason.message : String(reason)}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second signal while stopping means: do not wait.
      if (stopping) process.exit(130);
      void stop(signal).then(() => process.exit(0), () => process.exit(1));
    });
  }

  // The sentence-embedding model (factChecks) downloads while Neo4j starts; without it the rest still serves.
  const encoder = sentenceEncoder(log).catch((error: Error) => {
    log(`factChecks will fail until the sentence-embedding model is in place: ${error.message}`);
    return undefined;
  });
  db = await openGraphDatabase({ log, handleSignals: false });
  const graph = new Graph(db.driver, db.database);
  await applySchema(graph);
  log("constraints and indexes in place");
  const seed = await loadSeed(graph);
  log(seed.loaded ? `seed graph loaded (${seed.nodes} nodes, ${seed.relationships} relationships)` : "seed graph already loaded");
  server = await startHttpServer({ driver: db.driver, database: db.database, port, host: process.env.HOST, mode, limits, corsOrigins: cors });
  const playground = mode.playground ? `, playground at ${server.url}/` : "";
  log(`GraphQL at ${server.url}/graphql${playground}, health at ${server.url}/health${mode.production ? " (production mode)" : ""}`);
  // Fact-checks imported before embeddings get theirs while the server answers.
  if (await encoder) void embedMissingClaims(graph, log).catch((error: Error) => log(`embedding fact-checked claims: ${error.message}`));
  if (!warm) return;
  const report = await warmUp(`${server.url}/graphql`, () => stopping !== undefined);
  if (stopping) return;
  if (report.problems.length) log(`warm-up: ${report.problems.length} of ${report.queries} queries failed: ${report.problems.join("; ")}`);
  else log(`warmed up: ${report.queries} queries in ${(report.ms / 1000).toFixed(1)} s`);
}

main().catch(async (error: Error) => {
  console.error(`[factgraph] ${error.message}`);
  await stop("error").catch(() => undefined);
  process.exit(1);
});
