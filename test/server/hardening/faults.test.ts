/**
 * Faults. (a) Neo4j stops under a running server: requests fail fast with a clear error, /health turns 503,
 * and service returns by itself when Neo4j does, without a restart. This uses a Neo4j of its own, started and
 * stopped here, never the shared one. (b) SIGTERM: `src/main.ts` as a child process drains the request in
 * flight, closes the driver, says it stopped and exits 0.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "child_process";
import * as net from "net";
import * as path from "path";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../../src/graph/constraints";
import { connectToNeo4j } from "../../../src/neo4j/connection";
import { startHttpServer, type RunningServer } from "../../../src/server/app";
import { DATABASE_UNAVAILABLE } from "../../../src/server/format-error";
import { restartNeo4j, startThrowawayServer, testNeo4j, type ThrowawayServer } from "../../support/neo4j";
import { errorsOf, healthStatus, postJson, send } from "./helpers";
import { Graph } from "../../../src/graph/graph";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * With Neo4j down a request must answer in seconds, not hang: this is far above what a small driver retry
 * budget takes (about 3 s with the 2 s of src/neo4j/retry.ts) and far below the driver's default budget of 30 s.
 */
const FAIL_FAST_MS = 10_000;

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe("Neo4j stops while the server runs", () => {
  let neo4j: ThrowawayServer;
  let driver: Driver;
  let server: RunningServer;
  beforeAll(async () => {
    neo4j = await startThrowawayServer();
    const { uri, username, password } = neo4j.server;
    // The driver exactly as the application opens it (its timeouts are part of what is tested).
    driver = await connectToNeo4j({ uri, username, password, fix: "the throwaway server's password" });
    await applySchema(new Graph(driver)); // the full-text indexes searchStatements needs; the graph itself stays empty
    server = await startHttpServer({ driver, port: 0 });
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await driver?.close();
    await neo4j?.dispose();
  }, 120_000);

  const generated = "{ people(limit: 1) { id } }"; // @neo4j/graphql's Cypher, through a session
  const handWritten = '{ searchStatements(query: "federal law") { score } }'; // the fact-checking Cypher, an auto-commit read retried by src/neo4j/retry.ts

  test("requests fail fast and clearly, /health is 503, and service comes back by itself", async () => {
    expect(await postJson(server.url, { query: generated })).toMatchObject({ status: 200, json: { data: { people: [] } } });
    expect(await healthStatus(server.url)).toBe(200);

    await neo4j.server.stop();
    const timings: Record<string, number> = {};
    for (const [name, query] of [["generated", generated], ["hand-written", handWritten]]) {
      const started = Date.now();
      const response = await send(server.url, { body: JSON.stringify({ query }), headers: { "content-type": "application/json" }, timeoutMs: FAIL_FAST_MS }).catch((error: Error) => {
        throw new Error(
          `${name} query: no answer within ${FAIL_FAST_MS} ms with Neo4j down (${error.message}). Failed work is retried for ` +
            "RETRY.budgetMs (src/neo4j/retry.ts; the driver's default is 30 s), and a request waits all that time.",
        );
      });
      timings[name] = Date.now() - started;
      expect(response.status).toBe(200);
      expect(errorsOf(response.json)).toEqual([expect.objectContaining({ message: DATABASE_UNAVAILABLE, extensions: { code: "SERVICE_UNAVAILABLE" } })]);
    }
    expect(await healthStatus(server.url)).toBe(503);
    process.stdout.write(`faults: with Neo4j down, requests answered in ${JSON.stringify(timings)} ms\n`);

    // The same instance folder and port, as after a database restart.
    const restarted = await restartNeo4j(neo4j.server);
    try {
      await waitFor("/health to answer 200 again", async () => (await healthStatus(server.url)) === 200, 60_000);
      expect(await postJson(server.url, { query: generated })).toMatchObject({ status: 200, json: { data: { people: [] } } });
      expect(errorsOf((await postJson(server.url, { query: handWritten })).json)).toEqual([]);
    } finally {
      await restarted.stop();
    }
  }, 240_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe("SIGTERM", () => {
  let child: ChildProcessWithoutNullStreams | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  test("drains the request in flight, closes the driver, says it stopped and exits 0", async () => {
    const port = await freePort();
    const { uri, username, password } = testNeo4j();
    // node --import tsx: one process, so the signal reaches main.ts itself and not a wrapper.
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, PORT: String(port), HOST: "127.0.0.1" },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    await waitFor("the server to listen", async () => stdout.includes("GraphQL at"), 120_000);

    // A request in flight: headers and half the body sent, the rest still to come when SIGTERM arrives.
    const body = JSON.stringify({ query: '{ person(name: "Campbell") { name statements { text } } }' });
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    const half = Math.floor(body.length / 2);
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`);
    await new Promise((r) => setTimeout(r, 300));
    child.kill("SIGTERM");
    await waitFor("the shutdown to begin", async () => stdout.includes("SIGTERM: shutting down"), 10_000);
    await new Promise((r) => setTimeout(r, 500)); // the server is draining, the request still incomplete
    expect(child.exitCode).toBeNull();
    socket.write(body.slice(half)); // not end(): a client that half-closes gets no answer from Node's http server
    await closed;

    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toMatchObject({ data: { person: { name: "Linda Campbell" } } });
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/SIGTERM: shutting down[\s\S]*\[factgraph\] stopped/);
    // Nothing new is accepted once it has stopped.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 180_000);
});
