/**
 * The server under test, as its own process so its memory is its own: src/server/app.ts `startHttpServer` on the
 * bench Neo4j given by BENCH_NEO4J_URI / BENCH_NEO4J_USERNAME / BENCH_NEO4J_PASSWORD, on PORT. Prints
 * "listening <url>" once it serves; SIGTERM drains and exits. bench/run.ts starts it.
 */
import neo4j from "neo4j-driver";
import { closeSentenceEncoder } from "../src/embedding/encoder";
import { startHttpServer } from "../src/server/app";

async function main(): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error("BENCH_NEO4J_URI is not set: bench/run.ts starts this process");
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.BENCH_NEO4J_USERNAME ?? "neo4j", process.env.BENCH_NEO4J_PASSWORD ?? ""));
  await driver.verifyConnectivity();
  const server = await startHttpServer({ driver, port: Number(process.env.PORT ?? 0) });
  process.stdout.write(`listening ${server.url}\n`);
  process.on("SIGTERM", () => {
    void server
      .close()
      .then(() => closeSentenceEncoder())
      .then(() => driver.close())
      .then(() => process.exit(0), () => process.exit(1));
  });
}

main().catch((error: Error) => {
  console.error(`[bench:serve] ${error.message}`);
  process.exit(1);
});
