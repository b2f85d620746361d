/**
 * The HTTP server: GraphQL at POST /graphql (Apollo Server 5 on Express 5), the offline playground at GET /,
 * and GET /health.
 */
import * as http from "http";
import type { AddressInfo } from "net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Driver } from "neo4j-driver";
import type { FactgraphContext } from "../graphql/context";
import { buildSchema } from "../graphql/schema";
import { identifyCaller, parseApiKeys } from "./auth";
import { health } from "./health";
import { playground } from "./playground";
import { EXAMPLE_QUERY } from "./example-query";

export interface ServerOptions {
  driver: Driver;
  /** The Neo4j database to use; the server's default when undefined. */
  database?: string;
  port: number;
  /** Defaults to loopback: factgraph listens publicly only when told to. */
  host?: string;
  /** Accepted write keys; defaults to FACTGRAPH_API_KEYS. */
  apiKeys?: string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema: await buildSchema(options.driver),
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const sessionConfig = options.database ? { database: options.database } : undefined;
  const reader = { driver: options.driver, database: options.database };
  const apiKeys = parseApiKeys(options.apiKeys ?? process.env.FACTGRAPH_API_KEYS);
  app.get("/health", health(options.driver, options.database));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<FactgraphContext & { req: unknown }> => ({
        req,
        sessionConfig,
        reader,
        caller: identifyCaller(req.headers.authorization, apiKeys),
        loaders: new Map(),
      }),
    }),
  );
  app.use("/", playground({ endpoint: "/graphql", defaultQuery: EXAMPLE_QUERY, title: "factgraph" }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") throw new Error(`port ${options.port} is taken: stop what uses it, or set PORT to another port`);
    throw error;
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () => apollo.stop(),
  };
}
