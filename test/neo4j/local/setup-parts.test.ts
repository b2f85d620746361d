/** The pure parts of the Neo4j setup: no server, no download. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { confValue, renderNeo4jConf } from "../../../src/neo4j/local/config";
import { installedDistribution } from "../../../src/neo4j/local/distribution";
import { localBoltPort } from "../../../src/neo4j/local/developer";
import { mavenProjectFiles } from "../../../src/neo4j/local/maven-project";
import { APOC_VERSION, LOCAL_MEMORY, NEO4J_DIR_ENV, NEO4J_VERSION } from "../../../src/neo4j/local/pins";
import { MavenOutputTracker } from "../../../src/neo4j/local/progress";
import { parseJavaVersion } from "../../../src/neo4j/local/tools";

describe("parseJavaVersion", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17, "17.0.15"],
    ['openjdk version "25.0.3" 2026-04-21 LTS', 25, "25.0.3"],
    ['java version "1.8.0_392"', 8, "1.8.0_392"],
    ['openjdk version "21" 2023-09-19', 21, "21"],
  ])("%s", (line, major, version) => {
    expect(parseJavaVersion(line)).toEqual({ major, version });
  });

  it("rejects output without a version", () => {
    expect(parseJavaVersion("bash: java: command not found")).toBeUndefined();
  });
});

describe("MavenOutputTracker", () => {
  it("counts downloads and sizes", () => {
    const t = new MavenOutputTracker();
    expect(t.feed("[INFO] Downloading from central: https://repo/x/a-1.jar")).toBeUndefined();
    t.feed("[INFO] Downloaded from central: https://repo/x/a-1.jar (2.5 MB at 3.1 MB/s)");
    const status = t.feed("[INFO] Downloaded from central: https://repo/x/a-1.pom (500 B at 1 kB/s)");
    expect(t.downloads).toBe(2);
    expect(t.bytes).toBe(2_500_500);
    expect(status).toContain("a-1.pom");
  });

  it("condenses Maven's error to the telling line", () => {
    const t = new MavenOutputTracker();
    for (const line of [
      "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies (lib) on project server: Could not resolve dependencies for project local:server:pom:1: Could not transfer artifact org.neo4j:neo4j-kernel:jar:5.26.30 from/to central: Connection refused",
      "[ERROR] ",
      "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.",
    ]) {
      t.feed(line);
    }
    expect(t.condensedError()).toMatch(/^Could not resolve dependencies .* Connection refused$/);
  });
});

describe("neo4j.conf", () => {
  const conf = renderNeo4jConf({
    boltPort: 7999,
    memory: LOCAL_MEMORY,
    dirs: { data: "/d", logs: "/l", run: "/r", import: "/i", lib: "/lib", plugins: "/p" },
  });

  it("binds loopback only, keeps auth on and usage reporting off", () => {
    expect(confValue(conf, "server.default_listen_address")).toBe("127.0.0.1");
    expect(confValue(conf, "server.bolt.listen_address")).toBe("127.0.0.1:7999");
    expect(confValue(conf, "dbms.security.auth_enabled")).toBe("true");
    expect(confValue(conf, "dbms.usage_report.enabled")).toBe("false");
    expect(confValue(conf, "server.http.enabled")).toBe("false");
    expect(confValue(conf, "server.memory.heap.max_size")).toBe(LOCAL_MEMORY.heapMax);
  });

  it("reads the last value of a key, ignoring comments", () => {
    expect(confValue("# a=1\na=2\n a = 3 \n", "a")).toBe("3");
    expect(confValue("b=1", "a")).toBeUndefined();
  });
});

describe("the download", () => {
  it("pins Neo4j and APOC in the generated Maven project", () => {
    const files = mavenProjectFiles({ lib: "/x/lib", plugins: "/x/plugins", apocLib: "/x/apoc-lib" });
    expect(files["server/pom.xml"]).toContain(`<artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version>`);
    expect(files["apoc/pom.xml"]).toContain(`<artifactId>apoc-core</artifactId><version>${APOC_VERSION}</version>`);
    expect(files["apoc/pom.xml"]).toContain(`<artifactId>apoc-common</artifactId><version>${APOC_VERSION}</version>`);
  });

  it("treats a cache folder without the completion marker as not installed", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "factgraph-dist-"));
    const saved = process.env[NEO4J_DIR_ENV];
    process.env[NEO4J_DIR_ENV] = root;
    try {
      const dir = path.join(root, "dist", NEO4J_VERSION);
      fs.mkdirSync(path.join(dir, "lib"), { recursive: true }); // as an interrupted download would leave it
      expect(installedDistribution()).toBeUndefined();
      const marker = { neo4jVersion: NEO4J_VERSION, apocVersion: APOC_VERSION };
      fs.writeFileSync(path.join(dir, "complete.json"), JSON.stringify(marker));
      expect(installedDistribution()?.libDir).toBe(path.join(dir, "lib"));
      fs.writeFileSync(path.join(dir, "complete.json"), JSON.stringify({ ...marker, apocVersion: "0.0.1" }));
      expect(installedDistribution()).toBeUndefined(); // other pins: download again
    } finally {
      if (saved === undefined) delete process.env[NEO4J_DIR_ENV];
      else process.env[NEO4J_DIR_ENV] = saved;
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("localBoltPort", () => {
  it("defaults to 7687 and honours FACTGRAPH_NEO4J_BOLT_PORT", () => {
    expect(localBoltPort({})).toBe(7687);
    expect(localBoltPort({ FACTGRAPH_NEO4J_BOLT_PORT: "7700" })).toBe(7700);
    expect(() => localBoltPort({ FACTGRAPH_NEO4J_BOLT_PORT: "x" })).toThrow(/is not a port number/);
  });
});
