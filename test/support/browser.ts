/**
 * Headless Chromium for end-to-end tests, driven by playwright-core. Which Chromium: CHROMIUM_PATH if set;
 * else Debian's package when installed; else the headless Chromium shipped inside the `@sparticuz/chromium`
 * dev dependency (Linux x64, unpacked into the temp folder on first use), so `npm ci && npm test` needs no
 * browser installed on the machine.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// The closed network refuses Chromium's own background connections (updates, sync, QUIC probes);
// these switches stop it making them.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox", // we run as root in a container
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist: point it at a Chromium binary, or unset it`);
    return chosen;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  if (process.platform === "linux" && process.arch === "x64") {
    // The package is ES modules only, which jest's CommonJS runtime cannot load: ask a plain Node for the path.
    const unpack = "import bundled from '@sparticuz/chromium'; process.stdout.write(await bundled.executablePath());";
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "--eval", unpack], { cwd: path.resolve(__dirname, "../..") });
    return stdout.trim();
  }
  throw new Error(
    `No Chromium for the browser tests on ${process.platform}-${process.arch}: install it ` +
      "(Debian: `apt-get update && apt-get install -y chromium`), or set CHROMIUM_PATH to a Chromium binary.",
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
}
