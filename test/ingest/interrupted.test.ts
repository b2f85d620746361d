/**
 * An ingest interrupted midway, by killing the process or by losing Neo4j, leaves no half-written article, and
 * running it again completes the job: the graph ends exactly as after one uninterrupted run. If an article could
 * be half-written, the second run would skip it as "already there" and the graphs would differ. The real CLI
 * (`npm run ingest`) runs as a child process, against a Neo4j of this suite's own.
 */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Driver } from "neo4j-driver";
import { connectToNeo4j } from "../../src/neo4j/connection";
import { evalTexts } from "../../src/ingest/eval";
import type { Neo4jServer } from "../../src/neo4j/local/lifecycle";
import { restartNeo4j, serverJvmPids, startThrowawayServer, type ThrowawayServer } from "../support/neo4j";

const ROOT = path.resolve(__dirname, "../..");

let neo4j: ThrowawayServer;
let restarted: Neo4jServer | undefined;
let driver: Driver;
let folder: string;
let articles: number;
let reference: string;

interface Run {
  code: number | null;
  output: string;
}

/** `npm run ingest -- <folder>` as one process (node --import tsx), so a signal reaches the CLI itself. */
function startIngest(): { kill(): void; done: Promise<Run> } {
  const { uri, username, password } = neo4j.server;
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "ingest", folder], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.once("exit", (code) => resolve({ code, output })));
  return { kill: () => child.kill("SIGKILL"), done };
}

const ingest = () => startIngest().done;

async function articleCount(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
  return records[0].get("n").toNumber();
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The whole graph by content (ids, labels, properties, relationships), independent of Neo4j's internal ids. */
async function graphState(): Promise<string> {
  const key = "coalesce(n.id, n.key)";
  const nodes = await driver.executeQuery(`MATCH (n) RETURN ${key} AS id, labels(n) AS labels, properties(n) AS props`);
  const rels = await driver.executeQuery(
    `MATCH (n)-[r]->(m) RETURN ${key} AS from, type(r) AS type, coalesce(m.id, m.key) AS to, properties(r) AS props`,
  );
  const lines = [
    ...nodes.records.map((r) => JSON.stringify([r.get("id"), [...r.get("labels")].sort(), sorted(r.get("props"))])),
    ...rels.records.map((r) => JSON.stringify([r.get("from"), r.get("type"), r.get("to"), sorted(r.get("props"))])),
  ].sort();
  return `${nodes.records.length} nodes, ${rels.records.length} relationships, ${crypto.createHash("sha256").update(lines.join("\n")).digest("hex")}`;
}

const sorted = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, String(v)]));

async function clearGraph(): Promise<void> {
  await driver.executeQuery("MATCH (n) DETACH DELETE n");
}

beforeAll(async () => {
  neo4j = await startThrowawayServer();
  const { uri, username, password } = neo4j.server;
  driver = await connectToNeo4j({ uri, username, password, fix: "the throwaway server's password" });
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-ingest-"));
  // A dozen real-looking articles: enough for a kill to land midway, few enough to ingest three times.
  const texts = evalTexts().slice(0, 12);
  for (const { name, text } of texts) fs.writeFileSync(path.join(folder, `${name}.txt`), text);
  articles = texts.length;

  // The reference: one uninterrupted run.
  const run = await ingest();
  expect(run).toMatchObject({ code: 0 });
  expect(run.output).toContain(`articles: ${articles} created, 0 already there, 0 failed`);
  reference = await graphState();
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await restarted?.stop();
  await neo4j?.dispose();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
}, 120_000);

test("killed midway: whole articles only; running again completes it, and a third run changes nothing", async () => {
  await clearGraph();
  const run = startIngest();
  await waitFor("the first articles to be written", async () => (await articleCount()) >= 2, 120_000);
  run.kill();
  expect((await run.done).code).toBeNull(); // killed, not finished
  const written = await articleCount();
  expect(written).toBeLessThan(articles);

  const rerun = await ingest();
  expect(rerun).toMatchObject({ code: 0 });
  expect(rerun.output).toContain(`articles: ${articles - written} created, ${written} already there, 0 failed`);
  expect(await graphState()).toBe(reference);

  const again = await ingest();
  expect(again.output).toContain(`articles: 0 created, ${articles} already there, 0 failed`);
  expect(await graphState()).toBe(reference);
}, 300_000);

test("Neo4j crashes midway: the run says which articles were not ingested; after Neo4j returns, running again completes it", async () => {
  await clearGraph();
  const run = startIngest();
  await waitFor("the first articles to be written", async () => (await articleCount()) >= 2, 120_000);
  // A crash, not a shutdown: the JVM killed outright.
  for (const pid of serverJvmPids(neo4j.server.dir)) process.kill(pid, "SIGKILL");
  const failed = await run.done;
  expect(failed.code).toBe(1);
  expect(failed.output).toMatch(/Neo4j stopped answering; nothing is half-written: run the same command again/);
  expect(failed.output).toMatch(/not ingested: .*\.txt: not tried, Neo4j stopped answering/);

  restarted = await restartNeo4j(neo4j.server);
  const rerun = await ingest();
  expect(rerun).toMatchObject({ code: 0 });
  expect(rerun.output).toMatch(/articles: [1-9]\d* created, [1-9]\d* already there, 0 failed/);
  expect(await graphState()).toBe(reference);
}, 300_000);
