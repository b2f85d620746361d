/**
 * GraphQL over HTTP: graphql-http's server audit suite against the real server. No MUST fails, no SHOULD
 * warns; what remains are three MAY notices, all GET requests that Apollo's CSRF prevention blocks (a GET
 * needs an `apollo-require-preflight` or `x-apollo-operation-name` header), kept on purpose.
 */
import * as net from "node:net";
import { serverAudits, type AuditResult } from "graphql-http";
import { acceptsOnlyLegacyJson } from "../../../src/server/protocol";
import { errorsOf, postJson, send, startApp, type HardenedApp } from "./helpers";

let app: HardenedApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.close());

/** The notices that stay: GETs without a preflight header, refused by CSRF prevention. */
const KNOWN_NOTICES = [
  "MAY accept application/x-www-form-urlencoded formatted GET requests",
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json",
  "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json",
];

test("the graphql-http audits: no MUST failures, no warnings, only the CSRF notices", async () => {
  const results: AuditResult[] = [];
  for (const audit of serverAudits({ url: `${app.url}/graphql`, fetchFn: fetch })) results.push(await audit.fn());
  const summary = (status: AuditResult["status"]) => results.flatMap((r) => (r.status === status && r.status !== "ok" ? [`${r.name}: ${r.reason}`] : []));
  expect(results.length).toBeGreaterThan(50);
  expect(summary("error")).toEqual([]);
  expect(summary("warn")).toEqual([]);
  expect(results.filter((r) => r.status === "notice").map((r) => r.name)).toEqual(KNOWN_NOTICES);
});

describe("status codes follow the media type", () => {
  const parseFailure = { query: "{" };
  test("application/json (or no Accept): a request error is 200, as the spec advises", async () => {
    for (const accept of [undefined, "application/json", "*/*", "application/json, text/plain;q=0.5"]) {
      const response = await postJson(app.url, parseFailure, accept ? { accept } : {});
      expect({ accept, status: response.status, type: response.contentType }).toEqual({ accept, status: 200, type: "application/json; charset=utf-8" });
      expect(errorsOf(response.json)[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    }
  });

  test("application/graphql-response+json: a request error stays 400", async () => {
    for (const accept of ["application/graphql-response+json", "application/graphql-response+json, application/json"]) {
      const response = await postJson(app.url, parseFailure, { accept });
      expect({ accept, status: response.status, type: response.contentType }).toEqual({ accept, status: 400, type: "application/graphql-response+json; charset=utf-8" });
    }
  });

  test("acceptsOnlyLegacyJson", () => {
    expect(acceptsOnlyLegacyJson(undefined)).toBe(true);
    expect(acceptsOnlyLegacyJson("application/*")).toBe(true);
    expect(acceptsOnlyLegacyJson("application/json;q=0, */*")).toBe(false);
    expect(acceptsOnlyLegacyJson("text/html")).toBe(false);
    expect(acceptsOnlyLegacyJson("application/json, application/graphql-response+json;q=0.9")).toBe(false);
  });
});

test("answers, errors included, are never cached", async () => {
  for (const query of ["{ __typename }", "{"]) {
    const response = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    expect({ query, cacheControl: response.headers.get("cache-control") }).toEqual({ query, cacheControl: "no-store" });
  }
});

test("no response names the server's framework (X-Powered-By)", async () => {
  for (const path of ["/graphql", "/health", "/", "/explorer", "/no-such-page"]) {
    const response = await fetch(`${app.url}${path}`, path === "/graphql" ? { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' } : {});
    expect({ path, poweredBy: response.headers.get("x-powered-by") }).toEqual({ path, poweredBy: null });
  }
});

test("a path nothing is served at is a JSON 404 that says what is (a typo of /graphql included)", async () => {
  for (const [method, path] of [["POST", "/graphq"], ["POST", "/graphql/extra"], ["GET", "/no-such-page"], ["DELETE", "/health"]]) {
    const response = await fetch(`${app.url}${path}`, method === "POST" ? { method, headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' } : { method });
    expect({ path, status: response.status, type: response.headers.get("content-type") }).toEqual({ path, status: 404, type: "application/json; charset=utf-8" });
    expect(await response.json()).toEqual({
      errors: [{ message: `nothing is served at ${method} ${path}; factgraph serves POST /graphql (GraphQL), GET / (the playground), GET /explorer, GET /health`, extensions: { code: "NOT_FOUND" } }],
    });
  }
});

test("a request whose target is an absolute URL (RFC 9112, 3.2.2: servers must accept one) reaches GraphQL", async () => {
  const { host, port } = new URL(app.url);
  const body = '{"query":"{ __typename }"}';
  const socket = net.connect(Number(port), "127.0.0.1");
  let answer = "";
  socket.on("data", (chunk) => (answer += chunk.toString()));
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.write(`POST ${app.url}/graphql HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`);
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ data: { __typename: "Query" } });
});

describe("CSRF prevention is as strict as Apollo made it", () => {
  test("a simple POST (text/plain, as a form or fetch without preflight can send) is refused", async () => {
    const response = await send(app.url, { body: JSON.stringify({ query: "{ __typename }" }), headers: { "content-type": "text/plain" } });
    expect(response.status).toBe(400);
    expect(errorsOf(response.json)[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  test("a GET without a preflight header is refused, with one it is served", async () => {
    const url = `${app.url}/graphql?query=${encodeURIComponent("{ __typename }")}`;
    expect((await fetch(url)).status).toBe(400);
    const allowed = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(await allowed.json()).toEqual({ data: { __typename: "Query" } });
  });
});
