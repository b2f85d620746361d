import { spawn } from "node:child_process";
import { STOP_TIMEOUT_S } from "./pins";

/**
 * Plain JS run by a tiny child node process: when the process that started the server is gone
 * (the watchdog got re-parented), SIGTERM the JVM, SIGKILL it after the stop timeout, and exit.
 * Signal handlers alone cannot promise that: SIGKILL, crashes, and jest test files (whose `process`
 * is a sandbox copy that never receives signals) skip them.
 */
const SCRIPT = `
const [jvm, home, timeoutS] = [Number(process.argv[1]), process.argv[2], Number(process.argv[3])];
const parent = process.ppid;
const fs = require("fs");
function alive() {
  try {
    if (fs.existsSync("/proc/self/cmdline")) return fs.readFileSync("/proc/" + jvm + "/cmdline", "utf8").split("\\0").includes("--home-dir=" + home);
    process.kill(jvm, 0);
    return true;
  } catch { return false; }
}
let deadline = 0;
setInterval(() => {
  if (!alive()) process.exit(0);
  if (deadline === 0 && process.ppid !== parent) {
    deadline = Date.now() + timeoutS * 1000;
    try { process.kill(jvm, "SIGTERM"); } catch {}
  } else if (deadline !== 0 && Date.now() > deadline) {
    try { process.kill(jvm, "SIGKILL"); } catch {}
  }
}, 500);
`;

/** Stops the JVM `pid` (home `homeDir`) once this process exits, however it exits. */
export function startWatchdog(pid: number, homeDir: string): void {
  const child = spawn(process.execPath, ["-e", SCRIPT, String(pid), homeDir, String(STOP_TIMEOUT_S)], {
    stdio: "ignore",
    // Own process group: a terminal ctrl-C must not kill the watchdog before it has done its job.
    detached: true,
    env: {},
  });
  child.on("error", () => undefined);
  child.unref();
}
