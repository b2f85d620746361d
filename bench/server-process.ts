/**
 * The server under test as a child process (bench/serve.ts; bench/floor-server.ts for the floor behind HTTP;
 * bench/peer-serve.ts for plain @neo4j/graphql),
 * with its resident memory read from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Neo4jServer } from "../src/neo4j/local/lifecycle";

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set size in MB, from /proc/<pid>/status (Linux). */
  rssMb(): number;
  /** User + system CPU the process has used so far, every thread, in ms: /proc/<pid>/stat (Linux), in 10 ms ticks. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function startServerProcess(neo4jServer: Neo4jServer, script: "serve.ts" | "floor-server.ts" | "peer-serve.ts" = "serve.ts"): Promise<ServerProcess> {
  const root = path.resolve(__dirname, "..");
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a second process, whose memory we want.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, script)], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      BENCH_NEO4J_URI: neo4jServer.uri,
      BENCH_NEO4J_USERNAME: neo4jServer.username,
      BENCH_NEO4J_PASSWORD: neo4jServer.password,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`the server exited (code ${code}) before it listened`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
    },
    cpuMs: () => {
      // Fields 14 and 15 (utime, stime), counted after the parenthesized command name.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
