/** Shared by the hardening suites: a server with chosen options, raw HTTP, and what a GraphQL answer must look like. */
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../../src/graph/constraints";
import { loadSeed } from "../../../src/seed/seed";
import { startHttpServer, type ServerOptions } from "../../../src/server/app";
import { testDriver } from "../../support/app";
import { Graph } from "../../../src/graph/graph";

export interface HardenedApp {
  url: string;
  driver: Driver;
  close(): Promise<void>;
}

/** Like startTestApp, with server options (mode, limits, keys, database) of the test's choosing. */
export async function startApp(options: Omit<Partial<ServerOptions>, "driver" | "port"> = {}): Promise<HardenedApp> {
  const driver = testDriver();
  await applySchema(new Graph(driver));
  await loadSeed(new Graph(driver));
  const server = await startHttpServer({ driver, port: 0, ...options });
  return {
    url: server.url,
    driver,
    close: async () => {
      await server.close();
      await driver.close();
    },
  };
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON. */
  json?: unknown;
}

/** One request to /graphql, exactly as given (body string, headers), with nothing added. */
export async function send(
  url: string,
  init: { method?: string; search?: string; body?: string; headers?: Record<string, string>; timeoutMs?: number },
): Promise<RawResponse> {
  const response = await fetch(`${url}/graphql${init.search ? `?${init.search}` : ""}`, {
    method: init.method ?? "POST",
    body: init.body,
    headers: init.headers,
    signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  let json: unknown;
  if (/json/.test(contentType)) json = JSON.parse(text);
  return { status: response.status, contentType, text, json };
}

export const postJson = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(url, { body: JSON.stringify(payload), headers: { "content-type": "application/json", ...headers } });

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Why `body` is not a well-formed GraphQL response (data and/or errors, nothing else at the top but
 * extensions; every error an object with a string message), or undefined when it is one.
 */
export function malformation(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "not a JSON object";
  const keys = Object.keys(body);
  if (!keys.includes("data") && !keys.includes("errors")) return "neither data nor errors";
  const extra = keys.filter((k) => !["data", "errors", "extensions"].includes(k));
  if (extra.length) return `unexpected keys ${extra.join(", ")}`;
  const { data, errors } = body as GraphQLBody;
  if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) return "data is not an object";
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) return "errors is not a non-empty list";
    if (!errors.every((e) => typeof e === "object" && e !== null && typeof e.message === "string")) return "an error without a message";
  }
  return undefined;
}

export function errorsOf(body: unknown): { message: string; extensions?: Record<string, unknown> }[] {
  return (body as GraphQLBody).errors ?? [];
}

export async function healthStatus(url: string): Promise<number> {
  return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) })).status;
}
