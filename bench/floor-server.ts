/**
 * The Cypher floor behind HTTP, and nothing else: POST /<operation index> reads the JSON body (any server must),
 * runs that operation's floor (bench/operations.ts) through neo4j-driver, and answers `{ "data": <its answer> }`.
 * bench/run.ts measures it beside the server and the floor, so each run shows what the HTTP hop alone adds to
 * the floor on this machine: the part of a GraphQL/Cypher ratio no GraphQL server can remove. Same runtime as
 * bench/serve.ts (node --import tsx), on the bench Neo4j given by BENCH_NEO4J_*; prints "listening <url>".
 */
import http from "node:http";
import neo4j from "neo4j-driver";
import { OPERATIONS } from "./operations";

const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error("BENCH_NEO4J_URI is not set: bench/run.ts starts this process");
// Plain numbers, as the floors expect (bench/run.ts opens its driver the same way).
const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.BENCH_NEO4J_USERNAME ?? "neo4j", process.env.BENCH_NEO4J_PASSWORD ?? ""), {
  disableLosslessIntegers: true,
});

const server = http.createServer((req, res) => {
  const op = OPERATIONS[Number(req.url?.slice(1))];
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const answer = (status: number, value: unknown) => {
      const body = JSON.stringify(value);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    if (req.method !== "POST" || !op) return answer(404, { errors: [{ message: `POST /<operation index 0 to ${OPERATIONS.length - 1}>` }] });
    JSON.parse(Buffer.concat(chunks).toString("utf8"));
    op.floor(driver).then(
      (data) => answer(200, { data }),
      (error: Error) => answer(500, { errors: [{ message: error.message }] }),
    );
  });
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
process.on("SIGTERM", () => server.close(() => void driver.close().then(() => process.exit(0))));
