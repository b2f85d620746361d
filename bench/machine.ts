/** What a measurement ran on, for the results files. */
import os from "node:os";
import { NEO4J_VERSION } from "../src/neo4j/local/pins";

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} x${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, Neo4j Community ${NEO4J_VERSION}`;
}

/** Load average over the last minute: a shared machine's noise, recorded next to each result. */
export function load(): number {
  return Math.round(os.loadavg()[0] * 100) / 100;
}
