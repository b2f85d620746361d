/**
 * The HTTP server: GraphQL at /graphql (Apollo Server 5 on Node's http, graphql-endpoint.ts), and on Express 5
 * the offline playground at GET /, the explorer at /explorer and GET /health.
 */
import * as http from "http";
import type { AddressInfo } from "net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import express from "express";
import type { Driver } from "neo4j-driver";
import { Graph } from "../graph/graph";
import type { FactgraphContext } from "../graphql/context";
import { buildSchema } from "../graphql/schema";
import { ExtractionPool } from "../ingest/extract-pool";
import { identifyCaller, parseApiKeys } from "./auth";
import { BOOKMARK_HEADER, catchingUp, requestBookmarks } from "./bookmarks";
import { cors, corsOrigins, type CorsOrigins } from "./cors";
import { health } from "./health";
import { queryLimits, type QueryLimits } from "./limits";
import { protection } from "./plugins/query-limits";
import { errorFormatter } from "./format-error";
import { serverMode, type ServerMode } from "./mode";
import { GRAPHQL_PATH, graphqlEndpoint, isGraphqlRequest } from "./graphql-endpoint";
import { legacyJsonStatus } from "./plugins/legacy-json-status";
import { noStore } from "./plugins/no-store";
import { explorer } from "../explorer";
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
  /** Production or development (mode.ts); defaults to NODE_ENV / FACTGRAPH_MODE. */
  mode?: ServerMode;
  /** Query and request limits (limits.ts); default to the FACTGRAPH_MAX_* variables. */
  limits?: QueryLimits;
  /** Origins whose pages may call /graphql from a browser (cors.ts); defaults to FACTGRAPH_CORS_ORIGINS. */
  corsOrigins?: CorsOrigins;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  // "X-Powered-By: Express" on every response tells a scanner what to try; nothing needs it.
  const app = express().disable("x-powered-by");
  // Its request listener is added once Apollo Server has started.
  const httpServer = http.createServer();
  const mode = options.mode ?? serverMode();
  const limits = options.limits ?? queryLimits();
  const guard = protection(limits, { hideSuggestions: !mode.introspection });
  const apollo = new ApolloServer<FactgraphContext>({
    schema: await buildSchema(options.driver),
    introspection: mode.introspection,
    // Production never sends stack traces; otherwise Apollo's default (on, except under NODE_ENV=test).
    includeStacktraceInErrorResponses: mode.production ? false : undefined,
    formatError: errorFormatter(mode),
    parseOptions: guard.parseOptions,
    validationRules: guard.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      legacyJsonStatus(),
      noStore(),
      ...guard.plugins,
      // Apollo's default cache-control plugin runs a hook on every resolved field to merge @cacheControl hints;
      // the schema declares none, so each response was always `no-store` (noStore() keeps that header).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const graph = new Graph(options.driver, options.database);
  const apiKeys = parseApiKeys(options.apiKeys ?? process.env.FACTGRAPH_API_KEYS);
  const caughtUp = catchingUp(limits.maxBookmarked);
  const extraction = new ExtractionPool();
  const endpoint = graphqlEndpoint(apollo, {
    maxBodyBytes: limits.maxBodyBytes,
    context: async (req): Promise<FactgraphContext> => {
      const bookmarks = requestBookmarks(req.headers[BOOKMARK_HEADER]);
      const following = graph.after(bookmarks);
      if (bookmarks) await caughtUp(following);
      return {
        graph: following,
        sessionConfig: following.sessionConfig,
        caller: identifyCaller(req.headers.authorization, apiKeys),
        loaders: new Map(),
        extraction,
      };
    },
  });
  const crossOrigin = cors(options.corsOrigins ?? corsOrigins());
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isGraphqlRequest(req.url)) app(req, res);
    else if (!crossOrigin(req, res)) endpoint(req, res);
  });
  app.get("/health", health(graph));
  app.use("/explorer", explorer());
  if (mode.playground) app.use("/", playground({ endpoint: GRAPHQL_PATH, defaultQuery: EXAMPLE_QUERY, title: "factgraph" }));
  // Anything else: a JSON 404 that says where things are, in the shape of the API's other errors (Express's own
  // is an HTML "Cannot POST /graphq", which a client parsing JSON chokes on).
  const served = [`POST ${GRAPHQL_PATH} (GraphQL)`, ...(mode.playground ? ["GET / (the playground)"] : []), "GET /explorer", "GET /health"].join(", ");
  app.use((req, res) => {
    res.status(404).json({ errors: [{ message: `nothing is served at ${req.method} ${req.path}; factgraph serves ${served}`, extensions: { code: "NOT_FOUND" } }] });
  });

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
    // Apollo drains the requests in flight first, so no ingest is waiting on the pool when it closes.
    close: async () => {
      try {
        await apollo.stop();
      } finally {
        await extraction.close();
      }
    },
  };
}
