import neo4j from "neo4j-driver";
import { instanceLayout } from "./instance";
import { attachNeo4j } from "./lifecycle";

export interface ServerStatus {
  state: "running" | "stopped";
  dir: string;
  pid?: number;
  uri?: string;
  /** "Neo4j/5.26.30", or undefined when the server does not answer (e.g. still starting). */
  version?: string;
  apocVersion?: string;
  passwordFile: string;
}

export async function serverStatus(dir: string): Promise<ServerStatus> {
  const layout = instanceLayout(dir);
  const server = attachNeo4j(layout.dir);
  if (!server) return { state: "stopped", dir: layout.dir, passwordFile: layout.passwordFile };
  const status: ServerStatus = {
    state: "running",
    dir: layout.dir,
    pid: server.pid,
    uri: server.uri,
    passwordFile: layout.passwordFile,
  };
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), { connectionTimeout: 3000 });
  try {
    status.version = (await driver.getServerInfo()).agent;
    const { records } = await driver.executeQuery("RETURN apoc.version() AS v");
    status.apocVersion = String(records[0].get("v"));
  } catch {
    // running but not answering (starting, stopping, overloaded): report what we know
  } finally {
    await driver.close();
  }
  return status;
}
