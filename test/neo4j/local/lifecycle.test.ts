/** The project-managed Neo4j, against the real server started by test/support/global-setup.ts. */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { openGraphDatabase, type GraphDatabase } from "../../../src/neo4j/connection";
import { confValue } from "../../../src/neo4j/local/config";
import { Neo4jSetupError } from "../../../src/neo4j/local/errors";
import { instanceLayout } from "../../../src/neo4j/local/instance";
import { APOC_VERSION, NEO4J_VERSION, TEST_MEMORY } from "../../../src/neo4j/local/pins";
import { isAlive } from "../../../src/neo4j/local/processes";
import { findFreePort } from "../../../src/neo4j/local/ports";
import { runningPid, startNeo4j } from "../../../src/neo4j/local/lifecycle";
import { serverStatus } from "../../../src/neo4j/local/status";
import { listeningAddresses, serverJvmPids, startThrowawayServer, testNeo4j } from "../../support/neo4j";

const quiet = (): void => undefined;
const t = testNeo4j();
/** Checks that only make sense when the tests manage Neo4j themselves (not with an external NEO4J_URI). */
const managedIt = t.instanceDir ? it : it.skip;
const managedDescribe = t.instanceDir ? describe : describe.skip;

/** Runs `fn` with some env vars replaced, restoring them afterwards. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) delete process.env[k];
      else process.env[k] = val;
    }
  };
  apply(vars);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

function connectRefused(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(true);
    });
  });
}

describe("the test Neo4j", () => {
  let db: GraphDatabase;

  beforeAll(async () => {
    db = await openGraphDatabase({ log: quiet });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("is reached through NEO4J_URI and runs queries", async () => {
    expect(db.uri).toBe(t.uri);
    expect(db.managed).toBe(false); // NEO4J_URI given: nothing provisioned by openGraphDatabase
    const { records } = await db.driver.executeQuery(
      "CREATE (p:LifecycleProbe {n: $n}) WITH p, p.n * 2 AS doubled DELETE p RETURN doubled",
      { n: 21 },
      { database: db.database },
    );
    expect(Number(records[0].get("doubled"))).toBe(42);
  });

  it("has APOC core loaded", async () => {
    const { records } = await db.driver.executeQuery("RETURN apoc.version() AS v", {}, { database: db.database });
    const version = String(records[0].get("v"));
    if (t.instanceDir) expect(version).toBe(APOC_VERSION);
    else expect(version).toMatch(/^5\./);
  });

  it("rejects a wrong password with a one-line message", async () => {
    const attempt = withEnv({ NEO4J_PASSWORD: "definitely-wrong" }, () => openGraphDatabase({ log: quiet }));
    await expect(attempt).rejects.toThrow(Neo4jSetupError);
    await expect(attempt).rejects.toThrow(/^Neo4j at \S+ rejected user 'neo4j' \(wrong username or password\): check NEO4J_USERNAME/);
  });

  it("says so in one line when nothing answers", async () => {
    const port = await findFreePort();
    const attempt = withEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}` }, () => openGraphDatabase({ log: quiet }));
    await expect(attempt).rejects.toThrow(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not answering \(connect ECONNREFUSED/);
  });

  managedIt("listens on 127.0.0.1 only", async () => {
    const port = Number(new URL(t.uri).port);
    const addresses = listeningAddresses(port);
    if (addresses) {
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) expect(["127.0.0.1", "0000000000000000FFFF00000100007F"]).toContain(a);
    }
    // A wildcard (0.0.0.0) listener would also accept on 127.0.0.2; a 127.0.0.1 one refuses it.
    expect(await connectRefused("127.0.0.1", port)).toBe(false);
    expect(await connectRefused("127.0.0.2", port)).toBe(true);
  });

  managedIt("runs with the generated config: usage reporting off, auth on, Bolt on loopback, no HTTP", async () => {
    const conf = fs.readFileSync(instanceLayout(t.instanceDir!).confFile, "utf8");
    expect(confValue(conf, "dbms.usage_report.enabled")).toBe("false");
    const { records } = await db.driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
      {
        names: [
          "dbms.usage_report.enabled",
          "dbms.security.auth_enabled",
          "server.default_listen_address",
          "server.http.enabled",
        ],
      },
      { database: db.database },
    );
    const settings = Object.fromEntries(records.map((r) => [r.get("name"), r.get("value")]));
    expect(settings).toEqual({
      "dbms.usage_report.enabled": "false",
      "dbms.security.auth_enabled": "true",
      "server.default_listen_address": "127.0.0.1",
      "server.http.enabled": "false",
    });
  });

  managedIt("keeps the password in a file only the owner can read", () => {
    const { passwordFile } = instanceLayout(t.instanceDir!);
    expect(fs.readFileSync(passwordFile, "utf8").trim()).toBe(t.password);
    if (process.platform !== "win32") expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
  });

  managedIt("reports running in status", async () => {
    const status = await serverStatus(t.instanceDir!);
    expect(status).toMatchObject({ state: "running", uri: t.uri, version: `Neo4j/${NEO4J_VERSION}`, apocVersion: APOC_VERSION });
    expect(status.pid).toBe(runningPid(t.instanceDir!));
    expect(isAlive(status.pid!)).toBe(true);
  });
});

managedDescribe("a second, throwaway instance", () => {
  it("starts, answers, stops, and leaves no JVM behind", async () => {
    const { server, dispose } = await startThrowawayServer();
    const dir = server.dir;
    try {
      expect(server.uri).not.toBe(t.uri);
      expect(serverJvmPids(dir).length === 0 || serverJvmPids(dir).includes(server.pid)).toBe(true);
      expect((await serverStatus(dir)).state).toBe("running");
      await server.stop();
      expect(isAlive(server.pid)).toBe(false);
      expect(serverJvmPids(dir)).toEqual([]);
      expect(await serverStatus(dir)).toMatchObject({ state: "stopped" });
    } finally {
      await dispose();
    }
    expect(fs.existsSync(dir)).toBe(false);
  }, 180_000);

  it("refuses a port that is taken, before starting anything", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-neo4j-port-"));
    try {
      await expect(
        startNeo4j({ dir, boltPort: port, memory: TEST_MEMORY, detached: false, log: quiet }),
      ).rejects.toThrow(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is taken by another program`));
      expect(serverJvmPids(dir)).toEqual([]);
    } finally {
      blocker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows the server's last log lines when it dies during start", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-neo4j-crash-"));
    try {
      // Neo4j accepts these sizes, but the JVM refuses -Xms above -Xmx and exits at once.
      const attempt = startNeo4j({
        dir,
        boltPort: await findFreePort(),
        memory: { ...TEST_MEMORY, heapInitial: "512m", heapMax: "256m" },
        detached: false,
        log: quiet,
      });
      await expect(attempt).rejects.toThrow(/exited during start[\s\S]*last log lines[\s\S]*Initial heap size set to a larger value than the maximum heap size/);
      expect(serverJvmPids(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
