import neo4j, { type Driver } from "neo4j-driver";
import { describeConnectError } from "./driver-errors";
import { stopOnExit } from "./local/exit-hooks";
import { startLocalNeo4j } from "./local/developer";
import { displayPath, localInstanceDir } from "./local/paths";
import { NEO4J_USER } from "./local/pins";
import { RETRY } from "./retry";
import { attachNeo4j, probe, type Neo4jServer } from "./local/lifecycle";

// What the rest of the app needs besides openGraphDatabase, so one import suffices.
export { Neo4jSetupError } from "./local/errors";
export { stopOnExit } from "./local/exit-hooks";

export interface GraphDatabase {
  driver: Driver;
  uri: string;
  /** Database to pass to sessions/executeQuery: $NEO4J_DATABASE, or undefined for the server's default. */
  database: string | undefined;
  /** true: the project-managed local server (.neo4j/local); false: an external one from NEO4J_URI. */
  managed: boolean;
  /** true when this call started the server, so close() stops it too. */
  ownsServer: boolean;
  /** Closes the driver; stops the server only if this call started it. */
  close(): Promise<void>;
}

/** $NEO4J_DATABASE, or undefined to use the server's default database. */
export function neo4jDatabaseName(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.NEO4J_DATABASE || undefined;
}

/** Opens a driver for NEO4J_URI and checks it answers and accepts the credentials. */
export async function connectToNeo4j(o: {
  uri: string;
  username: string;
  password: string;
  database?: string;
  fix: string;
}): Promise<Driver> {
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), {
    maxTransactionRetryTime: RETRY.budgetMs,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
  });
  try {
    await probe(driver, o.database);
    return driver;
  } catch (err) {
    await driver.close();
    throw describeConnectError(err, { uri: o.uri, user: o.username, database: o.database, fix: o.fix });
  }
}

/**
 * The graph database for this process.
 * - NEO4J_URI set (bolt://, neo4j://, neo4j+s:// …): connect there with NEO4J_USERNAME (default neo4j) /
 *   NEO4J_PASSWORD; nothing is downloaded or started.
 * - Otherwise the project-managed server in .neo4j/local: reused if running (`npm run neo4j -- start`) and
 *   left running on close(); else started now (downloading Neo4j on first use) and stopped on close() or
 *   ctrl-C.
 */
export async function openGraphDatabase(opts: {
  log: (msg: string) => void;
  /** false when the caller stops the server on signals itself (after draining its own work). */
  handleSignals?: boolean;
}): Promise<GraphDatabase> {
  const database = neo4jDatabaseName();
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const username = process.env.NEO4J_USERNAME || NEO4J_USER;
    const driver = await connectToNeo4j({
      uri,
      username,
      password: process.env.NEO4J_PASSWORD ?? "",
      database,
      fix: "check NEO4J_USERNAME / NEO4J_PASSWORD",
    });
    opts.log(`Using Neo4j at ${uri} (NEO4J_URI) as ${username}.`);
    return { driver, uri, database, managed: false, ownsServer: false, close: () => driver.close() };
  }

  let server: Neo4jServer | undefined = attachNeo4j(localInstanceDir());
  const ownsServer = !server;
  if (server) {
    opts.log(`Using the running local Neo4j on ${server.uri} (pid ${server.pid}).`);
  } else {
    server = await startLocalNeo4j({ detached: false, log: opts.log, onSpawn: (s) => stopOnExit(s, { signals: opts.handleSignals }) });
  }
  const running = server;
  let driver: Driver;
  try {
    driver = await connectToNeo4j({
      uri: running.uri,
      username: running.username,
      password: running.password,
      database,
      fix: `check ${displayPath(running.passwordFile)}`,
    });
  } catch (err) {
    if (ownsServer) await running.stop();
    throw err;
  }
  return {
    driver,
    uri: running.uri,
    database,
    managed: true,
    ownsServer,
    close: async () => {
      await driver.close();
      if (ownsServer) await running.stop();
    },
  };
}
