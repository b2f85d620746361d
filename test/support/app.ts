/**
 * The real factgraph server for tests: on the throwaway Neo4j that global-setup started, with constraints and
 * the seed graph loaded, listening on a free port.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { applySchema } from "../../src/graph/constraints";
import { loadSeed } from "../../src/seed/seed";
import { startHttpServer } from "../../src/server/app";
import { requireIntegrationTier } from "./tier";
import { Graph } from "../../src/graph/graph";

export function testDriver(): Driver {
  requireIntegrationTier("testDriver()");
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("NEO4J_URI is not set: the tests' global setup should have started a Neo4j");
  return neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
}

export interface TestApp {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

/** `apiKeys`: the write keys the server accepts (comma-separated), as FACTGRAPH_API_KEYS would give them. */
export async function startTestApp(options?: { apiKeys?: string }): Promise<TestApp> {
  const driver = testDriver();
  await applySchema(new Graph(driver));
  await loadSeed(new Graph(driver));
  const server = await startHttpServer({ driver, port: 0, apiKeys: options?.apiKeys });
  return {
    url: server.url,
    driver,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs one GraphQL operation and returns the parsed response body. */
export async function graphql<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like `graphql`, but fails the test on any GraphQL error. */
export async function query<T = Record<string, unknown>>(url: string, text: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await graphql<T>(url, text, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
