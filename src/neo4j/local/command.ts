/**
 * `npm run neo4j -- <start|stop|status|install>`: the developer's project-managed Neo4j in .neo4j/local.
 */
import { ensureDistribution } from "./distribution";
import { forgetOnExit, stopOnExit } from "./exit-hooks";
import { startLocalNeo4j } from "./developer";
import { displayPath, localInstanceDir } from "./paths";
import { NEO4J_USER } from "./pins";
import { stopNeo4j } from "./lifecycle";
import { serverStatus, type ServerStatus } from "./status";

const USAGE = `Usage: npm run neo4j -- <command>

  start    start the local Neo4j in .neo4j/local (downloads it first if needed); it keeps running
  stop     stop it
  status   running or stopped, pid, URI, version (exit code 3 when stopped)
  install  only download Neo4j + APOC into .neo4j/dist

Environment: FACTGRAPH_NEO4J_BOLT_PORT (default 7687). To use another Neo4j instead, set NEO4J_URI,
NEO4J_USERNAME, NEO4J_PASSWORD (and optionally NEO4J_DATABASE) for the app and tests; this CLI is not needed then.`;

const log = (msg: string): void => console.log(msg);

function printStatus(s: ServerStatus): void {
  if (s.state === "stopped") {
    log(`Neo4j: stopped (${displayPath(s.dir)})`);
    return;
  }
  log(`Neo4j: running, pid ${s.pid}`);
  log(`  uri:      ${s.uri}`);
  log(`  user:     ${NEO4J_USER}`);
  log(`  password: in ${displayPath(s.passwordFile)}`);
  log(`  version:  ${s.version ? `${s.version}, APOC ${s.apocVersion ?? "not loaded"}` : "not answering yet"}`);
  log(`  logs:     ${displayPath(`${s.dir}/logs`)}`);
}

export async function neo4jCommand(verb: string | undefined): Promise<number> {
  const dir = localInstanceDir();
  switch (verb) {
    case "install":
      await ensureDistribution({ log });
      return 0;
    case "start": {
      const before = await serverStatus(dir);
      if (before.state === "running") {
        log("Already running.");
        printStatus(before);
        return 0;
      }
      // Detached, so it survives this command; until it is ready, ctrl-C here still stops it.
      const server = await startLocalNeo4j({ detached: true, log, onSpawn: stopOnExit });
      forgetOnExit(server);
      printStatus(await serverStatus(dir));
      log(`Stop it with: npm run neo4j -- stop`);
      return 0;
    }
    case "stop":
      if (!(await stopNeo4j(dir, { log }))) log("Neo4j was not running.");
      return 0;
    case "status": {
      const s = await serverStatus(dir);
      printStatus(s);
      return s.state === "running" ? 0 : 3;
    }
    case "help":
    case "--help":
    case "-h":
      log(USAGE);
      return 0;
    default:
      console.error(verb ? `Unknown command '${verb}'.\n\n${USAGE}` : USAGE);
      return 2;
  }
}
