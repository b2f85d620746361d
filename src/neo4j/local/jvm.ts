import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Distribution } from "./distribution";
import { Neo4jSetupError } from "./errors";
import type { InstanceLayout } from "./instance";
import { MAIN_CLASS, type MemorySettings } from "./pins";
import type { JavaInfo } from "./tools";

/** Mirrors the server.jvm.additional defaults of Neo4j 5.26's neo4j.conf (minus AlwaysPreTouch: slow starts). */
function jvmArgs(memory: MemorySettings): string[] {
  return [
    `-Xms${memory.heapInitial}`,
    `-Xmx${memory.heapMax}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
  ];
}

/** Launches CommunityEntryPoint straight from the jars (what bin/neo4j would do); output goes to logs/console.log. */
export function spawnJvm(
  layout: InstanceLayout,
  dist: Distribution,
  java: JavaInfo,
  o: { memory: MemorySettings; detached: boolean },
): number {
  const out = fs.openSync(path.join(layout.logsDir, "console.log"), "a");
  // Variables like NEO4J_URI belong to this process's clients, not to the server.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  const classpath = [path.join(dist.pluginsDir, "*"), path.join(dist.libDir, "*")].join(path.delimiter);
  const child = spawn(
    java.bin,
    [...jvmArgs(o.memory), "-cp", classpath, MAIN_CLASS, `--home-dir=${layout.dir}`, `--config-dir=${layout.confDir}`],
    // detached: own session, survives this process (CLI start). Otherwise it shares our process group,
    // so a terminal ctrl-C reaches it too.
    { cwd: layout.dir, env, stdio: ["ignore", out, out], detached: o.detached },
  );
  fs.closeSync(out);
  if (!child.pid) throw new Neo4jSetupError(`Could not start ${java.bin}: check JAVA_HOME / PATH.`);
  child.on("error", () => undefined); // a failed spawn shows up as a dead pid in waitForBolt
  child.unref(); // never keep this process alive just for the server; stop() / exit hooks handle it
  fs.writeFileSync(layout.pidFile, `${child.pid}\n`);
  return child.pid;
}
