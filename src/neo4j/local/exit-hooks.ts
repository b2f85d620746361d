import os from "node:os";

/** Anything this process started and must not leave behind. */
export interface Stoppable {
  pid: number;
  stop(): Promise<void>;
}

const live = new Set<Stoppable>();
let installed = false;
let stopping = false;
/** Servers being stopped right now (already out of `live`). */
let inFlight: Stoppable[] = [];

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  const code = 128 + (os.constants.signals[signal] ?? 1);
  if (stopping) {
    // Second ctrl-C: do not wait for a clean shutdown any longer.
    for (const s of [...inFlight, ...live]) killQuietly(s.pid, "SIGKILL");
    process.exit(code);
  }
  stopping = true;
  // Loop: a start still in flight may register another server while the first ones stop.
  while (live.size > 0) {
    inFlight = [...live];
    live.clear();
    process.stderr.write(`\n${signal}: stopping Neo4j (${inFlight.map((s) => `pid ${s.pid}`).join(", ")}) …\n`);
    await Promise.allSettled(inFlight.map((s) => s.stop()));
  }
  process.exit(code);
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Makes ctrl-C, SIGTERM and SIGHUP stop `server` cleanly (waiting for it, unlike the watchdog that every
 * non-detached server also gets) before this process exits, and a plain exit
 * (without stop()) at least SIGTERM it, so no JVM outlives the process that started it.
 * Handlers are installed once per process; servers unregister through forgetOnExit() when stopped.
 */
export function stopOnExit(server: Stoppable, options: { signals?: boolean } = {}): void {
  live.add(server);
  if (installed) return;
  installed = true;
  // An application with its own shutdown (drain requests, then stop Neo4j) handles the signals itself.
  if (options.signals !== false) for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, (s) => void onSignal(s));
  // 'exit' handlers must be synchronous: signal the JVM, which then shuts itself down.
  process.on("exit", () => {
    for (const s of live) killQuietly(s.pid, "SIGTERM");
  });
}

export function forgetOnExit(server: Stoppable): void {
  live.delete(server);
}
