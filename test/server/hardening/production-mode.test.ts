/**
 * Production mode: introspection and the playground off unless asked for, internal errors masked, no stack
 * traces; and API keys never in logs. Against the real Neo4j; the internal error is a real Neo4j error (a
 * database that does not exist).
 */
import { randomBytes } from "crypto";
import { GraphQLError, locatedError } from "graphql";
import { errorFormatter } from "../../../src/server/format-error";
import { serverMode } from "../../../src/server/mode";
import { errorsOf, postJson, send, startApp, type HardenedApp } from "./helpers";

describe("serverMode", () => {
  test.each([
    [{}, { production: false, introspection: true, playground: true }],
    [{ NODE_ENV: "production" }, { production: true, introspection: false, playground: false }],
    [{ FACTGRAPH_MODE: "production" }, { production: true, introspection: false, playground: false }],
    [{ NODE_ENV: "production", FACTGRAPH_MODE: "development" }, { production: false, introspection: true, playground: true }],
    [{ NODE_ENV: "production", FACTGRAPH_INTROSPECTION: "true" }, { production: true, introspection: true, playground: false }],
    [{ FACTGRAPH_MODE: "production", FACTGRAPH_PLAYGROUND: "1" }, { production: true, introspection: false, playground: true }],
    [{ FACTGRAPH_INTROSPECTION: "false" }, { production: false, introspection: false, playground: true }],
  ])("%j gives %j", (env, expected) => {
    expect(serverMode(env)).toEqual(expected);
  });

  test("refuses values it does not understand", () => {
    expect(() => serverMode({ FACTGRAPH_MODE: "prod" })).toThrow('FACTGRAPH_MODE must be production or development, not "prod"');
    expect(() => serverMode({ FACTGRAPH_PLAYGROUND: "yes" })).toThrow('FACTGRAPH_PLAYGROUND must be true or false, not "yes"');
  });
});

const INTROSPECTION = "{ __schema { queryType { name } } }";
const LOOKUP = '{ person(name: "Campbell") { name } }';

/** Builds a server while NODE_ENV says development, the setting in which Apollo would send stack traces. */
async function startInDevelopmentEnv(options: Parameters<typeof startApp>[0]): Promise<HardenedApp> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "development";
  try {
    return await startApp(options);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

describe("in production", () => {
  let prod: HardenedApp;
  let prodMissingDb: HardenedApp;
  let devMissingDb: HardenedApp;
  let logged: jest.SpyInstance;
  beforeAll(async () => {
    const production = serverMode({ FACTGRAPH_MODE: "production" });
    prod = await startInDevelopmentEnv({ mode: production });
    // A database that does not exist: every generated query fails inside Neo4j.
    prodMissingDb = await startInDevelopmentEnv({ mode: production, database: "nosuchdatabase" });
    devMissingDb = await startInDevelopmentEnv({ mode: serverMode({}), database: "nosuchdatabase" });
  });
  beforeEach(() => {
    logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());
  afterAll(async () => {
    await prod?.close();
    await prodMissingDb?.close();
    await devMissingDb?.close();
  });

  test("introspection is refused, ordinary queries and __typename work", async () => {
    const refused = await postJson(prod.url, { query: INTROSPECTION });
    expect(errorsOf(refused.json)[0]).toMatchObject({ message: expect.stringMatching(/introspection is not allowed/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect((await postJson(prod.url, { query: `{ __typename ${LOOKUP.slice(1)}` })).json).toEqual({ data: { __typename: "Query", person: { name: "Linda Campbell" } } });
  });

  test("the playground is not served", async () => {
    const page = await fetch(`${prod.url}/`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  test("FACTGRAPH_INTROSPECTION=true and FACTGRAPH_PLAYGROUND=true turn them back on", async () => {
    const open = await startApp({ mode: serverMode({ NODE_ENV: "production", FACTGRAPH_INTROSPECTION: "true", FACTGRAPH_PLAYGROUND: "true" }) });
    try {
      expect((await postJson(open.url, { query: INTROSPECTION })).json).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
      const page = await fetch(`${open.url}/`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/graphiql/i);
    } finally {
      await open.close();
    }
  });

  test("a Neo4j error is masked as Internal server error, without a stack trace, and logged for the operator", async () => {
    const response = await postJson(prodMissingDb.url, { query: "{ people(limit: 1) { name } }" });
    expect(errorsOf(response.json)).toEqual([{ message: "Internal server error", locations: [{ line: 1, column: 3 }], path: ["people"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    expect(response.text).not.toMatch(/nosuchdatabase|stacktrace|Neo4j|at /);
    expect(logged.mock.calls.flat().join("\n")).toMatch(/internal error at people: .*nosuchdatabase/);
  });

  test("in development the same error keeps its message and its stack trace", async () => {
    const [error] = errorsOf((await postJson(devMissingDb.url, { query: "{ people(limit: 1) { name } }" })).json);
    expect(error.message).toMatch(/nosuchdatabase/);
    expect(error.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/^\s+at /)]));
  });

  test("user errors keep their messages and codes, with no stack trace", async () => {
    const empty = await postJson(prod.url, { query: '{ searchStatements(query: "   ") { score } }' });
    expect(errorsOf(empty.json)).toEqual([expect.objectContaining({ message: "query must not be empty", extensions: { code: "BAD_USER_INPUT" } })]);
    const invalid = await postJson(prod.url, { query: "{ persn(name: 1) { name } }" });
    const [validation] = errorsOf(invalid.json);
    expect(validation).toMatchObject({ message: expect.stringMatching(/^Cannot query field "persn" on type "Query"/), extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(validation.message).not.toMatch(/Did you mean/); // suggestions would reveal the schema introspection hides
    const coercion = await postJson(prod.url, { query: "query ($n: String!) { person(name: $n) { name } }", variables: { n: 5 } });
    expect(errorsOf(coercion.json)[0]).toMatchObject({ message: expect.stringMatching(/Variable "\$n" got invalid value 5/), extensions: { code: "BAD_USER_INPUT" } });
    for (const r of [empty, invalid, coercion]) expect(r.text).not.toMatch(/stacktrace/);
    expect(logged).not.toHaveBeenCalled();
  });

  test("an UNAUTHENTICATED error from a resolver keeps its message", () => {
    const format = errorFormatter(serverMode({ NODE_ENV: "production" }), () => undefined);
    const thrown = new GraphQLError("writes need an API key: send Authorization: Bearer <key>", { extensions: { code: "UNAUTHENTICATED" } });
    const located = locatedError(thrown, undefined, ["ingestArticle"]);
    const formatted = format({ message: located.message, path: ["ingestArticle"], extensions: { code: "UNAUTHENTICATED", stacktrace: ["at x"] } }, located);
    expect(formatted).toEqual({ message: "writes need an API key: send Authorization: Bearer <key>", path: ["ingestArticle"], extensions: { code: "UNAUTHENTICATED" } });
  });
});

describe("API keys never reach the logs", () => {
  const key = `fg-test-${randomBytes(16).toString("hex")}`;
  const other = `fg-wrong-${randomBytes(16).toString("hex")}`;
  let app: HardenedApp;
  let failing: HardenedApp;
  beforeAll(async () => {
    app = await startApp({ apiKeys: `${key},another-key` });
    failing = await startApp({ apiKeys: key, database: "nosuchdatabase", mode: serverMode({ FACTGRAPH_MODE: "production" }) });
  });
  afterAll(async () => {
    await app?.close();
    await failing?.close();
  });

  test("whatever the request, its Authorization header is not printed", async () => {
    const printed: string[] = [];
    const capture = (...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
      return true;
    };
    const spies = [
      ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => jest.spyOn(console, m).mockImplementation(capture)),
      jest.spyOn(process.stdout, "write").mockImplementation(capture),
      jest.spyOn(process.stderr, "write").mockImplementation(capture),
    ];
    const bodies: string[] = [];
    try {
      for (const authorization of [`Bearer ${key}`, `bearer   ${key}  `, `Bearer ${other}`, key, `Basic ${Buffer.from(`u:${key}`).toString("base64")}`]) {
        const headers = { authorization, "content-type": "application/json" };
        for (const target of [app, failing]) {
          const responses = await Promise.all([
            send(target.url, { body: JSON.stringify({ query: LOOKUP }), headers }),
            send(target.url, { body: JSON.stringify({ query: "{ people(limit: 1) { name } }" }), headers }),
            send(target.url, { body: JSON.stringify({ query: "{ nope }" }), headers }),
            send(target.url, { body: '{"query": "{ people { name } ', headers }),
            send(target.url, { body: JSON.stringify({ query: LOOKUP, pad: "x".repeat(2 * 1024 * 1024) }), headers }),
            send(target.url, { body: "{}", headers: { ...headers, "content-type": "application/json; charset=klingon" } }),
          ]);
          bodies.push(...responses.map((r) => r.text));
        }
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // The failing server logged its internal errors: the capture works, and what it caught is key-free.
    expect(printed.join("\n")).toMatch(/internal error/);
    expect(printed.join("\n")).not.toContain(key);
    expect(printed.join("\n")).not.toContain(other);
    expect(bodies.join("\n")).not.toContain(key);
  });
});
