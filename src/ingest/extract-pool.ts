/**
 * Article plans built on worker threads. Extraction is CPU-bound, and long for a long article: on the thread
 * that serves requests it would hold up every other request until it ends. An ExtractionPool runs
 * `buildArticlePlan` (extraction, resolution, planning: pure) on up to one worker per core, started on first
 * use and reused; plans wait in a queue while every worker is busy. Idle workers do not keep the process alive,
 * and `close` ends them. Requests and plans cross the thread boundary by structured clone.
 */
import * as os from "os";
import * as path from "path";
import { parentPort, Worker } from "worker_threads";
import { buildArticlePlan, IngestInputError, type ArticlePlan, type ArticleSource } from "./article";
import type { GraphNames } from "../graph/names";

interface PlanRequest {
  source: ArticleSource;
  graph: GraphNames;
}

interface PlanReply {
  plan?: ArticlePlan;
  error?: { message: string; stack?: string; inputError: boolean };
}

interface Task {
  request: PlanRequest;
  resolve(plan: ArticlePlan): void;
  reject(error: Error): void;
}

/**
 * What a worker runs: this module's `serveArticlePlans`. It is code, not a file, because a worker started from a
 * file goes through the ES module loader when the parent runs under tsx (`--import`), which refuses .ts; a
 * `require` goes through CommonJS, where tsx's loader, registered here when running from the .ts sources (tsx,
 * ts-jest), reads TypeScript. Compiled to .js, the module needs no loader.
 */
const WORKER_CODE = [
  ...(path.extname(__filename) === ".ts" ? [`require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();`] : []),
  `require(${JSON.stringify(__filename)}).serveArticlePlans();`,
].join("\n");

export class ExtractionPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(private readonly size = Math.max(1, os.availableParallelism())) {}

  /** `buildArticlePlan` on a worker thread: the same plan, or the same error (an IngestInputError stays one). */
  readonly buildArticlePlan = (source: ArticleSource, graph: GraphNames): Promise<ArticlePlan> =>
    new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error("the extraction pool is closed"));
      this.queue.push({ request: { source, graph }, resolve, reject });
      this.dispatch();
    });

  /** Ends the workers; plans still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("the extraction pool is closed"));
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.ref();
      worker.postMessage(task.request);
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER_CODE, { eval: true });
    this.workers.add(worker);
    worker.on("message", (reply: PlanReply) => {
      const task = this.running.get(worker)!;
      this.running.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (reply.error) task.reject(rebuilt(reply.error));
      else task.resolve(reply.plan!);
      this.dispatch();
    });
    // An error the worker did not catch (it failed to load, say): its plan fails with it, and the worker exits.
    worker.on("error", (error) => {
      this.running.get(worker)?.reject(error);
      this.running.delete(worker);
    });
    worker.on("exit", (code) => {
      this.workers.delete(worker);
      const idle = this.idle.indexOf(worker);
      if (idle >= 0) this.idle.splice(idle, 1);
      this.running.get(worker)?.reject(new Error(`an extraction worker stopped (exit code ${code})`));
      this.running.delete(worker);
      this.dispatch();
    });
    return worker;
  }
}

function rebuilt({ message, stack, inputError }: NonNullable<PlanReply["error"]>): Error {
  const error = inputError ? new IngestInputError(message) : new Error(message);
  if (stack) error.stack = stack;
  return error;
}

/** A worker's side: builds each plan it is sent and replies with it, or with its error. */
export function serveArticlePlans(): void {
  const port = parentPort!;
  port.on("message", ({ source, graph }: PlanRequest) => {
    let reply: PlanReply;
    try {
      reply = { plan: buildArticlePlan(source, graph) };
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      reply = { error: { message, stack, inputError: error instanceof IngestInputError } };
    }
    port.postMessage(reply);
  });
}
