/**
 * The peer: what a user would otherwise pick, plain @neo4j/graphql over the same graph and the same SDL, served by
 * Apollo Server's standalone server with none of factgraph's resolvers, reads or plugins. Started like bench/serve.ts (BENCH_NEO4J_*,
 * PORT); prints "listening <url>". Operations it cannot express (the hand-written fields) answer with errors,
 * and bench/run.ts leaves them without a peer figure.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { typeDefs } from "../src/graphql/sdl";

async function main(): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error("BENCH_NEO4J_URI is not set: bench/run.ts starts this process");
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.BENCH_NEO4J_USERNAME ?? "neo4j", process.env.BENCH_NEO4J_PASSWORD ?? ""));
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, { listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" } });
  process.stdout.write(`listening ${url.replace(/\/$/, "")}\n`);
  process.on("SIGTERM", () => {
    void apollo
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0), () => process.exit(1));
  });
}

main().catch((error: Error) => {
  console.error(`[bench:peer] ${error.message}`);
  process.exit(1);
});
