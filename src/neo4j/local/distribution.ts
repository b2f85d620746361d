import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { Neo4jSetupError, oneLine } from "./errors";
import { mavenProjectFiles } from "./maven-project";
import { distDir, displayPath } from "./paths";
import { APOC_VERSION, NEO4J_VERSION } from "./pins";
import { createProgress, MavenOutputTracker } from "./progress";
import { findJava, findMaven } from "./tools";

export interface Distribution {
  neo4jVersion: string;
  apocVersion: string;
  dir: string;
  libDir: string;
  pluginsDir: string;
}

interface Marker {
  neo4jVersion: string;
  apocVersion: string;
  jars: number;
  bytes: number;
  downloadSeconds: number;
  installedAt: string;
}

const MARKER = "complete.json";

function layout(dir: string): Distribution {
  return {
    neo4jVersion: NEO4J_VERSION,
    apocVersion: APOC_VERSION,
    dir,
    libDir: path.join(dir, "lib"),
    pluginsDir: path.join(dir, "plugins"),
  };
}

function readMarker(dir: string): Marker | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), "utf8")) as Marker;
  } catch {
    return undefined;
  }
}

/** The cached distribution if a previous download completed for the pinned versions. */
export function installedDistribution(): Distribution | undefined {
  const dir = distDir();
  const marker = readMarker(dir);
  return marker?.neo4jVersion === NEO4J_VERSION && marker.apocVersion === APOC_VERSION ? layout(dir) : undefined;
}

/** Returns the cached jars, downloading them first (with Maven, visible progress) when missing. */
export async function ensureDistribution(opts: { log: (msg: string) => void }): Promise<Distribution> {
  return installedDistribution() ?? download(opts.log);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Leftovers of interrupted downloads (their process is gone). */
function removeStaleStaging(parent: string): void {
  for (const name of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const m = /^\.staging-.*-(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(dir)) {
    files++;
    bytes += fs.statSync(path.join(dir, name)).size;
  }
  return { files, bytes };
}

/**
 * Downloads into a private staging folder, then renames it into place: the final folder only ever
 * exists complete, an interrupted download is redone, and two concurrent installs cannot mix files.
 */
async function download(log: (msg: string) => void): Promise<Distribution> {
  findJava(); // no point downloading 125 MB for a machine that cannot run it
  const maven = findMaven();
  const finalDir = distDir();
  const parent = path.dirname(finalDir);
  fs.mkdirSync(parent, { recursive: true });
  removeStaleStaging(parent);
  const staging = path.join(parent, `.staging-${NEO4J_VERSION}-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const dist = layout(staging);
  const apocLib = path.join(staging, "apoc-lib");
  const build = path.join(staging, "build");
  for (const [file, text] of Object.entries(mavenProjectFiles({ lib: dist.libDir, plugins: dist.pluginsDir, apocLib }))) {
    fs.mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
    fs.writeFileSync(path.join(build, file), text);
  }

  log(`Downloading Neo4j ${NEO4J_VERSION} + APOC ${APOC_VERSION} from Maven Central (once, ~130 MB) into ${displayPath(finalDir)} …`);
  const started = Date.now();
  await runMaven(maven.bin, build, path.join(staging, "maven.log"), log);

  // APOC's dependencies join lib/ unless Neo4j already ships them (Neo4j's version wins).
  for (const jar of fs.readdirSync(apocLib)) {
    const target = path.join(dist.libDir, jar);
    if (!fs.existsSync(target)) fs.renameSync(path.join(apocLib, jar), target);
  }
  fs.rmSync(apocLib, { recursive: true, force: true });
  const lib = dirBytes(dist.libDir);
  const plugins = dirBytes(dist.pluginsDir);
  if (!fs.existsSync(path.join(dist.libDir, "org.neo4j.app.neo4j-server.jar")) || plugins.files === 0) {
    throw new Neo4jSetupError(`Neo4j download incomplete (no neo4j-server or APOC jar): see ${displayPath(path.join(staging, "maven.log"))}.`);
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const marker: Marker = {
    neo4jVersion: NEO4J_VERSION,
    apocVersion: APOC_VERSION,
    jars: lib.files + plugins.files,
    bytes: lib.bytes + plugins.bytes,
    downloadSeconds: seconds,
    installedAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(staging, MARKER), `${JSON.stringify(marker, null, 2)}\n`);

  if (installedDistribution()) {
    fs.rmSync(staging, { recursive: true, force: true }); // another process finished first
  } else {
    fs.rmSync(finalDir, { recursive: true, force: true }); // incomplete or other pins
    fs.renameSync(staging, finalDir);
  }
  log(`Neo4j ${NEO4J_VERSION} ready: ${marker.jars} jars, ${(marker.bytes / 1e6).toFixed(0)} MB, in ${seconds} s.`);
  return layout(finalDir);
}

function runMaven(bin: string, cwd: string, logFile: string, log: (msg: string) => void): Promise<void> {
  const tracker = new MavenOutputTracker();
  const progress = createProgress(log);
  const out = fs.createWriteStream(logFile);
  // -B: plain lines we can parse; validate: the copy executions are bound to it.
  const child = spawn(bin, ["-B", "-f", path.join(cwd, "pom.xml"), "validate"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    shell: process.platform === "win32",
  });
  child.stderr.pipe(out, { end: false });
  const lines = readline.createInterface({ input: child.stdout });
  lines.on("line", (line) => {
    out.write(`${line}\n`);
    const status = tracker.feed(line);
    if (status) progress.update(status);
  });
  return new Promise((resolve, reject) => {
    child.on("error", (err) => reject(new Neo4jSetupError(`Could not run Maven: ${oneLine(err.message)}.`)));
    child.on("close", (code, signal) => {
      out.end();
      if (code === 0) {
        progress.done(`  Maven done: ${tracker.downloads} files downloaded (${(tracker.bytes / 1e6).toFixed(1)} MB, Maven's own plugins included).`);
        resolve();
        return;
      }
      progress.done(`  Maven failed after ${tracker.downloads} downloads.`);
      const why = signal ? `interrupted by ${signal}` : oneLine(tracker.condensedError());
      reject(
        new Neo4jSetupError(
          `Neo4j download failed: ${why} — check access to Maven Central (proxy: ~/.m2/settings.xml), then retry \`npm run neo4j -- install\`; full log: ${displayPath(logFile)}.`,
        ),
      );
    });
  });
}
