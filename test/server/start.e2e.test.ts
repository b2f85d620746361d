/**
 * `npm start` on its embedded default, end to end: no NEO4J_URI, so it starts the project-managed Neo4j (from
 * the cached download), applies constraints, loads the seed graph, serves GraphQL and warms its queries; ctrl-C
 * then stops the server and that Neo4j, leaving no JVM behind. Its .neo4j folder is a temporary one
 * (FACTGRAPH_NEO4J_DIR) sharing only the downloaded jars, so the developer's own local Neo4j is never touched.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findFreePort } from "../../src/neo4j/local/ports";
import { neo4jRoot } from "../../src/neo4j/local/paths";
import { serverJvmPids } from "../support/neo4j";

const ROOT = path.resolve(__dirname, "../..");
let root: string;
let child: ChildProcessWithoutNullStreams | undefined;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-start-"));
  fs.symlinkSync(path.join(neo4jRoot(), "dist"), path.join(root, "dist"));
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  // Whatever happened above, no JVM of this test may outlive it.
  for (const pid of serverJvmPids(path.join(root, "local"))) process.kill(pid, "SIGKILL");
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

async function waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("starts its own Neo4j, loads the seed, serves GraphQL; ctrl-C stops both and leaves no JVM", async () => {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, FACTGRAPH_NEO4J_DIR: root, FACTGRAPH_NEO4J_BOLT_PORT: String(await findFreePort()), PORT: String(port) };
  for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[name];
  // node --import tsx: one process, as `npm start` runs tsx, so SIGINT reaches main.ts itself.
  child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
  await waitFor("the server to listen", () => output.includes("GraphQL at") || child!.exitCode !== null, 180_000);
  expect(output).toMatch(/Neo4j ready on bolt:\/\/127\.0\.0\.1:\d+/);
  expect(output).toMatch(/seed graph loaded \(\d+ nodes, \d+ relationships\)/);
  expect(serverJvmPids(path.join(root, "local"))).toHaveLength(1);

  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: '{ person(name: "Campbell") { name party } }' }),
  });
  expect(await response.json()).toEqual({ data: { person: { name: "Linda Campbell", party: "Democratic Party" } } });
  // Then it asks itself the queries users start with (src/server/warm-up.ts), each answering cleanly.
  await waitFor("the warm-up", () => /warmed up|warm-up:/.test(output), 60_000);
  expect(output).toMatch(/\[factgraph\] warmed up: \d+ queries in [\d.]+ s/);

  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(output).toMatch(/\[factgraph\] stopped/);
  expect(serverJvmPids(path.join(root, "local"))).toEqual([]);
}, 300_000);
