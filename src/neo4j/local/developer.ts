import { BOLT_PORT_ENV, DEFAULT_BOLT_PORT, LOCAL_MEMORY } from "./pins";
import { Neo4jSetupError } from "./errors";
import { localInstanceDir } from "./paths";
import { startNeo4j, type Neo4jServer, type StartOptions } from "./lifecycle";

/** Bolt port of the developer's server: $FACTGRAPH_NEO4J_BOLT_PORT or 7687. */
export function localBoltPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[BOLT_PORT_ENV];
  if (!raw) return DEFAULT_BOLT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Neo4jSetupError(`${BOLT_PORT_ENV}=${raw} is not a port number: use an integer between 1 and 65535.`);
  }
  return port;
}

/** Starts the developer's server in .neo4j/local (detached: it outlives this process). */
export function startLocalNeo4j(opts: Pick<StartOptions, "detached" | "log" | "onSpawn">): Promise<Neo4jServer> {
  return startNeo4j({ ...opts, dir: localInstanceDir(), boltPort: localBoltPort(), memory: LOCAL_MEMORY });
}
