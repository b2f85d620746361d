/**
 * Turns Maven's chatty output into one moving status line, so a first download (~125 MB)
 * visibly progresses without flooding the terminal.
 */

export interface Progress {
  update(text: string): void;
  /** Ends the moving line and logs a final one. */
  done(text: string): void;
}

/** On a terminal: one line rewritten in place. Elsewhere (CI, jest, pipes): a line every few seconds. */
export function createProgress(log: (msg: string) => void, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    let last = 0;
    let pending = "";
    return {
      update(text) {
        pending = text;
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        stream.write(`\r\x1b[K${text.slice(0, (stream.columns || 100) - 1)}`);
      },
      done(text) {
        if (pending) stream.write("\r\x1b[K");
        log(text);
      },
    };
  }
  let last = 0;
  return {
    update(text) {
      const now = Date.now();
      if (now - last < 3000) return;
      last = now;
      log(text);
    },
    done(text) {
      log(text);
    },
  };
}

const UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** Counts Maven's "Downloaded from …" lines (jars already in ~/.m2 are copied silently). */
export class MavenOutputTracker {
  downloads = 0;
  bytes = 0;
  lastArtifact = "";
  readonly errors: string[] = [];

  /** Returns a status text when the line changed the counts. */
  feed(line: string): string | undefined {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
    const downloaded = /Downloaded from \S+: (\S+) \(([\d.]+) (B|kB|KB|MB|GB)/.exec(plain);
    if (downloaded) {
      this.downloads++;
      this.bytes += Number.parseFloat(downloaded[2]) * (UNITS[downloaded[3]] ?? 1);
      this.lastArtifact = downloaded[1].split("/").pop() ?? "";
      return this.status();
    }
    if (plain.startsWith("[ERROR]")) this.errors.push(plain.slice("[ERROR]".length).trim());
    return undefined;
  }

  status(): string {
    const mb = (this.bytes / 1e6).toFixed(1);
    return `  Neo4j download: ${this.downloads} files, ${mb} MB  ${this.lastArtifact}`;
  }

  /** The most telling Maven error, e.g. "Could not transfer artifact … : Connection refused". */
  condensedError(): string {
    const useful = this.errors.filter(
      (e) => e && !/^(-> \[Help|To see the full|Re-run Maven|For more information|\[Help|$)/.test(e),
    );
    const failed = useful.find((e) => /Failed to execute goal|Could not|Non-resolvable|Unresolveable/.test(e));
    return (failed ?? useful[0] ?? "no error output").replace(/^Failed to execute goal \S+ \([^)]*\) on project \S+: /, "");
  }
}
