import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Neo4jSetupError } from "./errors";
import { MIN_JAVA_MAJOR } from "./pins";

export interface JavaInfo {
  bin: string;
  major: number;
  /** Full version string, e.g. "17.0.15". */
  version: string;
}

/** Parses the first line of `java -version` ("openjdk version \"17.0.15\" ..." or "1.8.0_392"). */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const m = /version "([^"]+)"/.exec(output);
  if (!m) return undefined;
  const version = m[1];
  const parts = version.split(/[.+_-]/).map((p) => Number.parseInt(p, 10));
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return Number.isFinite(major) ? { major, version } : undefined;
}

/** Java from JAVA_HOME when set (that is what the user chose), else `java` on PATH; must be >= 17. */
export function findJava(): JavaInfo {
  const exe = process.platform === "win32" ? "java.exe" : "java";
  const javaHome = process.env.JAVA_HOME;
  let bin = exe;
  let where = "on PATH";
  if (javaHome) {
    bin = path.join(javaHome, "bin", exe);
    where = `in JAVA_HOME (${javaHome})`;
    if (!fs.existsSync(bin)) {
      throw new Neo4jSetupError(
        `No Java found in JAVA_HOME=${javaHome}: point JAVA_HOME at a Java ${MIN_JAVA_MAJOR}+ JDK or unset it to use java from PATH.`,
      );
    }
  }
  const run = spawnSync(bin, ["-version"], { encoding: "utf8" });
  if (run.error) {
    throw new Neo4jSetupError(
      `No Java found ${where}: install Java ${MIN_JAVA_MAJOR} or 21 (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.`,
    );
  }
  const parsed = parseJavaVersion(`${run.stderr}${run.stdout}`);
  if (!parsed) {
    throw new Neo4jSetupError(`Could not read the version of ${bin}: check that it is a working Java ${MIN_JAVA_MAJOR}+ or set JAVA_HOME.`);
  }
  if (parsed.major < MIN_JAVA_MAJOR) {
    throw new Neo4jSetupError(
      `Java ${parsed.version} ${where} is too old: Neo4j 5 needs Java ${MIN_JAVA_MAJOR} or 21; install one and set JAVA_HOME to it.`,
    );
  }
  return { bin, ...parsed };
}

/** Maven is only needed for the first download. */
export function findMaven(): { bin: string; version: string } {
  const bin = process.platform === "win32" ? "mvn.cmd" : "mvn";
  const run = spawnSync(bin, ["-v", "-B"], { encoding: "utf8", shell: process.platform === "win32" });
  if (run.error || run.status !== 0) {
    throw new Neo4jSetupError(
      "No Maven (mvn) on PATH, needed once to download Neo4j from Maven Central: install it (e.g. apt-get install maven) or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  const m = /Apache Maven (\S+)/.exec(run.stdout);
  return { bin, version: m ? m[1] : "unknown" };
}
