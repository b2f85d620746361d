/**
 * The endpoint's own part, with Apollo Server replaced by a stand-in: what it hands Apollo, what it sends
 * back, and its answer when Apollo fails. The real server's protocol and limits are in hardening/.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext, HTTPGraphQLRequest, HTTPGraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import { graphqlEndpoint, isGraphqlRequest } from "../../src/server/graphql-endpoint";

type Execute = (args: { httpGraphQLRequest: HTTPGraphQLRequest; context: () => Promise<BaseContext> }) => Promise<HTTPGraphQLResponse>;

async function serve(execute: Execute, log: string[] = []) {
  const apollo = { executeHTTPGraphQLRequest: execute } as unknown as ApolloServer<BaseContext>;
  const contexts: string[] = [];
  const endpoint = graphqlEndpoint(apollo, {
    maxBodyBytes: 100,
    context: async (req) => {
      contexts.push(req.url ?? "");
      return {};
    },
    log: (m) => log.push(m),
  });
  const server = http.createServer(endpoint);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, contexts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const complete = (status: number, body: string): HTTPGraphQLResponse => ({
  status,
  headers: new HeaderMap([["content-type", "application/json; charset=utf-8"]]),
  body: { kind: "complete", string: body },
});

/** An incremental answer: `parts`, then `failure` thrown if given. */
const chunked = (parts: string[], failure?: Error): HTTPGraphQLResponse => ({
  status: 200,
  headers: new HeaderMap([["content-type", "multipart/mixed; boundary=-"]]),
  body: {
    kind: "chunked",
    asyncIterator: (async function* () {
      yield* parts;
      if (failure) throw failure;
    })(),
  },
});

test("hands Apollo the method, headers, query string and parsed JSON body, and sends its answer with a length", async () => {
  let seen: HTTPGraphQLRequest | undefined;
  const server = await serve(async ({ httpGraphQLRequest, context }) => {
    seen = httpGraphQLRequest;
    await context();
    return complete(201, '{"data":{"ok":"é"}}');
  });
  try {
    const response = await fetch(`${server.url}?x=1`, {
      method: "POST",
      headers: [
        ["content-type", "application/json"],
        ["x-many", "a"],
        ["x-many", "b"],
      ],
      body: '{"query":"{ ok }"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength('{"data":{"ok":"é"}}')));
    expect(await response.json()).toEqual({ data: { ok: "é" } });
    expect(seen).toMatchObject({ method: "POST", search: "?x=1", body: { query: "{ ok }" } });
    expect(seen!.headers.get("x-many")).toBe("a, b");
    expect(server.contexts).toEqual(["/graphql?x=1"]);
  } finally {
    await server.close();
  }
});

test("a body it cannot read is a JSON 4xx that Apollo never sees; an Apollo failure is a logged 500 that says nothing more", async () => {
  const log: string[] = [];
  let calls = 0;
  const server = await serve(async () => {
    calls++;
    throw new Error("secret detail");
  }, log);
  try {
    const post = (body: string) => fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body });
    const tooLarge = await post(JSON.stringify({ query: "x".repeat(200) }));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ errors: [{ message: "the request body is larger than the limit of 100 bytes", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    const notJson = await post("{ query");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/^the request body is not valid JSON: /);
    expect(calls).toBe(0);

    const failed = await post('{"query":"{ ok }"}');
    expect(failed.status).toBe(500);
    expect(failed.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await failed.json()).toEqual({ errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(log).toEqual(["[factgraph] error answering a request: secret detail"]);
  } finally {
    await server.close();
  }
});

test("streams an incremental answer chunk by chunk", async () => {
  const server = await serve(async () => chunked(["first;", "second"]));
  try {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.headers.get("content-length")).toBeNull();
    expect(await response.text()).toBe("first;second");
  } finally {
    await server.close();
  }
});

test("an incremental answer that fails part way is cut short, and the failure logged", async () => {
  const log: string[] = [];
  const server = await serve(async () => chunked(["first;"], new Error("lost the database")), log);
  try {
    // The connection closes without the end of the answer (the first chunk may not even have left).
    await expect(fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.text())).rejects.toThrow();
    expect(log).toEqual(["[factgraph] error answering a request: lost the database"]);
  } finally {
    await server.close();
  }
});

test("the endpoint's paths", () => {
  const yes = ["/graphql", "/graphql/", "/graphql?query={a}", "/graphql/?x", "http://127.0.0.1:4000/graphql?x"];
  expect(yes.filter((url) => !isGraphqlRequest(url))).toEqual([]);
  const no = ["/", "/graphqlx", "/graphql/more", "/explorer", "/GRAPHQL", "*", "graphql", "http://127.0.0.1:4000/", undefined];
  expect(no.filter((url) => isGraphqlRequest(url))).toEqual([]);
});
