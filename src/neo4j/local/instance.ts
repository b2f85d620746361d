import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { renderNeo4jConf } from "./config";
import type { Distribution } from "./distribution";
import { Neo4jSetupError, oneLine } from "./errors";
import { displayPath } from "./paths";
import { ADMIN_CLASS, type MemorySettings } from "./pins";
import type { JavaInfo } from "./tools";

/** Where one server keeps its config, data, logs, password and pid. */
export interface InstanceLayout {
  dir: string;
  confDir: string;
  confFile: string;
  passwordFile: string;
  pidFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  importDir: string;
}

export function instanceLayout(dir: string): InstanceLayout {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    confDir: path.join(abs, "conf"),
    confFile: path.join(abs, "conf", "neo4j.conf"),
    passwordFile: path.join(abs, "password"),
    pidFile: path.join(abs, "run", "neo4j.pid"),
    dataDir: path.join(abs, "data"),
    logsDir: path.join(abs, "logs"),
    runDir: path.join(abs, "run"),
    importDir: path.join(abs, "import"),
  };
}

export function readPassword(layout: InstanceLayout): string | undefined {
  try {
    return fs.readFileSync(layout.passwordFile, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The system database exists once the server has started; after that the initial password can no longer be set. */
function everStarted(layout: InstanceLayout): boolean {
  return fs.existsSync(path.join(layout.dataDir, "databases", "system"));
}

/** Writes conf/neo4j.conf and, on a fresh instance, generates the password and stores it (0600). Returns the password. */
export function prepareInstance(
  layout: InstanceLayout,
  o: { dist: Distribution; java: JavaInfo; boltPort: number; memory: MemorySettings },
): string {
  for (const d of [layout.confDir, layout.dataDir, layout.logsDir, layout.runDir, layout.importDir]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(
    layout.confFile,
    renderNeo4jConf({
      boltPort: o.boltPort,
      memory: o.memory,
      dirs: {
        data: layout.dataDir,
        logs: layout.logsDir,
        run: layout.runDir,
        import: layout.importDir,
        lib: o.dist.libDir,
        plugins: o.dist.pluginsDir,
      },
    }),
  );

  const existing = readPassword(layout);
  if (existing) return existing;
  if (everStarted(layout)) {
    throw new Neo4jSetupError(
      `The database in ${displayPath(layout.dataDir)} has a password but ${displayPath(layout.passwordFile)} is missing: restore that file, or delete ${displayPath(layout.dataDir)} to start over (erases that graph).`,
    );
  }
  // Hex: a base64 password may start with '-', which neo4j-admin would parse as an option.
  const password = crypto.randomBytes(24).toString("hex");
  setInitialPassword(layout, o.dist, o.java, password);
  fs.writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(layout.passwordFile, 0o600); // mode is ignored when the file already existed (empty)
  return password;
}

/** `neo4j-admin dbms set-initial-password`, run straight from the jars (no bin/ scripts in a Maven download). */
function setInitialPassword(layout: InstanceLayout, dist: Distribution, java: JavaInfo, password: string): void {
  const run = spawnSync(
    java.bin,
    ["-cp", path.join(dist.libDir, "*"), ADMIN_CLASS, "dbms", "set-initial-password", password],
    {
      encoding: "utf8",
      env: { ...process.env, NEO4J_HOME: layout.dir, NEO4J_CONF: layout.confDir },
      timeout: 120_000,
    },
  );
  if (run.status !== 0) {
    const why = oneLine(`${run.stderr ?? ""} ${run.stdout ?? ""} ${run.error?.message ?? ""}`);
    throw new Neo4jSetupError(`Could not set the initial Neo4j password in ${displayPath(layout.dir)}: ${why}`);
  }
}
