import fs from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { confValue } from "./config";
import { ensureDistribution } from "./distribution";
import { describeConnectError, isAuthError, isUnavailable } from "../driver-errors";
import { Neo4jSetupError } from "./errors";
import { forgetOnExit } from "./exit-hooks";
import { instanceLayout, type InstanceLayout, prepareInstance, readPassword } from "./instance";
import { displayPath } from "./paths";
import { type MemorySettings, NEO4J_USER, NEO4J_VERSION, START_TIMEOUT_S, STOP_TIMEOUT_S } from "./pins";
import { isPortFree } from "./ports";
import { isAlive, isServerProcess, tail, waitUntil } from "./processes";
import { spawnJvm } from "./jvm";
import { findJava } from "./tools";
import { startWatchdog } from "./watchdog";

/** A running server of one instance folder. */
export interface Neo4jServer {
  dir: string;
  pid: number;
  uri: string;
  boltPort: number;
  username: string;
  password: string;
  passwordFile: string;
  /** SIGTERM, then SIGKILL after a timeout; resolves once the JVM is gone. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Instance folder (created if missing). */
  dir: string;
  boltPort: number;
  memory: MemorySettings;
  /** true: the JVM gets its own session and outlives this process (`npm run neo4j -- start`). */
  detached: boolean;
  log: (msg: string) => void;
  startTimeoutS?: number;
  /** Called as soon as the JVM exists, before it is ready: e.g. stopOnExit, so ctrl-C during start cleans up. */
  onSpawn?: (server: Neo4jServer) => void;
}

const noLog = (): void => undefined;

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** Pid of this instance's server if it is running. */
export function runningPid(dir: string): number | undefined {
  const layout = instanceLayout(dir);
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(layout.pidFile, "utf8"), 10);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isServerProcess(pid, layout.dir) ? pid : undefined;
}

/** Bolt port from the instance's neo4j.conf (the one the running server was started with). */
export function configuredPort(layout: InstanceLayout): number | undefined {
  try {
    const listen = confValue(fs.readFileSync(layout.confFile, "utf8"), "server.bolt.listen_address");
    const port = Number.parseInt(listen?.split(":").pop() ?? "", 10);
    return Number.isInteger(port) ? port : undefined;
  } catch {
    return undefined;
  }
}

function handle(layout: InstanceLayout, pid: number, boltPort: number, password: string): Neo4jServer {
  const server: Neo4jServer = {
    dir: layout.dir,
    pid,
    uri: boltUri(boltPort),
    boltPort,
    username: NEO4J_USER,
    password,
    passwordFile: layout.passwordFile,
    stop: async () => {
      await stopNeo4j(layout.dir);
      forgetOnExit(server);
    },
  };
  return server;
}

/** A handle to the instance's server if it is running (started by another process, e.g. the CLI). */
export function attachNeo4j(dir: string): Neo4jServer | undefined {
  const layout = instanceLayout(dir);
  const pid = runningPid(dir);
  const port = configuredPort(layout);
  const password = readPassword(layout);
  return pid && port && password ? handle(layout, pid, port, password) : undefined;
}

function logTail(layout: InstanceLayout): string {
  const lines = [...tail(path.join(layout.logsDir, "console.log"), 10), ...tail(path.join(layout.logsDir, "neo4j.log"), 15)];
  return lines.length ? `\n--- last log lines (${displayPath(layout.logsDir)}) ---\n${lines.join("\n")}` : "";
}

/** Starts the instance's server and resolves once Bolt accepts its password. */
export async function startNeo4j(o: StartOptions): Promise<Neo4jServer> {
  const java = findJava();
  const dist = await ensureDistribution({ log: o.log });
  const layout = instanceLayout(o.dir);
  const running = runningPid(layout.dir);
  if (running) {
    throw new Neo4jSetupError(`Neo4j in ${displayPath(layout.dir)} is already running (pid ${running}): use it, or stop it first.`);
  }
  if (!(await isPortFree(o.boltPort))) {
    throw new Neo4jSetupError(
      `Port ${o.boltPort} on 127.0.0.1 is taken by another program: stop it, or pick another port with FACTGRAPH_NEO4J_BOLT_PORT=<port>.`,
    );
  }
  const password = prepareInstance(layout, { dist, java, boltPort: o.boltPort, memory: o.memory });
  const pid = spawnJvm(layout, dist, java, o);
  if (!o.detached) startWatchdog(pid, layout.dir);
  const server = handle(layout, pid, o.boltPort, password);
  o.onSpawn?.(server);
  o.log(`Starting Neo4j ${NEO4J_VERSION} (pid ${pid}) on ${server.uri}, folder ${displayPath(layout.dir)} …`);
  const started = Date.now();
  try {
    await waitForBolt(server, layout, (o.startTimeoutS ?? START_TIMEOUT_S) * 1000);
  } catch (err) {
    await stopNeo4j(layout.dir);
    throw err;
  }
  o.log(`Neo4j ready on ${server.uri} after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return server;
}

async function waitForBolt(server: Neo4jServer, layout: InstanceLayout, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    for (;;) {
      if (!isServerProcess(server.pid, layout.dir)) {
        throw new Neo4jSetupError(
          `Neo4j (pid ${server.pid}) exited during start: see the log below or ${displayPath(layout.logsDir)}.${logTail(layout)}`,
        );
      }
      try {
        await probe(driver);
        return;
      } catch (err) {
        if (isAuthError(err)) {
          throw describeConnectError(err, {
            uri: server.uri,
            user: server.username,
            fix: `the password in ${displayPath(layout.passwordFile)} no longer matches; put the right one there or delete ${displayPath(layout.dataDir)} to start over`,
          });
        }
        if (!isUnavailable(err) && !/not (yet )?(available|ready)|starting/i.test(String(err))) throw err;
      }
      if (Date.now() >= deadline) {
        throw new Neo4jSetupError(
          `Neo4j (pid ${server.pid}) did not answer on ${server.uri} within ${timeoutMs / 1000} s: the machine may be overloaded; see ${displayPath(layout.logsDir)}.${logTail(layout)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
}

/** Bolt handshake plus a query on the default database: both must work before callers use the server. */
export async function probe(driver: Driver, database?: string): Promise<void> {
  await driver.verifyConnectivity({ database });
  await driver.executeQuery("RETURN 1", {}, { database });
}

/** Stops the instance's server: SIGTERM, then SIGKILL after the timeout. Returns false when it was not running. */
export async function stopNeo4j(dir: string, opts: { log?: (msg: string) => void; timeoutS?: number } = {}): Promise<boolean> {
  const log = opts.log ?? noLog;
  const layout = instanceLayout(dir);
  const pid = runningPid(layout.dir);
  if (!pid) {
    fs.rmSync(layout.pidFile, { force: true });
    return false;
  }
  log(`Stopping Neo4j (pid ${pid}) …`);
  const gone = () => !isServerProcess(pid, layout.dir);
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // exited meanwhile
  }
  if (!(await waitUntil(gone, (opts.timeoutS ?? STOP_TIMEOUT_S) * 1000))) {
    log(`Neo4j (pid ${pid}) did not stop within ${opts.timeoutS ?? STOP_TIMEOUT_S} s; killing it.`);
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
    await waitUntil(gone, 10_000);
  }
  // A JVM that is our child stays a zombie until node reaps it on the event loop: let that happen,
  // so "stopped" means the pid is really gone.
  await waitUntil(() => !isAlive(pid), 2000, 50);
  fs.rmSync(layout.pidFile, { force: true });
  log("Neo4j stopped.");
  return true;
}
