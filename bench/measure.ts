/**
 * Latency and throughput of one operation at a given concurrency, two ways: HTTP requests to the server
 * driven by autocannon, and a bounded loop of the same concurrency around a driver call (the Cypher floor).
 * Both record every request's latency in milliseconds (autocannon's own histogram keeps whole milliseconds,
 * too coarse for 2 ms requests, so its per-response event is used). Samples of several short rounds merge
 * into one Stats, so the two sides can alternate and share the machine's noise.
 */
import autocannon from "autocannon";

export interface Stats {
  p50_ms: number;
  p99_ms: number;
  mean_ms: number;
  rps: number;
  requests: number;
  /** Failed requests: non-2xx, errors, timeouts (each should be 0). */
  failed: number;
}

export interface Run {
  concurrency: number;
  seconds: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** What one round measured. */
export interface Sample {
  latencies: number[];
  seconds: number;
  failed: number;
}

export function summarize(samples: Sample[]): Stats {
  const latencies = samples.flatMap((s) => s.latencies);
  const seconds = samples.reduce((a, s) => a + s.seconds, 0);
  const failed = samples.reduce((a, s) => a + s.failed, 0);
  const sorted = Float64Array.from(latencies).sort();
  const mean = latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length);
  return {
    p50_ms: round(percentile(sorted, 50)),
    p99_ms: round(percentile(sorted, 99)),
    mean_ms: round(mean),
    rps: round(latencies.length / seconds, 1),
    requests: latencies.length,
    failed,
  };
}

/** POSTs `body` to `url` from `concurrency` connections for `seconds`. */
export async function measureHttp(url: string, body: string, run: Run): Promise<Sample> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: run.concurrency,
    pipelining: 1,
    duration: run.seconds,
    timeout: 30,
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  return { latencies, seconds: result.duration || run.seconds, failed: result.non2xx + result.errors + result.timeouts };
}

/** Runs `call` from `concurrency` loops, each starting its next call when its last returns, for `seconds`. */
export async function measureLoop(call: () => Promise<unknown>, run: Run): Promise<Sample> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + run.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await call();
        latencies.push(performance.now() - t);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: run.concurrency }, loop));
  return { latencies, seconds: (performance.now() - started) / 1000, failed };
}
