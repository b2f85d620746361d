/** /health says 503, quickly, when Neo4j does not answer. */
import * as net from "net";
import neo4j from "neo4j-driver";
import { startHttpServer } from "../../src/server/app";

test("is 503 when Neo4j is unreachable", async () => {
  // A port nothing listens on: take a free one and close it again.
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic("neo4j", "unused"), { connectionTimeout: 1000 });
  const server = await startHttpServer({ driver, port: 0 });
  try {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", neo4j: "down" });
  } finally {
    await server.close();
    await driver.close();
  }
});
