import fs from "node:fs";
import { MAIN_CLASS } from "./pins";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Guards against a stale pid file whose pid now belongs to another process: on Linux the command line
 * must be a Neo4j server for this instance folder. Zombies (empty cmdline) count as gone.
 */
export function isServerProcess(pid: number, instanceDir: string): boolean {
  const procFile = `/proc/${pid}/cmdline`;
  if (fs.existsSync("/proc/self/cmdline")) {
    try {
      const args = fs.readFileSync(procFile, "utf8").split("\0");
      return args.includes(MAIN_CLASS) && args.includes(`--home-dir=${instanceDir}`);
    } catch {
      return false;
    }
  }
  return isAlive(pid);
}

export async function waitUntil(check: () => boolean, timeoutMs: number, stepMs = 200): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** Last lines of a log file, for error messages; empty when the file does not exist. */
export function tail(file: string, lines = 15): string[] {
  try {
    const text = fs.readFileSync(file, "utf8");
    return text.split(/\r?\n/).filter((l) => l.trim()).slice(-lines);
  } catch {
    return [];
  }
}
